import * as vscode from 'vscode';
import type { ClaimLensApi } from './api';
import { isOrphan, needsReview } from '../core/claims/attention';
import { ALL_ARTICLES } from './articles';
import { activateClaims } from './claims/activateClaims';
import { activateCompare } from './compare/activateCompare';
import type { ClaimStore } from './claims/claimStore';
import { registerExchange } from './exchange/registerExchange';
import { currentPrompt } from './claims/prompts';
import { GazetteerCodeActionProvider } from './gazetteer/gazetteerCodeActions';
import { registerGazetteerCommands } from './gazetteer/gazetteerCommands';
import type { GazetteerRead } from './gazetteer/gazetteerFiles';
import { WorkspaceGazetteerFile } from './gazetteer/workspaceGazetteerFile';
import { EntityHoverProvider } from './highlighting/entityHover';
import { goToEntity } from './highlighting/goToEntity';
import { background, disposeLog, loggedErrors } from './log';
import { lastNotice } from './notices';
import { SCHEMA_SCHEME, SchemaProvider } from './schemaProvider';
import type { Highlighting, HighlightingApi } from './startHighlighting';

let store: ClaimStore | undefined;

/**
 * Every feature but the highlighting, started by extension.ts once the visible articles are highlighted,
 * or at once when a command or the test API needs it. `gazetteers` is the reading of every folder's
 * gazetteer that the entry point began as it activated: the first highlights come from the built-in
 * gazetteer without waiting for VS Code's file service (its first answer took 150–400 ms in code-server);
 * a workspace gazetteer redraws what it changes when it arrives (recognizers.onDidChange).
 */
export function activateFeatures(
  context: vscode.ExtensionContext,
  { settings, recognizers, scanner, highlighter }: Highlighting,
  gazetteers: Promise<Map<string, GazetteerRead>>,
): Omit<ClaimLensApi, keyof HighlightingApi> | undefined {
  const gazetteer = new WorkspaceGazetteerFile(recognizers, gazetteers);
  const gazetteersLoaded = gazetteer.reload();
  background('loading the workspace gazetteer', gazetteersLoaded);
  const activeEntities = () => {
    const document = vscode.window.activeTextEditor?.document;
    return document ? scanner.entities(document) : [];
  };

  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(SCHEMA_SCHEME, new SchemaProvider(context.extensionUri)),
    gazetteer,
    vscode.languages.registerCodeActionsProvider(
      ALL_ARTICLES,
      new GazetteerCodeActionProvider(highlighter),
      { providedCodeActionKinds: GazetteerCodeActionProvider.providedCodeActionKinds },
    ),
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


  // The API exposes internals for the integration tests; other extensions get nothing to depend on.
  if (context.extensionMode !== vscode.ExtensionMode.Test) return undefined;
  return {
    whenHighlighted: async (document) => {
      await gazetteersLoaded;
      await highlighter.whenHighlighted(document);
    },
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
