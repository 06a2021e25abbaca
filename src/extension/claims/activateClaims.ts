import * as vscode from 'vscode';
import { Utils } from 'vscode-uri';
import { isSidecarPath } from '../../core/claims/sidecar';
import type { Recognizer } from '../../core/entities/entity';
import { IdentitiesFile } from '../identity/identitiesFile';
import { registerIdentityCommands } from '../identity/identityCommands';
import { WorkspaceIdentities } from '../identity/workspaceIdentities';
import { isArticle as isAnArticle, SAVED_ARTICLES } from '../articles';
import { background, log } from '../log';
import { reportError, warn } from '../notices';
import type { Settings } from '../settings';
import { ClaimCodeActionProvider } from './claimCodeActions';
import { ClaimCommands } from './claimCommands';
import { ClaimDecorations } from './claimDecorations';
import { ClaimHoverProvider } from './claimHover';
import { ClaimStore, type ArticleClaims, type ClaimConflict } from './claimStore';
import { HeldClaims } from './heldClaims';
import { editArticleMetadata } from './metadataCommand';
import { SidecarDiagnostics } from './sidecarDiagnostics';
import { TextHistory } from './store/textHistory';
import { registerClaimsViewCommands } from './tree/claimsFilter';
import { ClaimsTreeProvider } from './tree/claimsTreeProvider';

const UNSAVED_CONTEXT_KEY = 'claimLens.hasUnsavedClaims';

/** Wires claim tagging, sidecars, decorations and the Claims view into VS Code. */
export function activateClaims(context: vscode.ExtensionContext, settings: Settings, recognizer: () => Promise<Recognizer>) {
  const diagnostics = new SidecarDiagnostics();
  const history = new TextHistory(context.storageUri ?? context.globalStorageUri);
  const store = new ClaimStore(diagnostics, new HeldClaims(context.workspaceState), history);
  const identitiesFile = new IdentitiesFile();
  const identities = new WorkspaceIdentities(identitiesFile, store);
  const tree = new ClaimsTreeProvider(store, settings, identities, context.workspaceState, identitiesFile.onDidChange);
  const treeView = vscode.window.createTreeView('claimLens.claims', { treeDataProvider: tree, showCollapseAll: true });
  const decorations = new ClaimDecorations(store, context.extensionUri);
  // Claims live next to a file: an untitled article is an article, but it cannot hold claims yet.
  const isArticle = (document: vscode.TextDocument) => !document.isUntitled && isAnArticle(document);
  const commands = new ClaimCommands(store, settings, recognizer, tree, treeView, isArticle, identities);
  const sidecarWatcher = vscode.workspace.createFileSystemWatcher('**/*.claims.json');
  const onSidecarChange = (uri: vscode.Uri) => background(`following ${uri.toString()}`, store.sidecarChanged(uri));
  // Articles of any name or language may have claims: the store ignores files whose claims are not loaded.
  // Created counts as changed: git replaces a file by deleting it and writing a new one.
  const articleWatcher = vscode.workspace.createFileSystemWatcher('**/*', false, false, true);
  const onArticleChange = (uri: vscode.Uri) => {
    if (!isSidecarPath(uri.path) && store.peek(uri)) background(`following ${uri.toString()}`, store.articleChangedOnDisk(uri));
  };

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
    articleWatcher,
    ...commands.register(),
    vscode.commands.registerCommand('claimLens.retrySavingClaims', retry),
    vscode.languages.registerCodeActionsProvider(
      SAVED_ARTICLES,
      new ClaimCodeActionProvider(store, settings, recognizer, isArticle, identities),
      { providedCodeActionKinds: ClaimCodeActionProvider.providedCodeActionKinds },
    ),
    vscode.languages.registerHoverProvider(SAVED_ARTICLES, new ClaimHoverProvider(store, identities)),
    sidecarWatcher.onDidCreate(onSidecarChange),
    sidecarWatcher.onDidChange(onSidecarChange),
    sidecarWatcher.onDidDelete(onSidecarChange),
    articleWatcher.onDidCreate(onArticleChange),
    articleWatcher.onDidChange(onArticleChange),
    vscode.workspace.onDidChangeTextDocument((event) => store.followEdits(event)),
    vscode.workspace.onDidSaveTextDocument((document) => background('saving claims', store.articleSaved(document))),
    vscode.workspace.onDidCloseTextDocument((document) => background('following a closed article', store.articleClosed(document))),
    vscode.workspace.onDidRenameFiles((event) => background('moving claims along with a rename', (async () => {
      for (const { oldUri, newUri } of event.files) if (!isSidecarPath(oldUri.path)) await store.articleRenamed(oldUri, newUri);
    })())),
    store.onDidChange(() => {
      treeView.description = describeCount(store.loaded());
      updateUnsavedContext(store);
    }),
    store.onDidFailToSave((state) => {
      updateUnsavedContext(store);
      background('reporting a failed save', reportFailedSave(state, retry));
    }),
    store.onDidFindInvalidSidecar((state) => background('reporting an invalid sidecar', reportInvalid(state))),
    store.onDidFindConflict((conflict) => background('reporting a conflict', reportConflict(conflict))),
  );
  decorations.drawVisible();
  setTimeout(() => background('loading the identities file', identitiesFile.reload()), 0);

  return { store, tree, commands, identitiesFile, identities };
}

/** The article a command is given: a URI, or an article row of the Claims view. */
function articleArgument(target: unknown): vscode.Uri | undefined {
  if (target instanceof vscode.Uri) return target;
  const node = target as { type?: string; by?: string; group?: { key?: string } } | undefined;
  return node?.type === 'group' && node.by === 'article' && node.group?.key ? vscode.Uri.parse(node.group.key) : undefined;
}

async function reportFailedSave(state: ArticleClaims, retry: () => Promise<void>): Promise<void> {
  const retryAction = vscode.l10n.t('Retry');
  const answer = await reportError(
    vscode.l10n.t(
      'Claim Lens could not save the claims of {0}: {1}. They are kept in memory and saved again when you save the article, or now with Retry.',
      Utils.basename(state.article),
      state.saveError ?? '',
    ),
    retryAction,
  );
  if (answer === retryAction) await retry();
}

async function reportInvalid(state: ArticleClaims): Promise<void> {
  const open = vscode.l10n.t('Open File');
  const answer = await warn(
    vscode.l10n.t(
      'Claim Lens cannot use {0}: {1}. Its claims are read-only and the file will not be changed; see the Problems panel.',
      Utils.basename(state.sidecar),
      state.readOnly ?? '',
    ),
    open,
  );
  if (answer === open) await vscode.window.showTextDocument(state.sidecar);
}

/** Both writers' values are named, so the analyst can restore the one that was not kept. */
async function reportConflict({ article, conflicts, claims }: ClaimConflict): Promise<void> {
  const described = conflicts.map((conflict) => {
    const claim = claims.find((candidate) => candidate.id === conflict.claimId);
    const label = claim ? `"${claim.quote.exact.slice(0, 60)}"` : conflict.claimId;
    return vscode.l10n.t('{0}: {1} was changed here ({2}) and elsewhere ({3}); kept {4}', label, conflict.field,
      JSON.stringify(conflict.ours), JSON.stringify(conflict.theirs), conflict.kept === 'ours' ? vscode.l10n.t('this window\'s') : vscode.l10n.t('the other'));
  });
  const message = vscode.l10n.t('Claim Lens merged claims of {0} changed by another writer. Conflicts: {1}', Utils.basename(article), described.join('; '));
  // The log keeps the value that was not kept after the notification is gone.
  log().warn(message);
  await warn(message);
}

function updateUnsavedContext(store: ClaimStore): void {
  background('setting a context key', vscode.commands.executeCommand('setContext', UNSAVED_CONTEXT_KEY, store.unsaved().length > 0));
}

function describeCount(articles: readonly ArticleClaims[]): string {
  const claims = articles.reduce((sum, state) => sum + state.claims.length, 0);
  return claims === 0 ? '' : vscode.l10n.t('{0} claim(s)', claims);
}
