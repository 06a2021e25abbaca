import * as vscode from 'vscode';
import { Utils } from 'vscode-uri';
import type { WorkspaceGazetteer } from '../../core/entities/gazetteer/types';
import { parseWorkspaceGazetteer } from '../../core/entities/gazetteer/workspace';
import { problemDiagnostic } from '../problemDiagnostic';
import { writeTextFileAtomically } from '../claims/sidecarFiles';
import { readTextFile } from '../readTextFile';
import { GAZETTEER_PATH, type GazetteerRead, readWorkspaceGazetteers } from './gazetteerFiles';
import type { RecognizerSource } from '../highlighting/recognizerSource';
import { background, logError } from '../log';

/**
 * The workspace gazetteer of every workspace folder: its nearest `.claimlens/gazetteer.json`, in the
 * folder or above it as the command line looks for it. Read at start, followed on disk, each applied to
 * its own folder's articles. Bad entries get a Problems entry where they are; the good ones still count.
 */
export class WorkspaceGazetteerFile implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('claimLens.gazetteer');
  private readonly watcher = vscode.workspace.createFileSystemWatcher(`**/${GAZETTEER_PATH}`);
  /** Gazetteers above a workspace folder, which the workspace watcher does not see. */
  private readonly outsideWatchers = new Map<string, vscode.FileSystemWatcher>();
  private readonly subscriptions: vscode.Disposable[];
  /** Each folder's gazetteer file, keyed by the folder's URI; where that folder's new entries go. */
  private files = new Map<string, vscode.Uri>();
  private loading: Promise<void> = Promise.resolve();

  /** `firstRead`: the reading of every folder's gazetteer that the entry point began as it activated. */
  constructor(
    private readonly recognizers: RecognizerSource,
    private firstRead?: Promise<Map<string, GazetteerRead>>,
  ) {
    this.subscriptions = [
      this.diagnostics,
      this.watcher,
      ...this.followChanges(this.watcher),
      vscode.workspace.onDidChangeWorkspaceFolders(() => background('reloading the workspace gazetteer', this.reload())),
    ];
  }

  /** Rereads every folder's gazetteer; resolves once the recognizers use what it found. */
  reload(): Promise<void> {
    this.loading = this.loading.then(() => this.readAll());
    return this.loading;
  }

  /** The gazetteer file for `resource`: its workspace folder's, else the first folder's. */
  fileFor(resource: vscode.Uri | undefined): vscode.Uri | undefined {
    const folder = (resource && vscode.workspace.getWorkspaceFolder(resource)) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) return undefined;
    return this.files.get(folder.uri.toString()) ?? vscode.Uri.joinPath(folder.uri, GAZETTEER_PATH);
  }

  /**
   * Applies a pure edit of the text of the gazetteer that `resource` uses, writes it and reloads at once,
   * without waiting for the watcher.
   */
  async edit(resource: vscode.Uri | undefined, change: (text: string) => string): Promise<vscode.Uri> {
    await this.loading;
    const file = this.fileFor(resource);
    if (!file) throw new Error(vscode.l10n.t('Open a folder first: the gazetteer lives in the workspace as .claimlens/gazetteer.json.'));
    const before = (await readTextFile(file)) ?? '';
    const after = change(before);
    if (after !== before) await writeTextFileAtomically(file, after);
    await this.reload();
    return file;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    for (const watcher of this.outsideWatchers.values()) watcher.dispose();
  }

  private followChanges(watcher: vscode.FileSystemWatcher): vscode.Disposable[] {
    const reload = () => background('reloading the workspace gazetteer', this.reload());
    return [watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload)];
  }

  private async readAll(): Promise<void> {
    const first = this.firstRead;
    this.firstRead = undefined;
    const reads = await (first ?? readWorkspaceGazetteers());
    const files = new Map<string, vscode.Uri>();
    const gazetteers = new Map<string, WorkspaceGazetteer>();
    const parsed = new Map<string, WorkspaceGazetteer | undefined>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const read = reads.get(folder.uri.toString());
      if (!read) continue;
      const key = read.file.toString();
      files.set(folder.uri.toString(), read.file);
      if (!parsed.has(key)) parsed.set(key, this.parseOne(read));
      const gazetteer = parsed.get(key);
      if (gazetteer) gazetteers.set(folder.uri.toString(), gazetteer);
      if (!vscode.workspace.getWorkspaceFolder(read.file)) this.watchOutside(read.file);
    }
    this.files = files;
    this.recognizers.setWorkspaceGazetteers(gazetteers);
  }

  /** The file's valid entries, its problems shown in Problems; undefined when it does not exist or cannot be read. */
  private parseOne({ file, text, error }: GazetteerRead): WorkspaceGazetteer | undefined {
    if (error !== undefined) logError(`reading ${file.toString()}`, error);
    if (text === undefined) {
      this.diagnostics.delete(file);
      return undefined;
    }
    const parsed = parseWorkspaceGazetteer(text);
    this.diagnostics.set(file, parsed.problems.map((problem) =>
      problemDiagnostic(text, problem, (message) => vscode.l10n.t('{0} This entry is skipped; the rest of the gazetteer still applies.', message))));
    const { entries, ignore } = parsed.gazetteer;
    return entries.length > 0 || ignore.length > 0 ? parsed.gazetteer : undefined;
  }

  private watchOutside(file: vscode.Uri): void {
    const key = file.toString();
    if (this.outsideWatchers.has(key)) return;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(Utils.dirname(Utils.dirname(file)), GAZETTEER_PATH));
    this.followChanges(watcher);
    this.outsideWatchers.set(key, watcher);
  }
}
