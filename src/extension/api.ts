import type * as vscode from 'vscode';
import type { RangesByKind } from './highlighting/entityDecorations';

/**
 * What `activate` returns. Integration tests read the extension's state through it, because VS Code
 * offers no way to read back decorations or a status bar item.
 */
export interface ClaimLensApi {
  /** The ranges last drawn in the document's editors, by kind, as UTF-16 offsets. */
  highlightedRanges(document: vscode.TextDocument): RangesByKind;
  /** Resolves once the document is fully scanned and its highlights drawn. */
  whenHighlighted(document: vscode.TextDocument): Promise<void>;
  /** The entity status bar item's text and tooltip ('' when hidden). */
  statusBar(): { text: string; tooltip: string };
}
