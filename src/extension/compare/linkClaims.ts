import * as vscode from 'vscode';
import { linkHalves, withLink } from '../../core/claims/links';
import type { LinkType } from '../../core/claims/model';
import type { ClaimStore } from '../claims/claimStore';
import { inform } from '../notices';

export interface ClaimAt {
  article: vscode.Uri;
  claimId: string;
}

/**
 * Links two claims in both sidecars: `type` on `from`, its inverse on `to`. Both articles are checked
 * first, so a read-only sidecar leaves neither claim changed. Returns whether the link was made.
 */
export async function linkClaims(store: ClaimStore, from: ClaimAt, to: ClaimAt, type: LinkType): Promise<boolean> {
  const [fromState, toState] = await Promise.all([store.load(from.article), store.load(to.article)]);
  const blocked = [fromState, toState].find((state) => state.readOnly !== undefined);
  if (blocked) {
    inform(vscode.l10n.t('Claim Lens: the claims of {0} are read-only ({1}); no link was made.', vscode.workspace.asRelativePath(blocked.article), blocked.readOnly ?? ''));
    return false;
  }
  if (!store.find(from.article, from.claimId) || !store.find(to.article, to.claimId)) {
    inform(vscode.l10n.t('Claim Lens: one of the claims no longer exists; no link was made.'));
    return false;
  }
  const { onFrom, onTo } = linkHalves(
    { article: from.article.path, claim: from.claimId },
    { article: to.article.path, claim: to.claimId },
    type,
  );
  await store.update(from.article, from.claimId, (claim) => withLink(claim, onFrom));
  await store.update(to.article, to.claimId, (claim) => withLink(claim, onTo));
  return true;
}
