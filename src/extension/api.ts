import type * as vscode from 'vscode';
import type { Claim } from '../core/claims/model';
import type { PromptName } from './claims/prompts';
import type { CompareViewContent } from './compare/comparePanel';
import type { ClaimsNode } from './claims/tree/claimsTreeProvider';
import type { RangesByKind } from './highlighting/entityDecorations';

/**
 * What `activate` returns when VS Code runs the extension's tests (ExtensionMode.Test), and only then.
 * Integration tests read the extension's state through it, because VS Code offers no way to read back
 * decorations, a status bar item, a notification or a tree's items.
 */
export interface ClaimLensApi {
  /** The ranges last drawn in the document's editors, by kind, as UTF-16 offsets. */
  highlightedRanges(document: vscode.TextDocument): RangesByKind;
  /** Resolves once the workspace gazetteers are read and the document is fully scanned with them, its highlights drawn. */
  whenHighlighted(document: vscode.TextDocument): Promise<void>;
  /** Fired after a document's highlights were redrawn or erased; the first time is when its first highlights appear. */
  onDidChangeHighlights: vscode.Event<vscode.TextDocument>;
  /** The entity status bar item's text and tooltip ('' when hidden). */
  statusBar(): { text: string; tooltip: string };
  /** The Claims view's data, exactly as the view reads it. */
  claimsTree: vscode.TreeDataProvider<ClaimsNode>;
  /** The article's claims as held in memory, loading its sidecar if needed. */
  claims(article: vscode.Uri): Promise<{
    claims: readonly Claim[];
    /** Ids of claims whose text was not found; derived from their `attention`. */
    orphans: readonly string[];
    /** Ids of claims placed only roughly, awaiting the analyst's confirmation. */
    needsReview: readonly string[];
    readOnly?: string;
    saveError?: string;
  }>;
  /**
   * Sidecar writes asked for from now on wait until the returned function is called, so a test can have a
   * write pending and check that deactivation waits for it.
   */
  holdClaimWrites(): () => void;
  /** The last errors written to the Claim Lens log channel, oldest first. */
  loggedErrors(): readonly string[];
  /** The claim prompt on screen, if any, so tests know when to answer it through the real quick input. */
  activePrompt(): PromptName | undefined;
  /** Rereads .claimlens/identities.json; resolves once the Claims view and suggestions use it. */
  whenIdentitiesLoaded(): Promise<void>;
  /** Rereads the workspace gazetteer; resolves once the recognizer uses it. */
  whenGazetteerLoaded(): Promise<void>;
  /** The last message Claim Lens showed. */
  lastNotice(): string | undefined;
  /** The Compare Claims view; webviews cannot be read from outside, so its own script reports its DOM. */
  compareView: {
    isOpen(): boolean;
    /** Resolves once the page has received its topics. */
    whenReady(): Promise<void>;
    read(): Promise<CompareViewContent>;
    /** Clicks ('click') or presses a key on a row (by its key) or an element ('css:' and a selector), through the page's own handlers. */
    press(target: string, key: string): Promise<{ found: boolean; content: CompareViewContent }>;
    /** Brings the view up to date at once instead of after its debounce. */
    refresh(): Promise<void>;
  };
}
