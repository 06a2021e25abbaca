import * as vscode from 'vscode';
import { withSuggestedFiguresFromQuote } from '../../core/claims/figures';
import { claimantLabel, figureValue } from '../../core/claims/grouping';
import { describeLink } from '../../core/claims/links';
import type { WorkspaceIdentities } from '../identity/workspaceIdentities';
import type { ClaimStore } from './claimStore';
import { rangeOf } from './claimDecorations';
import { attentionExplanation, statusName } from './prompts';
import { articleSource } from './tree/claimsTreeProvider';

/** Claimant and side, status, what each figure counts and whose, note, and the article's source. */
export class ClaimHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly store: ClaimStore,
    private readonly identities: WorkspaceIdentities,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const stored = this.store.claimAt(document.uri, document.offsetAt(position));
    if (!stored) return undefined;
    const resolved = this.identities.resolve(stored.claimant);
    const claim = withSuggestedFiguresFromQuote(stored, {
      speakerSide: resolved.side,
      articleSides: this.identities.sidesOfArticle(document.uri),
      identities: this.identities.identities,
    });
    const markdown = new vscode.MarkdownString(undefined, true);
    markdown.appendMarkdown(`$(quote) **${vscode.l10n.t('Claim')}** ${vscode.l10n.t('by')} `);
    markdown.appendText(claimantLabel({ ...claim.claimant, name: resolved.label }));
    if (resolved.side) {
      markdown.appendMarkdown(' · $(shield) ');
      markdown.appendText(resolved.side);
    }
    markdown.appendMarkdown(`  \n${vscode.l10n.t('Status')}: **${statusName(claim.status)}** · ${vscode.l10n.t('Category')}: `);
    markdown.appendText(claim.category);
    for (const number of claim.numbers) {
      markdown.appendMarkdown('  \n$(symbol-number) ');
      markdown.appendText(`${number.text} (${figureValue(number)})${number.measure ? ` ${number.measure}` : ''}${number.whose ? ` · ${number.whose.group}${number.whose.side ? ` (${number.whose.side})` : ''}` : ''}`);
    }
    if (claim.links?.length) {
      markdown.appendMarkdown(`  \n${vscode.l10n.t('Links')}: `);
      markdown.appendText(claim.links.map((link) => describeLink(link)).join(', '));
    }
    if (claim.note) {
      markdown.appendMarkdown(`  \n${vscode.l10n.t('Note')}: `);
      markdown.appendText(claim.note);
    }
    const state = this.store.peek(document.uri);
    const metadata = state?.metadata;
    const source = [metadata?.title, articleSource(metadata)].filter(Boolean).join(' — ');
    if (source) {
      markdown.appendMarkdown('  \n$(file) ');
      markdown.appendText(source);
    }
    const target = encodeURIComponent(JSON.stringify([{ article: document.uri.toString(), claimId: claim.id }]));
    if (claim.attention) {
      markdown.appendMarkdown('  \n$(warning) ');
      markdown.appendText(attentionExplanation(claim.attention));
      markdown.appendMarkdown('  \n' + vscode.l10n.t('Tagged words: '));
      markdown.appendText(claim.quote.exact);
      markdown.appendMarkdown(`  \n[${vscode.l10n.t('Confirm Place')}](command:claimLens.confirmClaimPlace?${target}) · `);
    } else {
      markdown.appendMarkdown('  \n');
    }
    if (state?.readOnly) {
      markdown.appendMarkdown('$(lock) ');
      markdown.appendText(vscode.l10n.t('Read-only: {0}', state.readOnly));
    } else {
      markdown.appendMarkdown(`[${vscode.l10n.t('Edit')}](command:claimLens.editClaim?${target}) · [${vscode.l10n.t('Status')}](command:claimLens.setClaimStatus?${target}) · `
        + `[${vscode.l10n.t('Remove')}](command:claimLens.removeClaim?${target}) · [${vscode.l10n.t('Link…')}](command:claimLens.linkClaim?${target})`);
    }
    markdown.isTrusted = {
      enabledCommands: ['claimLens.editClaim', 'claimLens.setClaimStatus', 'claimLens.removeClaim', 'claimLens.confirmClaimPlace', 'claimLens.linkClaim'],
    };
    return new vscode.Hover(markdown, rangeOf(document, claim));
  }
}
