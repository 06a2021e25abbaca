import * as vscode from 'vscode';
import { needsReview } from '../../core/claims/attention';
import type { Recognizer } from '../../core/entities/entity';
import type { WorkspaceIdentities } from '../identity/workspaceIdentities';
import type { Settings } from '../settings';
import type { ClaimTarget, TagOptions } from './claimCommands';
import type { ClaimStore } from './claimStore';
import { bestClaimant, claimantSuggestions, draftClaim } from './claimDraft';
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
    private readonly identities: WorkspaceIdentities,
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
        this.action(vscode.l10n.t('Edit claim…'), 'claimLens.editClaim', [target]),
        this.action(vscode.l10n.t('Set claim status…'), 'claimLens.setClaimStatus', [target]),
        this.action(vscode.l10n.t('Remove claim'), 'claimLens.removeClaim', [target]),
      );
    }
    return actions;
  }

  private async tagActions(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
    const text = document.getText();
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    const actions = [this.action(vscode.l10n.t('Tag as claim…'), 'claimLens.tagClaim', [])];
    const span = { article: document.uri, text, start, end, entities: entitiesAround(text, start, end, await this.recognizer()) };
    await this.store.load(document.uri);
    const best = bestClaimant(claimantSuggestions(span, this.identities), this.identities);
    if (best) {
      // The category comes from what the figures count: a claim with a killed figure is a casualties claim.
      const { category } = draftClaim(span, best, this.identities, { author: this.settings.author, categories: this.settings.claimCategories });
      const options: TagOptions = { claimant: best, category };
      const action = this.action(vscode.l10n.t('Tag as claim by {0} ({1})', best.name, category), 'claimLens.tagClaim', [options]);
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
