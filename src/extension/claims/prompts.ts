import * as vscode from 'vscode';
import { claimantOf, type ClaimantSuggestion } from '../../core/claims/claimants';
import { Utils } from 'vscode-uri';
import { isOrphan, needsReview } from '../../core/claims/attention';
import { claimantLabel, claimLabel } from '../../core/claims/grouping';
import { CLAIM_STATUSES, type Attention, type Claim, type Claimant, type ClaimStatus } from '../../core/claims/model';
import type { ComparePromptName } from '../compare/comparePrompts';
import type { ArticleClaims } from './claimStore';

/** The prompt on screen now, so integration tests know when to answer it through the real quick input. */
export type PromptName =
  | 'claimant' | 'category' | 'status' | 'note' | 'edit' | 'alias' | 'claim'
  | 'side' | 'figure' | 'measure' | 'group' | 'value' | 'qualifier' | 'noteLine'
  | 'mergeNames' | 'mergeKeep' | 'sideName' | 'sideMembers' | 'metadata' | 'metadataField' | 'filter' | 'filterValue'
  | 'exportScope' | 'exportFormat' | 'importFormat'
  | ComparePromptName;

let activePrompt: PromptName | undefined;

export function currentPrompt(): PromptName | undefined {
  return activePrompt;
}

export async function showing<T>(name: PromptName, prompt: () => Thenable<T>): Promise<T> {
  activePrompt = name;
  try {
    return await prompt();
  } finally {
    if (activePrompt === name) activePrompt = undefined;
  }
}

interface ClaimantItem extends vscode.QuickPickItem {
  claimant: Claimant;
}

/** Suggested speakers first, then claimants known in the workspace; typing a name that is not listed offers it. */
export function pickClaimant(suggestions: readonly ClaimantSuggestion[], current?: Claimant, known: readonly Claimant[] = []): Promise<Claimant | undefined> {
  return showing('claimant', () => new Promise<Claimant | undefined>((resolve) => {
    const picker = vscode.window.createQuickPick<ClaimantItem>();
    picker.title = vscode.l10n.t('Who makes this claim?');
    picker.placeholder = vscode.l10n.t('Pick a suggested speaker or type a name (Escape cancels)');
    const suggested: ClaimantItem[] = suggestions.map((suggestion) => ({
      label: suggestion.name,
      description: suggestion.affiliation,
      detail: suggestion.reason,
      claimant: claimantOf(suggestion),
    }));
    if (current && !suggested.some((item) => item.label === current.name)) {
      suggested.unshift({ label: current.name, description: current.affiliation, detail: vscode.l10n.t('current claimant'), claimant: current });
    }
    for (const claimant of known) {
      if (suggested.some((item) => item.label.toLowerCase() === claimant.name.toLowerCase())) continue;
      suggested.push({ label: claimant.name, description: claimant.side, detail: vscode.l10n.t('claimant known in the workspace'), claimant });
    }
    picker.items = suggested;
    picker.onDidChangeValue((value) => {
      const typed = value.trim();
      const exists = suggested.some((item) => item.label.toLowerCase() === typed.toLowerCase());
      picker.items = typed && !exists
        ? [{ label: typed, detail: vscode.l10n.t('the name you typed'), alwaysShow: true, claimant: { name: typed } }, ...suggested]
        : suggested;
    });
    let result: Claimant | undefined;
    picker.onDidAccept(() => {
      result = picker.selectedItems[0]?.claimant;
      if (result) picker.hide();
    });
    picker.onDidHide(() => {
      picker.dispose();
      resolve(result);
    });
    picker.show();
  }));
}

export function pickCategory(categories: readonly string[], suggested: string, current?: string): Promise<string | undefined> {
  const first = current ?? suggested;
  const ordered = [first, ...categories.filter((category) => category !== first)];
  const items = ordered.map((category) => ({
    label: category,
    description: category === current ? vscode.l10n.t('current') : category === suggested ? vscode.l10n.t('suggested') : undefined,
  }));
  return showing('category', async () => (await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Category of the claim'),
    placeHolder: vscode.l10n.t('Pick a category (Escape cancels)'),
  }))?.label);
}

const STATUS_ICONS: Record<ClaimStatus, string> = {
  unverified: 'circle-large-outline',
  corroborated: 'pass',
  disputed: 'warning',
  refuted: 'error',
};

export function statusIcon(status: ClaimStatus): vscode.ThemeIcon {
  return new vscode.ThemeIcon(STATUS_ICONS[status], new vscode.ThemeColor(`claimLens.claim${capitalise(status)}`));
}

export function statusName(status: ClaimStatus): string {
  switch (status) {
    case 'unverified':
      return vscode.l10n.t('unverified');
    case 'corroborated':
      return vscode.l10n.t('corroborated');
    case 'disputed':
      return vscode.l10n.t('disputed');
    case 'refuted':
      return vscode.l10n.t('refuted');
  }
}

export function pickStatus(current: ClaimStatus): Promise<ClaimStatus | undefined> {
  const items = CLAIM_STATUSES.map((status) => ({
    label: `$(${STATUS_ICONS[status]}) ${statusName(status)}`,
    description: status === current ? vscode.l10n.t('current') : undefined,
    status,
  }));
  return showing('status', async () => (await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Status of the claim'),
    placeHolder: vscode.l10n.t('Now: {0}', statusName(current)),
  }))?.status);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

interface ClaimItem extends vscode.QuickPickItem {
  article: vscode.Uri;
  claim: Claim;
}

/**
 * A claim picked from every loaded article's claims, for commands run from the palette outside a claim:
 * those matching `preferred` (e.g. the ones needing review) first, then the active article's.
 */
export async function pickClaim(
  articles: readonly ArticleClaims[],
  active: vscode.Uri | undefined,
  preferred: (claim: Claim) => boolean = () => false,
): Promise<{ article: vscode.Uri; claim: Claim } | undefined> {
  const rank = (item: ClaimItem) => (preferred(item.claim) ? 0 : 2) + (item.article.toString() === active?.toString() ? 0 : 1);
  const items = articles
    .flatMap((state) => state.claims.map((claim): ClaimItem => ({
      label: claimLabel(claim),
      description: `${Utils.basename(state.article)} · ${attentionLabel(claim) ?? claimantLabel(claim.claimant)}`,
      iconPath: attentionIcon(claim) ?? statusIcon(claim.status),
      article: state.article,
      claim,
    })))
    .sort((a, b) => rank(a) - rank(b));
  if (items.length === 0) return undefined;
  const picked = await showing('claim', () => vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Which claim?'),
    placeHolder: vscode.l10n.t('Type to filter by quote, article or claimant'),
    matchOnDescription: true,
  }));
  return picked && { article: picked.article, claim: picked.claim };
}

/** How the tree, hover and pickers name a claim's attention state. */
export function attentionLabel(claim: Claim): string | undefined {
  if (needsReview(claim)) return vscode.l10n.t('needs review');
  if (isOrphan(claim)) return vscode.l10n.t('text not found');
  return undefined;
}

export function attentionIcon(claim: Claim): vscode.ThemeIcon | undefined {
  if (needsReview(claim)) return new vscode.ThemeIcon('question', new vscode.ThemeColor('claimLens.claimNeedsReview'));
  if (isOrphan(claim)) return new vscode.ThemeIcon('debug-disconnect', new vscode.ThemeColor('problemsWarningIcon.foreground'));
  return undefined;
}

/** Why Claim Lens asks the analyst to look at a claim, in a sentence. */
export function attentionExplanation(attention: Attention): string {
  return attention.state === 'needs-review'
    ? vscode.l10n.t('Needs review: {0}. Confirm the proposed place, or select the right words and re-attach.', attention.reason)
    : vscode.l10n.t('Text not found: {0}. Select the words in the article and re-attach the claim, or remove it.', attention.reason);
}
