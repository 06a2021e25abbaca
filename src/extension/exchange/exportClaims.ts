import * as vscode from 'vscode';
import { isSidecarPath, articlePathForSidecar, sidecarPathFor } from '../../core/claims/sidecar';
import type { ExchangeArticle } from '../../core/exchange/articles';
import { articleForExport } from '../../core/exchange/exportArticle';
import { EXPORT_FILE_NAMES, exportBratFiles, exportSingleFile, type ExportFormat, type SingleFileFormat } from '../../core/exchange/formats';
import { commonFolder, relativePath } from '../../core/exchange/paths';
import { showing } from '../claims/prompts';
import { inform, reportError } from '../notices';
import { parentOf, readText, readTextIfExists, warnWithLog, writeText } from './exchangeFiles';
import { background, log } from '../log';
import { problemMessage } from '../problemDiagnostic';

export type ExportScope = 'workspace' | 'article';

/** What the command can be given instead of asking, e.g. by a test or a keybinding. */
export interface ExportOptions {
  scope?: ExportScope;
  format?: ExportFormat;
  /** The file to write (csv, jsonl, w3c) or the folder (brat). */
  destination?: vscode.Uri;
}

const FORMAT_ITEMS: { format: ExportFormat; label: string; detail: string; extension: string }[] = [
  { format: 'csv', label: '$(table) CSV', detail: vscode.l10n.t('One row per claim, for spreadsheets'), extension: 'csv' },
  { format: 'jsonl', label: '$(json) JSON Lines', detail: vscode.l10n.t('One claim per line with every field'), extension: 'jsonl' },
  { format: 'brat', label: '$(file-text) brat standoff', detail: vscode.l10n.t('NAME.txt and NAME.ann per article, for brat and INCEpTION'), extension: 'ann' },
  { format: 'w3c', label: '$(globe) W3C Web Annotations', detail: vscode.l10n.t('JSON-LD, for Hypothesis and other annotation tools'), extension: 'jsonld' },
];

function activeArticle(): vscode.Uri | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document && !document.isUntitled && !isSidecarPath(document.uri.path) ? document.uri : undefined;
}

async function pickScope(article: vscode.Uri | undefined): Promise<ExportScope | undefined> {
  const items: (vscode.QuickPickItem & { scope: ExportScope })[] = [
    { label: `$(root-folder) ${vscode.l10n.t('Workspace')}`, detail: vscode.l10n.t('Every article with claims in the workspace'), scope: 'workspace' },
  ];
  if (article) items.push({ label: `$(file) ${vscode.l10n.t('Current article')}`, detail: vscode.workspace.asRelativePath(article), scope: 'article' });
  return showing('exportScope', async () => (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export claims of…') }))?.scope);
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  return showing('exportFormat', async () => (await vscode.window.showQuickPick(FORMAT_ITEMS, { title: vscode.l10n.t('Export claims as…') }))?.format);
}

async function pickDestination(format: ExportFormat): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (format === 'brat') {
    const picked = await vscode.window.showOpenDialog({
      canSelectFolders: true, canSelectFiles: false, canSelectMany: false, defaultUri: folder, openLabel: vscode.l10n.t('Export Here'),
    });
    return picked?.[0];
  }
  const item = FORMAT_ITEMS.find((one) => one.format === format)!;
  return vscode.window.showSaveDialog({
    defaultUri: folder && vscode.Uri.joinPath(folder, EXPORT_FILE_NAMES[format]),
    filters: { [item.label.replace(/^\$\([^)]*\) /, '')]: [item.extension] },
    saveLabel: vscode.l10n.t('Export'),
  });
}

async function articlesOf(scope: ExportScope, article: vscode.Uri | undefined): Promise<vscode.Uri[]> {
  if (scope === 'article') return article ? [article] : [];
  const sidecars = await vscode.workspace.findFiles('**/*.claims.json', '**/node_modules/**');
  return sidecars.map((sidecar) => sidecar.with({ path: articlePathForSidecar(sidecar.path)! })).sort((a, b) => a.path.localeCompare(b.path));
}

interface Loaded {
  uri: vscode.Uri;
  article: Omit<ExchangeArticle, 'path'>;
}

/** Every article with its claims as an export writes them; problems go to the log and are counted. */
async function load(uris: readonly vscode.Uri[]): Promise<{ loaded: Loaded[]; problems: number }> {
  let problems = 0;
  const loaded: Loaded[] = [];
  for (const uri of uris) {
    const shown = vscode.workspace.asRelativePath(uri);
    try {
      const text = await readText(uri);
      const prepared = await articleForExport(text, await readTextIfExists(uri.with({ path: sidecarPathFor(uri.path) })));
      if (!prepared.ok) {
        problems++;
        log().warn(vscode.l10n.t('{0}: the sidecar is not valid ({1}); its claims are not exported', shown, prepared.problems[0] ? problemMessage(prepared.problems[0]) : ''));
        continue;
      }
      if (prepared.lost > 0) {
        problems++;
        log().warn(vscode.l10n.t('{0}: {1} claims are no longer found in the article and are not exported', shown, prepared.lost));
      }
      loaded.push({ uri, article: { text, document: prepared.document, claims: prepared.claims } });
    } catch (error) {
      problems++;
      log().error(vscode.l10n.t('{0}: cannot be read: {1}', shown, (error as Error).message));
    }
  }
  return { loaded, problems };
}

/** Claim Lens: Export Claims…: scope, format and destination, asked for unless given. */
export async function exportClaims(options: ExportOptions = {}): Promise<void> {
  const current = activeArticle();
  const scope = options.scope ?? (await pickScope(current));
  if (!scope) return;
  const format = options.format ?? (await pickFormat());
  if (!format) return;
  const destination = options.destination ?? (await pickDestination(format));
  if (!destination) return;
  const { loaded, problems } = await load(await articlesOf(scope, current));
  const claims = loaded.reduce((sum, { article }) => sum + article.claims.length, 0);
  try {
    if (format === 'brat') {
      if (loaded.length > 0) {
        const base = commonFolder(loaded.map(({ uri }) => uri.path));
        const files = exportBratFiles(loaded.map(({ uri, article }) => ({ ...article, path: relativePath(base, uri.path) })));
        for (const file of files) await writeText(vscode.Uri.joinPath(destination, file.path), file.text);
      }
    } else {
      const from = parentOf(destination).path;
      const articles = loaded.map(({ uri, article }) => ({ ...article, path: relativePath(from, uri.path) }));
      await writeText(destination, exportSingleFile(format as SingleFileFormat, articles, new Date()));
    }
  } catch (error) {
    log().error(vscode.l10n.t('Export to {0} failed: {1}', destination.toString(true), (error as Error).message));
    background('reporting a failed export', reportError(vscode.l10n.t('Claim Lens could not export: {0}', (error as Error).message)));
    return;
  }
  const done = vscode.l10n.t('Exported {0} claims of {1} articles to {2}.', claims, loaded.length, vscode.workspace.asRelativePath(destination));
  log().info(done);
  if (problems > 0) warnWithLog(`${done} ${vscode.l10n.t('{0} articles had problems; see the log.', problems)}`);
  else inform(done);
}
