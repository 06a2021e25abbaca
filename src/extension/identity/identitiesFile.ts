import * as vscode from 'vscode';
import { parseIdentities, serializeIdentities } from '../../core/identity/parse';
import { EMPTY_IDENTITIES, IDENTITIES_PATH, type Identities } from '../../core/identity/schema';
import { problemDiagnostic } from '../problemDiagnostic';
import { writeTextFileAtomically } from '../claims/sidecarFiles';
import { readTextFile } from '../readTextFile';
import { logError } from '../log';

/**
 * The workspace's `.claimlens/identities.json` (one per workspace folder, merged): which names are one
 * claimant, the sides and their members, merges the analyst rejected. Read at start, followed on disk and
 * applied at once; bad entries get a Problems entry, the good ones still count.
 */
export class IdentitiesFile implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('claimLens.identities');
  private readonly watcher = vscode.workspace.createFileSystemWatcher(`**/${IDENTITIES_PATH}`);
  private readonly changed = new vscode.EventEmitter<Identities>();
  /** Fired with the new identities whenever the file changes, on disk or through `edit`. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  private loading: Promise<void> = Promise.resolve();
  private current: Identities = EMPTY_IDENTITIES;

  constructor() {
    const reload = () => void this.reload();
    this.subscriptions = [
      this.diagnostics,
      this.watcher,
      this.changed,
      this.watcher.onDidCreate(reload),
      this.watcher.onDidChange(reload),
      this.watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(reload),
    ];
  }

  get identities(): Identities {
    return this.current;
  }

  /** Rereads every folder's file; resolves once the new identities are in use. */
  reload(): Promise<void> {
    this.loading = this.loading.then(() => this.readAll());
    return this.loading;
  }

  /** The file of the first workspace folder: where changes go. */
  primaryFile(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder && vscode.Uri.joinPath(folder.uri, IDENTITIES_PATH);
  }

  /** Applies a pure change to the primary file's identities, writes it and applies it at once. */
  async edit(change: (identities: Identities) => Identities): Promise<void> {
    const file = this.primaryFile();
    if (!file) throw new Error(vscode.l10n.t('Open a folder first: identities live in the workspace as {0}.', IDENTITIES_PATH));
    await this.loading;
    const before = (await readTextFile(file)) ?? '';
    const after = serializeIdentities(change(parseIdentities(before).identities));
    if (after !== before) await writeTextFileAtomically(file, after);
    await this.reload();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private async readAll(): Promise<void> {
    const merged: Identities = { claimants: [], sides: [], distinct: [] };
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const file = vscode.Uri.joinPath(folder.uri, IDENTITIES_PATH);
      const text = await readTextFile(file).catch((error: unknown) => {
        logError(`reading ${file.toString()}`, error);
        return undefined;
      });
      if (text === undefined) {
        this.diagnostics.delete(file);
        continue;
      }
      const { identities, problems } = parseIdentities(text);
      merged.claimants.push(...identities.claimants);
      merged.sides.push(...identities.sides);
      merged.distinct.push(...identities.distinct);
      this.diagnostics.set(file, problems.map((problem) =>
        problemDiagnostic(text, problem, (message) => vscode.l10n.t('{0} This entry is skipped; the rest of the file still applies.', message))));
    }
    if (JSON.stringify(merged) === JSON.stringify(this.current)) return;
    this.current = merged;
    this.changed.fire(merged);
  }
}
