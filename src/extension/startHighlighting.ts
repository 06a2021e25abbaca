import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { ClaimLensApi } from './api';
import { maintainArticleContext } from './articles';
import { DocumentScanner } from './highlighting/documentScanner';
import { EntityStatusBar } from './highlighting/entityStatusBar';
import { Highlighter, visibleSpan } from './highlighting/highlighter';
import { RecognizerSource } from './highlighting/recognizerSource';
import { Settings } from './settings';
import { showWalkthroughOnFirstStart } from './walkthrough';

/** What the highlighting made, which every other feature builds on. */
export interface Highlighting {
  readonly settings: Settings;
  readonly recognizers: RecognizerSource;
  readonly scanner: DocumentScanner;
  readonly highlighter: Highlighter;
  readonly statusBar: EntityStatusBar;
}

/** The part of the test API that needs nothing but the highlighting. */
export type HighlightingApi = Pick<ClaimLensApi, 'highlightedRanges' | 'onDidChangeHighlights' | 'statusBar'>;

/** How long the rest of the features wait for the first highlight of the visible articles, at most. */
const FIRST_HIGHLIGHT_WAIT_MS = 1_000;

/**
 * The first stage after activation, and the only one the first highlight waits for: settings, the
 * recognizer (with the built-in gazetteer's index the entry point began reading), scanning, decorations,
 * the status bar, and the walkthrough on first start. Everything else (features.ts) comes once the
 * visible articles are first highlighted.
 */
export function startHighlighting(context: vscode.ExtensionContext, builtinIndex: Thenable<Uint8Array>): {
  highlighting: Highlighting;
  api: HighlightingApi;
  /** Resolves once the visible articles are highlighted (or none needs it), or after FIRST_HIGHLIGHT_WAIT_MS. */
  firstHighlighted: Promise<void>;
} {
  // The core says its sentences with @vscode/l10n: it reads them from the bundle VS Code loaded for the display language.
  l10n.config({ contents: vscode.l10n.bundle ?? {} });
  const settings = new Settings();
  const recognizers = new RecognizerSource(builtinIndex);
  const scanner = new DocumentScanner((document) => recognizers.current(document.uri), visibleSpan);
  const highlighter = new Highlighter(settings, scanner);
  const statusBar = new EntityStatusBar(highlighter);
  context.subscriptions.push(
    maintainArticleContext(),
    recognizers,
    recognizers.onDidChange(() => scanner.rescanAll()),
    scanner,
    highlighter,
    statusBar,
  );
  // Here rather than with the other features: it opens as the workbench settles, not over what the
  // analyst opened next.
  showWalkthroughOnFirstStart(context);
  const firstHighlighted = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, FIRST_HIGHLIGHT_WAIT_MS);
    setTimeout(() => {
      recognizers.preload();
      highlighter.refreshVisible();
      const visible = vscode.window.visibleTextEditors.map((editor) => highlighter.whenHighlighted(editor.document));
      void Promise.allSettled(visible).then(() => {
        clearTimeout(timer);
        resolve();
      });
    }, 0);
  });
  return {
    highlighting: { settings, recognizers, scanner, highlighter, statusBar },
    api: {
      highlightedRanges: (document) => highlighter.drawnRanges(document),
      onDidChangeHighlights: highlighter.onDidChange,
      statusBar: () => ({ text: statusBar.text, tooltip: statusBar.tooltip }),
    },
    firstHighlighted,
  };
}
