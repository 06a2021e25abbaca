import * as vscode from 'vscode';
import type { ClaimLensApi } from './api';
import { maintainArticleContext } from './articles';
import { activateClaims } from './claims/activateClaims';
import { currentPrompt } from './claims/prompts';
import { GazetteerCodeActionProvider } from './gazetteer/gazetteerCodeActions';
import { registerGazetteerCommands } from './gazetteer/gazetteerCommands';
import { WorkspaceGazetteerFile } from './gazetteer/workspaceGazetteerFile';
import { DocumentScanner } from './highlighting/documentScanner';
import { EntityHoverProvider } from './highlighting/entityHover';
import { EntityStatusBar } from './highlighting/entityStatusBar';
import { goToEntity } from './highlighting/goToEntity';
import { Highlighter, visibleSpan } from './highlighting/highlighter';
import { RecognizerSource } from './highlighting/recognizerSource';
import { lastNotice } from './notices';
import { SCHEMA_SCHEME, SchemaProvider } from './schemaProvider';
import { Settings } from './settings';
import { showWalkthroughOnFirstStart } from './walkthrough';

export function activate(context: vscode.ExtensionContext): ClaimLensApi | undefined {
  const settings = new Settings();
  const recognizers = new RecognizerSource();
  const scanner = new DocumentScanner((document) => recognizers.current(document.uri), visibleSpan);
  const highlighter = new Highlighter(settings, scanner);
  const statusBar = new EntityStatusBar(highlighter);
  const gazetteer = new WorkspaceGazetteerFile(recognizers);
  const activeEntities = () => {
    const document = vscode.window.activeTextEditor?.document;
    return document ? scanner.entities(document) : [];
  };

  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(SCHEMA_SCHEME, new SchemaProvider(context.extensionUri)),
    maintainArticleContext(),
    recognizers,
    gazetteer,
    recognizers.onDidChange(() => scanner.rescanAll()),
    ...registerGazetteerCommands(gazetteer, activeEntities),
    vscode.languages.registerCodeActionsProvider(
      [{ scheme: 'file' }, { scheme: 'untitled' }],
      new GazetteerCodeActionProvider(highlighter),
      { providedCodeActionKinds: GazetteerCodeActionProvider.providedCodeActionKinds },
    ),
    scanner,
    highlighter,
    statusBar,
    vscode.languages.registerHoverProvider([{ scheme: 'file' }, { scheme: 'untitled' }], new EntityHoverProvider(highlighter, settings)),
    vscode.commands.registerCommand('claimLens.toggleHighlighting', () => settings.toggleHighlighting(vscode.window.activeTextEditor?.document)),
    vscode.commands.registerCommand('claimLens.goToEntity', () => goToEntity(highlighter)),
  );

  const claims = activateClaims(context, settings, () => recognizers.current(vscode.window.activeTextEditor?.document.uri));

  // Scanning starts once activation has returned, so it never counts against activation time.
  setTimeout(() => void gazetteer.reload().finally(() => highlighter.refreshVisible()), 0);
  showWalkthroughOnFirstStart(context);

  // The API exposes internals for the integration tests; other extensions get nothing to depend on.
  if (context.extensionMode !== vscode.ExtensionMode.Test) return undefined;
  return {
    highlightedRanges: (document) => highlighter.drawnRanges(document),
    whenHighlighted: (document) => highlighter.whenHighlighted(document),
    statusBar: () => ({ text: statusBar.text, tooltip: statusBar.tooltip }),
    claimsTree: claims.tree,
    claims: async (article) => {
      const state = await claims.store.load(article);
      return { claims: state.claims, orphans: [...state.orphans], readOnly: state.readOnly, saveError: state.saveError };
    },
    activePrompt: currentPrompt,
    lastNotice,
    whenGazetteerLoaded: () => gazetteer.reload(),
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
