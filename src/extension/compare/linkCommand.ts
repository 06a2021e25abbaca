import * as vscode from 'vscode';
import { claimDescription, claimLabel } from '../../core/claims/grouping';
import type { ClaimStore } from '../claims/claimStore';
import { inform } from '../notices';
import { pickLinkType, pickOne } from './comparePrompts';
import { linkClaims, type ClaimAt } from './linkClaims';

/** A tree node, a hover link or nothing (the claim under the cursor). */
type Target = { article: vscode.Uri | string; claimId: string } | undefined;

function targetOf(argument: Target): ClaimAt | undefined {
  if (!argument?.claimId) return undefined;
  return { article: typeof argument.article === 'string' ? vscode.Uri.parse(argument.article) : argument.article, claimId: argument.claimId };
}

async function claimUnderCursor(store: ClaimStore): Promise<ClaimAt | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  await store.load(editor.document.uri);
  const claim = store.claimAt(editor.document.uri, editor.document.offsetAt(editor.selection.active));
  return claim && { article: editor.document.uri, claimId: claim.id };
}

/** Claim Lens: Link to Claim…: pick another claim of the workspace, then how the two are linked. */
export async function linkToClaim(store: ClaimStore, argument?: Target): Promise<boolean> {
  const from = targetOf(argument) ?? (await claimUnderCursor(store));
  if (!from) {
    inform(vscode.l10n.t('Claim Lens: put the cursor in a claim, or pick one in the Claims view, to link it to another.'));
    return false;
  }
  await store.scanWorkspace();
  const folder = from.article.path.slice(0, from.article.path.lastIndexOf('/') + 1);
  /** Articles of the same folder first: usually the same story. */
  const near = (article: vscode.Uri): boolean => article.path.startsWith(folder) && !article.path.slice(folder.length).includes('/');
  const candidates = store.loaded().flatMap((state) => state.claims
    .filter((claim) => !(state.article.toString() === from.article.toString() && claim.id === from.claimId))
    .map((claim) => ({
      label: claimLabel(claim),
      description: claimDescription(claim),
      detail: vscode.workspace.asRelativePath(state.article, false),
      value: { article: state.article, claimId: claim.id } satisfies ClaimAt,
    })))
    .sort((a, b) => Number(!near(a.value.article)) - Number(!near(b.value.article)) || a.detail.localeCompare(b.detail) || a.label.localeCompare(b.label));
  if (candidates.length === 0) {
    inform(vscode.l10n.t('Claim Lens: there is no other claim in the workspace to link to.'));
    return false;
  }
  const to = await pickOne('link-target', vscode.l10n.t('Link this claim to which claim?'), candidates, vscode.l10n.t('Type words of the claim, its claimant or its article'));
  if (!to) return false;
  const type = await pickLinkType();
  if (!type) return false;
  return linkClaims(store, from, to, type);
}
