import * as vscode from 'vscode';
import { isAnchored, isOrphan, needsReview, withoutAttention } from '../../core/claims/attention';
import { claimLabel } from '../../core/claims/grouping';
import type { Claim, Claimant } from '../../core/claims/model';
import { reanchorAll } from '../../core/claims/reanchorAll';
import { relocateClaim } from '../../core/claims/relocation';
import type { Recognizer } from '../../core/entities/entity';
import { inform, informWithAction } from '../notices';
import type { Settings } from '../settings';
import { openDocument, readOnlyMessage, ReadOnlyClaimsError, type ClaimStore } from './claimStore';
import { entitiesAround } from './entitiesAround';
import type { WorkspaceIdentities } from '../identity/workspaceIdentities';
import { claimantSuggestions, draftClaim } from './claimDraft';
import { ClaimEditor } from './claimEditor';
import { pickCategory, pickClaim, pickClaimant, pickStatus } from './prompts';
import type { ClaimsTreeProvider } from './tree/claimsTreeProvider';

/** Which claim a command acts on; tree items and code actions pass one, the palette uses the cursor. */
export interface ClaimTarget {
  article: vscode.Uri;
  claimId: string;
}

/** A target as a command link in a hover passes it: JSON, with the article as a URI string. */
type SerializedTarget = { article: vscode.Uri | string; claimId: string };

function targetOf(argument: SerializedTarget | undefined): ClaimTarget | undefined {
  if (!argument) return undefined;
  const article = typeof argument.article === 'string' ? vscode.Uri.parse(argument.article) : argument.article;
  return { article, claimId: argument.claimId };
}

/** What the code action's one-step tagging already knows. */
export interface TagOptions {
  claimant?: Claimant;
  category?: string;
}

export class ClaimCommands {
  private readonly editor: ClaimEditor;

  constructor(
    private readonly store: ClaimStore,
    private readonly settings: Settings,
    private readonly recognizer: () => Promise<Recognizer>,
    private readonly tree: ClaimsTreeProvider,
    private readonly treeView: vscode.TreeView<unknown>,
    private readonly isArticle: (document: vscode.TextDocument) => boolean,
    private readonly identities: WorkspaceIdentities,
  ) {
    this.editor = new ClaimEditor(store, identities, settings, recognizer, articleText);
  }

  register(): vscode.Disposable[] {
    return [
      vscode.commands.registerCommand('claimLens.tagClaim', (options?: TagOptions) => this.guard(() => this.tag(options))),
      vscode.commands.registerCommand('claimLens.editClaim', (target?: SerializedTarget) => this.guard(() => this.edit(targetOf(target)))),
      vscode.commands.registerCommand('claimLens.setClaimStatus', (target?: SerializedTarget) =>
        this.guard(() => this.setStatus(targetOf(target)))),
      vscode.commands.registerCommand('claimLens.removeClaim', (target?: SerializedTarget) => this.guard(() => this.remove(targetOf(target)))),
      vscode.commands.registerCommand('claimLens.confirmClaimPlace', (target?: SerializedTarget) =>
        this.guard(() => this.confirmPlace(targetOf(target)))),
      vscode.commands.registerCommand('claimLens.reattachClaim', (target?: SerializedTarget) => this.guard(() => this.reattach(targetOf(target)))),
      vscode.commands.registerCommand('claimLens.nextClaim', () => this.step(1)),
      vscode.commands.registerCommand('claimLens.previousClaim', () => this.step(-1)),
      vscode.commands.registerCommand('claimLens.openClaim', (target?: SerializedTarget) => this.open(targetOf(target))),
      vscode.commands.registerCommand('claimLens.revealClaim', (target?: ClaimTarget) => this.reveal(target)),
      vscode.commands.registerCommand('claimLens.refreshClaims', async () => {
        await this.store.refresh();
        this.tree.refresh();
      }),
    ];
  }

  /** Returns the new claim, or undefined when the analyst cancelled or tagging was not possible. */
  async tag(options: TagOptions = {}): Promise<Claim | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.isUntitled) {
      inform(vscode.l10n.t('Claim Lens: save this article to a file first: its claims are stored next to it.'));
      return undefined;
    }
    if (!editor || !this.isArticle(editor.document)) {
      inform(vscode.l10n.t('Claim Lens: open an article (plain text or Markdown) and select the words of a claim to tag it.'));
      return undefined;
    }
    const { document, selection } = editor;
    const state = await this.store.load(document.uri);
    if (state.readOnly) {
      inform(readOnlyMessage(state));
      return undefined;
    }
    if (selection.isEmpty) {
      inform(vscode.l10n.t('Claim Lens: select the words that make the claim first, then tag them (Ctrl+Alt+C, or Ctrl+. for the lightbulb).'));
      return undefined;
    }
    const text = document.getText();
    const start = document.offsetAt(selection.start);
    const end = document.offsetAt(selection.end);
    const entities = entitiesAround(text, start, end, await this.recognizer());
    const span = { article: document.uri, text, start, end, entities };
    const claimant = options.claimant ?? (await pickClaimant(claimantSuggestions(span, this.identities)));
    if (!claimant) return undefined;
    const categories = this.settings.categoriesFor(document);
    const draft = draftClaim(span, claimant, this.identities, { author: this.settings.author, categories, category: options.category });
    const category = options.category ?? (await pickCategory(categories, draft.category));
    if (!category) return undefined;
    const claim = { ...draft, category };
    await this.store.add(document.uri, claim);
    return claim;
  }

  /** The claim editor: stays open, field after field, until the analyst is done. */
  async edit(target?: ClaimTarget): Promise<void> {
    const found = await this.resolve(target);
    if (found) await this.editor.open(found.target.article, found.claim.id);
  }

  async setStatus(target?: ClaimTarget): Promise<void> {
    const found = await this.resolve(target);
    if (!found) return;
    const status = await pickStatus(found.claim.status);
    if (status) await this.store.update(found.target.article, found.claim.id, (current) => ({ ...current, status }));
  }

  async remove(target?: ClaimTarget): Promise<void> {
    const found = await this.resolve(target);
    if (!found) return;
    const removed = await this.store.remove(found.target.article, found.claim.id);
    if (!removed) return;
    const undo = await informWithAction(vscode.l10n.t('Claim Lens: removed the claim "{0}".', claimLabel(removed)), vscode.l10n.t('Undo'));
    if (!undo) return;
    const [restored] = reanchorAll([removed], await articleText(found.target.article));
    await this.store.add(found.target.article, restored);
  }

  /** Accepts the place Claim Lens proposed for a claim whose words changed: the claim is tagged there now. */
  async confirmPlace(target?: ClaimTarget): Promise<void> {
    const found = await this.resolve(target, needsReview);
    if (!found) return;
    if (!needsReview(found.claim)) {
      inform(vscode.l10n.t('Claim Lens: this claim has no proposed place to confirm.'));
      return;
    }
    const text = this.store.textOf(found.target.article) ?? (await articleText(found.target.article));
    await this.store.update(found.target.article, found.claim.id, (current) =>
      relocateClaim(withoutAttention(current), text, current.anchor));
  }

  /** Moves a claim onto the words selected in its article, e.g. an orphan whose sentence was rewritten. */
  async reattach(target?: ClaimTarget): Promise<void> {
    const found = await this.resolve(target, (claim) => !isAnchored(claim));
    if (!found) return;
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.uri.toString() !== found.target.article.toString() || editor.selection.isEmpty) {
      await this.open(found.target);
      inform(vscode.l10n.t('Claim Lens: select the words of the claim "{0}" in this article, then run Re-attach Claim again.', claimLabel(found.claim)));
      return;
    }
    const { document, selection } = editor;
    const text = document.getText();
    const range = { start: document.offsetAt(selection.start), end: document.offsetAt(selection.end) };
    await this.store.update(found.target.article, found.claim.id, (current) => relocateClaim(withoutAttention(current), text, range));
  }

  private async step(direction: 1 | -1): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const state = await this.store.load(editor.document.uri);
    const claims = state.claims.filter((claim) => !isOrphan(claim));
    if (claims.length === 0) {
      inform(vscode.l10n.t('Claim Lens: this article has no claims yet.'));
      return;
    }
    const offset = editor.document.offsetAt(editor.selection.start);
    const next = direction === 1
      ? (claims.find((claim) => claim.anchor.start > offset) ?? claims[0])
      : ([...claims].reverse().find((claim) => claim.anchor.start < offset) ?? claims[claims.length - 1]);
    select(editor, next);
  }

  private async open(target?: ClaimTarget): Promise<void> {
    const found = await this.resolve(target);
    if (!found) return;
    const editor = await vscode.window.showTextDocument(found.target.article, { preview: true });
    if (!isOrphan(found.claim)) select(editor, found.claim);
  }

  private async reveal(target?: ClaimTarget): Promise<void> {
    const found = await this.resolve(target);
    if (!found) return;
    const node = await this.tree.findNode(found.target.article, found.claim.id);
    if (node) await this.treeView.reveal(node, { select: true, focus: true, expand: true });
  }

  /**
   * The claim a command names, or the one under the cursor, or one the analyst picks (those `preferred`
   * first, e.g. claims that need review); explains when there is none.
   */
  private async resolve(target?: ClaimTarget, preferred?: (claim: Claim) => boolean): Promise<{ target: ClaimTarget; claim: Claim } | undefined> {
    if (target) {
      const claim = (await this.store.load(target.article)).claims.find((candidate) => candidate.id === target.claimId);
      return claim ? { target, claim } : undefined;
    }
    const editor = vscode.window.activeTextEditor;
    if (editor && !preferred) {
      await this.store.load(editor.document.uri);
      const claim = this.store.claimAt(editor.document.uri, editor.document.offsetAt(editor.selection.active));
      if (claim) return { target: { article: editor.document.uri, claimId: claim.id }, claim };
    }
    await this.store.scanWorkspace();
    const picked = await pickClaim(this.store.loaded(), editor?.document.uri, preferred);
    if (picked) return { target: { article: picked.article, claimId: picked.claim.id }, claim: picked.claim };
    if (!this.store.loaded().some((state) => state.claims.length > 0)) inform(vscode.l10n.t('Claim Lens: there are no claims yet.'));
    return undefined;
  }

  /** Read-only claims get an explanation, not an error toast with a stack. */
  private async guard<T>(action: () => Promise<T>): Promise<T | undefined> {
    try {
      return await action();
    } catch (error) {
      if (error instanceof ReadOnlyClaimsError) {
        inform(error.message);
        return undefined;
      }
      throw error;
    }
  }
}

function select(editor: vscode.TextEditor, claim: Claim): void {
  const range = new vscode.Range(editor.document.positionAt(claim.anchor.start), editor.document.positionAt(claim.anchor.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export async function articleText(article: vscode.Uri): Promise<string> {
  return openDocument(article)?.getText() ?? new TextDecoder().decode(await vscode.workspace.fs.readFile(article));
}
