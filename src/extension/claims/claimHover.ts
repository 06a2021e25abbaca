import * as vscode from 'vscode';
import { claimantLabel } from '../../core/claims/grouping';
import { formatNumberValue } from '../../core/entities/describe';
import type { ClaimStore } from './claimStore';
import { rangeOf } from './claimDecorations';
import { attentionExplanation } from './prompts';

/** Claimant, status, numbers and note of the claim under the mouse. */
export class ClaimHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: ClaimStore) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const claim = this.store.claimAt(document.uri, document.offsetAt(position));
    if (!claim) return undefined;
    const markdown = new vscode.MarkdownString(undefined, true);
    markdown.appendMarkdown('$(quote) **Claim** by ');
    markdown.appendText(claimantLabel(claim.claimant));
    markdown.appendMarkdown(`  \nStatus: **${claim.status}** · Category: `);
    markdown.appendText(claim.category);
    if (claim.numbers.length > 0) {
      markdown.appendMarkdown('  \nNumbers: ');
      markdown.appendText(claim.numbers.map((number) => `${number.text} (${formatNumberValue(number.value)})`).join(', '));
    }
    if (claim.note) {
      markdown.appendMarkdown('  \nNote: ');
      markdown.appendText(claim.note);
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
    const state = this.store.peek(document.uri);
    if (state?.readOnly) {
      markdown.appendMarkdown('$(lock) ');
      markdown.appendText(vscode.l10n.t('Read-only: {0}', state.readOnly));
    } else {
      markdown.appendMarkdown(`[Edit](command:claimLens.editClaim?${target}) · [Status](command:claimLens.setClaimStatus?${target}) · [Remove](command:claimLens.removeClaim?${target})`);
    }
    markdown.isTrusted = { enabledCommands: ['claimLens.editClaim', 'claimLens.setClaimStatus', 'claimLens.removeClaim', 'claimLens.confirmClaimPlace'] };
    return new vscode.Hover(markdown, rangeOf(document, claim));
  }
}
