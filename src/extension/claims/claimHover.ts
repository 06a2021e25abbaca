import * as vscode from 'vscode';
import { claimantLabel } from '../../core/claims/grouping';
import { describeLink } from '../../core/claims/links';
import { formatNumberValue } from '../../core/entities/describe';
import type { ClaimStore } from './claimStore';
import { rangeOf } from './claimDecorations';

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
    if (claim.links?.length) {
      markdown.appendMarkdown('  \nLinks: ');
      markdown.appendText(claim.links.map(describeLink).join(', '));
    }
    if (claim.note) {
      markdown.appendMarkdown('  \nNote: ');
      markdown.appendText(claim.note);
    }
    const target = encodeURIComponent(JSON.stringify([{ article: document.uri.toString(), claimId: claim.id }]));
    markdown.appendMarkdown(`  \n[Edit](command:claimLens.editClaim?${target}) · [Status](command:claimLens.setClaimStatus?${target}) · [Remove](command:claimLens.removeClaim?${target}) · [Link…](command:claimLens.linkClaim?${target})`);
    markdown.isTrusted = { enabledCommands: ['claimLens.editClaim', 'claimLens.setClaimStatus', 'claimLens.removeClaim', 'claimLens.linkClaim'] };
    return new vscode.Hover(markdown, rangeOf(document, claim));
  }
}
