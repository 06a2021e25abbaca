import type * as vscode from 'vscode';
import type { Claim } from '../core/claims/model';
import type { PromptName } from './claims/prompts';
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
  /** Resolves once the document is fully scanned and its highlights drawn. */
  whenHighlighted(document: vscode.TextDocument): Promise<void>;
  /** The entity status bar item's text and tooltip ('' when hidden). */
  statusBar(): { text: string; tooltip: string };
  /** The Claims view's data, exactly as the view reads it. */
  claimsTree: vscode.TreeDataProvider<ClaimsNode>;
  /** The article's claims as held in memory, loading its sidecar if needed. */
  claims(article: vscode.Uri): Promise<{ claims: readonly Claim[]; orphans: readonly string[]; readOnly?: string; saveError?: string }>;
  /** The claim prompt on screen, if any, so tests know when to answer it through the real quick input. */
  activePrompt(): PromptName | undefined;
  /** Rereads the workspace gazetteer; resolves once the recognizer uses it. */
  whenGazetteerLoaded(): Promise<void>;
  /** The last message Claim Lens showed. */
  lastNotice(): string | undefined;
}
