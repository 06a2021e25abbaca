import * as vscode from 'vscode';
import { EMPTY_TOPICS, parseTopicsFile, serializeTopicsFile, TOPICS_FILE_PATH, type TopicsFile } from '../../core/topics/topicsFile';
import { warn } from '../notices';
import { writeTextFileAtomically } from '../claims/sidecarFiles';
import { readTextFile } from '../readTextFile';
import { background } from '../log';
import { problemMessage } from '../problemDiagnostic';

/**
 * The workspace's `.claimlens/topics.json`: topic labels, renames and merges, beside the claims so they
 * travel with git. A broken file is reported, used as empty, and never overwritten.
 */
export class TopicsFileStore implements vscode.Disposable {
  private current: TopicsFile = EMPTY_TOPICS;
  private problem: string | undefined;
  private loading: Promise<void> | undefined;
  private lastText: string | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly watcher = vscode.workspace.createFileSystemWatcher(`**/${TOPICS_FILE_PATH}`);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly log: (message: string) => void) {
    const reload = () => void this.reload();
    this.subscriptions = [this.watcher, this.watcher.onDidChange(reload), this.watcher.onDidCreate(reload), this.watcher.onDidDelete(reload), this.changed];
  }

  /** In the first workspace folder, where the gazetteer lives too. */
  get uri(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder && vscode.Uri.joinPath(folder.uri, TOPICS_FILE_PATH);
  }

  async topics(): Promise<TopicsFile> {
    this.loading ??= this.read();
    await this.loading;
    return this.current;
  }

  async update(change: (file: TopicsFile) => TopicsFile): Promise<void> {
    const uri = this.uri;
    if (!uri) return;
    const file = await this.topics();
    if (this.problem !== undefined) {
      background('showing a warning', warn(vscode.l10n.t('Claim Lens did not change {0}: {1}. Fix the file first.', TOPICS_FILE_PATH, this.problem)));
      return;
    }
    const text = serializeTopicsFile(change(file));
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await writeTextFileAtomically(uri, text);
    this.lastText = text;
    this.current = (parseTopicsFile(text) as { ok: true; topics: TopicsFile }).topics;
    this.changed.fire();
  }

  private async reload(): Promise<void> {
    this.loading = this.read();
    await this.loading;
  }

  private async read(): Promise<void> {
    const uri = this.uri;
    let text: string | undefined;
    try {
      text = uri && (await readTextFile(uri));
    } catch (error) {
      this.log(`cannot read ${TOPICS_FILE_PATH}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (text !== undefined && text === this.lastText) return;
    this.lastText = text;
    if (text === undefined) {
      this.current = EMPTY_TOPICS;
      this.problem = undefined;
    } else {
      const parsed = parseTopicsFile(text);
      this.problem = parsed.ok ? undefined : problemMessage(parsed);
      this.current = parsed.ok ? parsed.topics : EMPTY_TOPICS;
      if (!parsed.ok) background('showing a warning', warn(vscode.l10n.t('Claim Lens cannot use {0}: {1}. Topics are automatic until it is fixed.', TOPICS_FILE_PATH, problemMessage(parsed))));
    }
    this.changed.fire();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
