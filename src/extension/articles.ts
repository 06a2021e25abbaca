import * as vscode from 'vscode';
import { background } from './log';
import { Settings } from './settings';

/** True while the active editor shows an article; gates Claim Lens's commands, keys and menus. */
export const ARTICLE_CONTEXT_KEY = 'claimLens.isArticle';

const settings = new Settings();

/**
 * Where saved articles live: local files, and the files of a remote folder as VS Code for the Web's
 * extension host (a web worker) sees them. Diff views, output panes and the like are left alone.
 */
export const ARTICLE_FILE_SCHEMES: readonly string[] = ['file', 'vscode-remote'];
/** Saved articles, for language features. */
export const SAVED_ARTICLES: vscode.DocumentFilter[] = ARTICLE_FILE_SCHEMES.map((scheme) => ({ scheme }));
/** Saved articles and articles not saved yet. */
export const ALL_ARTICLES: vscode.DocumentFilter[] = [...SAVED_ARTICLES, { scheme: 'untitled' }];

/**
 * The one definition of an article: a document in one of the `claimLens.languages` of its workspace
 * folder, whether or not it is highlighted (size and binary content decide that) and whether or not it
 * is saved yet.
 */
export function isArticle(document: vscode.TextDocument): boolean {
  return settings.languages(document).includes(document.languageId);
}

/** Keeps the `claimLens.isArticle` context key in step with the active editor, its language and the settings. */
export function maintainArticleContext(): vscode.Disposable {
  let current: boolean | undefined;
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    const value = document !== undefined && isArticle(document);
    // Set only when it changes, not on every event.
    if (value === current) return;
    current = value;
    background('setting a context key', vscode.commands.executeCommand('setContext', ARTICLE_CONTEXT_KEY, value));
  };
  update();
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(update),
    // Changing a document's language closes and reopens it under the same URI.
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (document === vscode.window.activeTextEditor?.document) update();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('claimLens.languages')) update();
    }),
  );
}
