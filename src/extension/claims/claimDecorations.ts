import * as vscode from 'vscode';
import { isOrphan, needsReview } from '../../core/claims/attention';
import { CLAIM_STATUSES, type Claim, type ClaimStatus } from '../../core/claims/model';
import { ARTICLE_FILE_SCHEMES } from '../articles';
import { background } from '../log';
import type { ClaimStore } from './claimStore';

/**
 * Claims are underlined in their status's colour with a gutter mark, so they stand apart from the
 * entity highlights that fill the background.
 */
export class ClaimDecorations implements vscode.Disposable {
  private readonly types: Record<ClaimStatus, vscode.TextEditorDecorationType>;
  /** Claims placed only roughly: a dashed underline in their own colour, whatever their status. */
  private readonly needsReview: vscode.TextEditorDecorationType;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly store: ClaimStore,
    extensionUri: vscode.Uri,
  ) {
    const gutterIconPath = vscode.Uri.joinPath(extensionUri, 'media', 'claim-gutter.svg');
    this.types = Object.fromEntries(CLAIM_STATUSES.map((status) => {
      const color = new vscode.ThemeColor(`claimLens.claim${status.charAt(0).toUpperCase()}${status.slice(1)}`);
      return [status, vscode.window.createTextEditorDecorationType({
        borderStyle: 'none none solid none',
        borderWidth: '0 0 2px 0',
        borderColor: color,
        overviewRulerColor: color,
        overviewRulerLane: vscode.OverviewRulerLane.Left,
        gutterIconPath,
        gutterIconSize: '70%',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      })];
    })) as Record<ClaimStatus, vscode.TextEditorDecorationType>;
    const reviewColor = new vscode.ThemeColor('claimLens.claimNeedsReview');
    this.needsReview = vscode.window.createTextEditorDecorationType({
      borderStyle: 'none none dashed none',
      borderWidth: '0 0 2px 0',
      borderColor: reviewColor,
      overviewRulerColor: reviewColor,
      overviewRulerLane: vscode.OverviewRulerLane.Left,
      gutterIconPath,
      gutterIconSize: '70%',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
    this.subscriptions = [
      store.onDidChange((article) => this.drawArticle(article)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.draw(editor))),
    ];
  }

  drawVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) this.draw(editor);
  }

  dispose(): void {
    for (const disposable of this.subscriptions) disposable.dispose();
    for (const status of CLAIM_STATUSES) this.types[status].dispose();
    this.needsReview.dispose();
  }

  private drawArticle(article: vscode.Uri): void {
    const key = article.toString();
    for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === key) this.draw(editor);
  }

  private draw(editor: vscode.TextEditor): void {
    background('drawing claims', this.drawEditor(editor));
  }

  private async drawEditor(editor: vscode.TextEditor): Promise<void> {
    if (!ARTICLE_FILE_SCHEMES.includes(editor.document.uri.scheme)) return;
    const state = this.store.peek(editor.document.uri) ?? (await this.store.load(editor.document.uri));
    const byStatus: Record<ClaimStatus, vscode.Range[]> = { unverified: [], corroborated: [], disputed: [], refuted: [] };
    const review: vscode.Range[] = [];
    for (const claim of state.claims) {
      if (isOrphan(claim)) continue;
      (needsReview(claim) ? review : byStatus[claim.status]).push(rangeOf(editor.document, claim));
    }
    for (const status of CLAIM_STATUSES) editor.setDecorations(this.types[status], byStatus[status]);
    editor.setDecorations(this.needsReview, review);
  }
}

export function rangeOf(document: vscode.TextDocument, claim: Claim): vscode.Range {
  return new vscode.Range(document.positionAt(claim.anchor.start), document.positionAt(claim.anchor.end));
}
