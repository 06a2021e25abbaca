import * as vscode from 'vscode';
import type { GazetteerEntry, WorkspaceGazetteer } from '../../core/entities/gazetteer/types';
import { parseWorkspaceGazetteer } from '../../core/entities/gazetteer/workspace';
import { lineColumnAt } from '../../core/text/lineColumns';
import { readTextFile, writeTextFileAtomically } from '../claims/sidecarFiles';
import type { RecognizerSource } from '../highlighting/recognizerSource';
import { background, logError } from '../log';

export const GAZETTEER_PATH = '.claimlens/gazetteer.json';

/**
 * The workspace gazetteer of every workspace folder: read at start, followed on disk, merged into one
 * list for the recognizer. Bad entries get a Problems entry where they are; the good ones still count.
 */
export class WorkspaceGazetteerFile implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('claimLens.gazetteer');
  private readonly watcher = vscode.workspace.createFileSystemWatcher(`**/${GAZETTEER_PATH}`);
  private readonly subscriptions: vscode.Disposable[];
  private loading: Promise<void> = Promise.resolve();

  constructor(private readonly recognizers: RecognizerSource) {
    const reload = () => background('reloading the workspace gazetteer', this.reload());
    this.subscriptions = [
      this.diagnostics,
      this.watcher,
      this.watcher.onDidCreate(reload),
      this.watcher.onDidChange(reload),
      this.watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(reload),
    ];
  }

  /** Rereads every folder's gazetteer; resolves once the recognizer uses what it found. */
  reload(): Promise<void> {
    this.loading = this.loading.then(() => this.readAll());
    return this.loading;
  }

  /** The file of the first workspace folder: where new entries go. */
  primaryFile(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder && vscode.Uri.joinPath(folder.uri, GAZETTEER_PATH);
  }

  /** Applies a pure edit of the file's text, writes it and reloads at once, without waiting for the watcher. */
  async edit(change: (text: string) => string): Promise<void> {
    const file = this.primaryFile();
    if (!file) throw new Error('Open a folder first: the gazetteer lives in the workspace as .claimlens/gazetteer.json.');
    const before = (await readTextFile(file)) ?? '';
    const after = change(before);
    if (after !== before) await writeTextFileAtomically(file, after);
    await this.reload();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private async readAll(): Promise<void> {
    const entries: GazetteerEntry[] = [];
    const ignore: string[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const file = vscode.Uri.joinPath(folder.uri, GAZETTEER_PATH);
      const text = await readTextFile(file).catch((error: unknown) => {
        logError(`reading ${file.toString()}`, error);
        return undefined;
      });
      if (text === undefined) {
        this.diagnostics.delete(file);
        continue;
      }
      const parsed = parseWorkspaceGazetteer(text);
      entries.push(...parsed.gazetteer.entries);
      ignore.push(...parsed.gazetteer.ignore);
      this.diagnostics.set(file, parsed.problems.map((problem) => {
        const start = lineColumnAt(text, problem.start);
        const end = lineColumnAt(text, problem.end);
        const diagnostic = new vscode.Diagnostic(
          new vscode.Range(start.line, start.character, end.line, end.character),
          `${problem.message} This entry is skipped; the rest of the gazetteer still applies.`,
          vscode.DiagnosticSeverity.Error,
        );
        diagnostic.source = 'Claim Lens';
        return diagnostic;
      }));
    }
    const gazetteer: WorkspaceGazetteer | undefined = entries.length > 0 || ignore.length > 0 ? { entries, ignore } : undefined;
    if (!sameGazetteer(gazetteer, this.recognizers.workspaceGazetteer)) this.recognizers.setWorkspaceGazetteer(gazetteer);
  }
}

function sameGazetteer(a: WorkspaceGazetteer | undefined, b: WorkspaceGazetteer | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
