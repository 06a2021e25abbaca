import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Recognizer } from '../../core/entities/entity';
import { IdentitiesFile } from '../identity/identitiesFile';
import { registerIdentityCommands } from '../identity/identityCommands';
import { WorkspaceIdentities } from '../identity/workspaceIdentities';
import { reportError, warn } from '../notices';
import type { Settings } from '../settings';
import { ClaimCodeActionProvider } from './claimCodeActions';
import { ClaimCommands } from './claimCommands';
import { ClaimDecorations } from './claimDecorations';
import { ClaimHoverProvider } from './claimHover';
import { ClaimStore, type ArticleClaims } from './claimStore';
import { HeldClaims } from './heldClaims';
import { editArticleMetadata } from './metadataCommand';
import { SidecarDiagnostics } from './sidecarDiagnostics';
import { registerClaimsViewCommands } from './tree/claimsFilter';
import { ClaimsTreeProvider } from './tree/claimsTreeProvider';

const UNSAVED_CONTEXT_KEY = 'claimLens.hasUnsavedClaims';

/** Wires claim tagging, sidecars, decorations and the Claims view into VS Code. */
export function activateClaims(context: vscode.ExtensionContext, settings: Settings, recognizer: () => Promise<Recognizer>) {
  const diagnostics = new SidecarDiagnostics();
  const store = new ClaimStore(diagnostics, new HeldClaims(context.workspaceState));
  const identitiesFile = new IdentitiesFile();
  const identities = new WorkspaceIdentities(identitiesFile, store);
  const tree = new ClaimsTreeProvider(store, settings, identities, context.workspaceState, identitiesFile.onDidChange);
  const treeView = vscode.window.createTreeView('claimLens.claims', { treeDataProvider: tree, showCollapseAll: true });
  const decorations = new ClaimDecorations(store, context.extensionUri);
  const isArticle = (document: vscode.TextDocument) => !document.isUntitled && settings.isArticleLanguage(document.languageId);
  const commands = new ClaimCommands(store, settings, recognizer, tree, treeView, isArticle, identities);
  const sidecarWatcher = vscode.workspace.createFileSystemWatcher('**/*.claims.json');
  const onSidecarChange = (uri: vscode.Uri) => void store.sidecarChanged(uri);

  const retry = async () => {
    for (const state of store.unsaved()) await store.save(state.article);
    updateUnsavedContext(store);
  };

  context.subscriptions.push(
    diagnostics,
    identitiesFile,
    ...identities.watch(),
    ...registerIdentityCommands(identitiesFile, identities, store),
    ...registerClaimsViewCommands(tree, identities, store, settings),
    vscode.commands.registerCommand('claimLens.editArticleMetadata', (target?: unknown) => editArticleMetadata(store, articleArgument(target))),
    store,
    tree,
    treeView,
    decorations,
    sidecarWatcher,
    ...commands.register(),
    vscode.commands.registerCommand('claimLens.retrySavingClaims', retry),
    vscode.languages.registerCodeActionsProvider(
      [{ scheme: 'file' }],
      new ClaimCodeActionProvider(store, settings, recognizer, isArticle, identities),
      { providedCodeActionKinds: ClaimCodeActionProvider.providedCodeActionKinds },
    ),
    vscode.languages.registerHoverProvider([{ scheme: 'file' }], new ClaimHoverProvider(store, identities)),
    sidecarWatcher.onDidCreate(onSidecarChange),
    sidecarWatcher.onDidChange(onSidecarChange),
    sidecarWatcher.onDidDelete(onSidecarChange),
    vscode.workspace.onDidChangeTextDocument((event) => store.followEdits(event)),
    vscode.workspace.onDidSaveTextDocument((document) => store.articleSaved(document)),
    vscode.workspace.onDidCloseTextDocument((document) => store.articleClosed(document)),
    vscode.workspace.onDidRenameFiles(async (event) => {
      for (const { oldUri, newUri } of event.files) if (!oldUri.path.endsWith('.claims.json')) await store.articleRenamed(oldUri, newUri);
    }),
    store.onDidChange(() => {
      treeView.description = describeCount(store.loaded());
      updateUnsavedContext(store);
    }),
    store.onDidFailToSave(async (state) => {
      updateUnsavedContext(store);
      const answer = await reportError(
        `Claim Lens could not save the claims of ${path.basename(state.article.path)}: ${state.saveError}. ` +
          'They are kept in memory and saved again when you save the article, or now with Retry.',
        'Retry',
      );
      if (answer === 'Retry') await retry();
    }),
    store.onDidFindInvalidSidecar(async (state) => {
      const answer = await warn(
        `Claim Lens cannot use ${path.basename(state.sidecar.path)}: ${state.readOnly}. ` +
          'Its claims are read-only and the file will not be changed; see the Problems panel.',
        'Open File',
      );
      if (answer === 'Open File') await vscode.window.showTextDocument(state.sidecar);
    }),
  );
  decorations.drawVisible();
  setTimeout(() => void identitiesFile.reload(), 0);

  return { store, tree, commands, identitiesFile, identities };
}

/** The article a command is given: a URI, or an article row of the Claims view. */
function articleArgument(target: unknown): vscode.Uri | undefined {
  if (target instanceof vscode.Uri) return target;
  const node = target as { type?: string; by?: string; group?: { key?: string } } | undefined;
  return node?.type === 'group' && node.by === 'article' && node.group?.key ? vscode.Uri.parse(node.group.key) : undefined;
}

function updateUnsavedContext(store: ClaimStore): void {
  void vscode.commands.executeCommand('setContext', UNSAVED_CONTEXT_KEY, store.unsaved().length > 0);
}

function describeCount(articles: readonly ArticleClaims[]): string {
  const claims = articles.reduce((sum, state) => sum + state.claims.length, 0);
  return claims === 0 ? '' : `${claims} claim${claims === 1 ? '' : 's'}`;
}
