import * as vscode from 'vscode';
import { needsReview } from '../../core/claims/attention';
import { suggestCategory } from '../../core/claims/categories';
import { claimantOf, suggestClaimants } from '../../core/claims/claimants';
import type { Recognizer } from '../../core/entities/entity';
import type { Settings } from '../settings';
import type { ClaimTarget, TagOptions } from './claimCommands';
import type { ClaimStore } from './claimStore';
import { entitiesAround } from './entitiesAround';

/** The lightbulb: tag a selection (in one step with the likeliest claimant), or act on the claim under the cursor. */
export class ClaimCodeActionProvider implements vscode.CodeActionProvider {
  static readonly kind = vscode.CodeActionKind.Refactor.append('claimLens');
  static readonly providedCodeActionKinds = [ClaimCodeActionProvider.kind];

  constructor(
    private readonly store: ClaimStore,
    private readonly settings: Settings,
    private readonly recognizer: () => Promise<Recognizer>,
    private readonly isArticle: (document: vscode.TextDocument) => boolean,
  ) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): Promise<vscode.CodeAction[]> {
    if (!this.isArticle(document)) return [];
    const state = this.store.peek(document.uri);
    if (state?.readOnly) return [];
    const actions = range.isEmpty ? [] : await this.tagActions(document, range);
    const claim = this.store.claimAt(document.uri, document.offsetAt(range.start));
    if (claim) {
      const target: ClaimTarget = { article: document.uri, claimId: claim.id };
      if (needsReview(claim)) actions.push(this.action(vscode.l10n.t('Confirm claim\'s new place'), 'claimLens.confirmClaimPlace', [target]));
      actions.push(
        this.action('Edit claim…', 'claimLens.editClaim', [target]),
        this.action('Set claim status…', 'claimLens.setClaimStatus', [target]),
        this.action('Remove claim', 'claimLens.removeClaim', [target]),
      );
    }
    return actions;
  }

  private async tagActions(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
    const text = document.getText();
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    const actions = [this.action('Tag as claim…', 'claimLens.tagClaim', [])];
    const best = suggestClaimants(text, start, end, entitiesAround(text, start, end, await this.recognizer()))[0];
    if (best) {
      const options: TagOptions = {
        claimant: claimantOf(best),
        category: suggestCategory(text.slice(start, end), this.settings.claimCategories),
      };
      const action = this.action(`Tag as claim by ${best.name}`, 'claimLens.tagClaim', [options]);
      action.isPreferred = true;
      actions.push(action);
    }
    return actions;
  }

  private action(title: string, command: string, args: unknown[]): vscode.CodeAction {
    const action = new vscode.CodeAction(title, ClaimCodeActionProvider.kind);
    action.command = { title, command, arguments: args };
    return action;
  }
}
