import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { ClaimLensApi } from './api';
import { isOrphan, needsReview } from '../core/claims/attention';
import { ALL_ARTICLES, maintainArticleContext } from './articles';
import { activateClaims } from './claims/activateClaims';
import { activateCompare } from './compare/activateCompare';
import type { ClaimStore } from './claims/claimStore';
import { registerExchange } from './exchange/registerExchange';
import { currentPrompt } from './claims/prompts';
import { GazetteerCodeActionProvider } from './gazetteer/gazetteerCodeActions';
import { registerGazetteerCommands } from './gazetteer/gazetteerCommands';
import type { GazetteerRead } from './gazetteer/gazetteerFiles';
import { WorkspaceGazetteerFile } from './gazetteer/workspaceGazetteerFile';
import { DocumentScanner } from './highlighting/documentScanner';
import { EntityHoverProvider } from './highlighting/entityHover';
import { EntityStatusBar } from './highlighting/entityStatusBar';
import { goToEntity } from './highlighting/goToEntity';
import { Highlighter, visibleSpan } from './highlighting/highlighter';
import { RecognizerSource } from './highlighting/recognizerSource';
import { background, disposeLog, loggedErrors } from './log';
import { lastNotice } from './notices';
import { SCHEMA_SCHEME, SchemaProvider } from './schemaProvider';
import { Settings } from './settings';
import { showWalkthroughOnFirstStart } from './walkthrough';

let store: ClaimStore | undefined;

/** What the entry point began reading as it activated, while this module was being loaded. */
export interface EarlyReads {
  /** The built-in gazetteer's index. */
  readonly builtinIndex: Thenable<Uint8Array>;
  /** Every workspace folder's gazetteer. */
  readonly gazetteers: Promise<Map<string, GazetteerRead>>;
}

/** Everything Claim Lens does, started by extension.ts right after activation. */
export function activateFeatures(context: vscode.ExtensionContext, reading: EarlyReads): ClaimLensApi | undefined {
  // The core says its sentences with @vscode/l10n: it reads them from the bundle VS Code loaded for the display language.
  l10n.config({ contents: vscode.l10n.bundle ?? {} });
  const settings = new Settings();
  const recognizers = new RecognizerSource(reading.builtinIndex);
  const scanner = new DocumentScanner((document) => recognizers.current(document.uri), visibleSpan);
  const highlighter = new Highlighter(settings, scanner);
  const statusBar = new EntityStatusBar(highlighter);
  const gazetteer = new WorkspaceGazetteerFile(recognizers, reading.gazetteers);
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
    vscode.languages.registerCodeActionsProvider(
      ALL_ARTICLES,
      new GazetteerCodeActionProvider(highlighter),
      { providedCodeActionKinds: GazetteerCodeActionProvider.providedCodeActionKinds },
    ),
    scanner,
    highlighter,
    statusBar,
    vscode.languages.registerHoverProvider(ALL_ARTICLES, new EntityHoverProvider(highlighter, settings)),
    vscode.commands.registerCommand('claimLens.toggleHighlighting', () => settings.toggleHighlighting(vscode.window.activeTextEditor?.document)),
    vscode.commands.registerCommand('claimLens.goToEntity', () => goToEntity(highlighter)),
    ...registerExchange(context),
  );

  const claims = activateClaims(context, settings, () => recognizers.current(vscode.window.activeTextEditor?.document.uri));
  context.subscriptions.push(...registerGazetteerCommands(gazetteer, activeEntities, async () => {
    await claims.store.scanWorkspace();
    return claims.store.loaded().flatMap((state) => state.claims.flatMap((claim) => [
      { name: claim.claimant.name, kind: 'actor' as const },
      ...claim.actors.map((actor) => ({ name: actor.canonical, kind: 'actor' as const })),
      ...claim.places.map((place) => ({ name: place.canonical, kind: 'place' as const })),
    ]));
  }));
  const compare = activateCompare(context, claims.store, claims.identities);
  store = claims.store;

  // The first highlights come from the built-in gazetteer as soon as the recognizer is ready. The
  // workspace's gazetteers, whose reading the entry point began, wait on VS Code's file service (its first
  // answer took 150–400 ms in code-server) and redraw what they change when they arrive
  // (recognizers.onDidChange above).
  const gazetteersLoaded = gazetteer.reload();
  background('loading the workspace gazetteer', gazetteersLoaded);
  setTimeout(() => {
    recognizers.preload();
    highlighter.refreshVisible();
  }, 0);
  showWalkthroughOnFirstStart(context);

  // The API exposes internals for the integration tests; other extensions get nothing to depend on.
  if (context.extensionMode !== vscode.ExtensionMode.Test) return undefined;
  return {
    highlightedRanges: (document) => highlighter.drawnRanges(document),
    whenHighlighted: async (document) => {
      await gazetteersLoaded;
      await highlighter.whenHighlighted(document);
    },
    onDidChangeHighlights: highlighter.onDidChange,
    statusBar: () => ({ text: statusBar.text, tooltip: statusBar.tooltip }),
    claimsTree: claims.tree,
    claims: async (article) => {
      const state = await claims.store.load(article);
      return {
        claims: state.claims,
        orphans: state.claims.filter(isOrphan).map((claim) => claim.id),
        needsReview: state.claims.filter(needsReview).map((claim) => claim.id),
        readOnly: state.readOnly,
        saveError: state.saveError,
      };
    },
    holdClaimWrites: () => claims.store.holdWrites(),
    loggedErrors,
    activePrompt: currentPrompt,
    lastNotice,
    whenGazetteerLoaded: () => gazetteer.reload(),
    whenIdentitiesLoaded: () => claims.identitiesFile.reload(),
    compareView: {
      isOpen: () => compare.panel.isOpen,
      whenReady: () => compare.panel.whenReady(),
      read: () => compare.panel.read(),
      press: (rowKey, key) => compare.panel.press(rowKey, key),
      refresh: () => compare.panel.refresh(),
    },
  };
}

/** Waits for pending sidecar writes; everything else is disposed through context.subscriptions. */
export async function deactivateFeatures(): Promise<void> {
  try {
    await store?.flush();
  } finally {
    disposeLog();
  }
}
