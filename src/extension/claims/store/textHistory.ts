import * as vscode from 'vscode';
import { sha256Hex } from '../../../core/text/hash';
import { logError } from '../../log';
import { readTextFile } from '../../readTextFile';

const KEPT_IN_MEMORY = 32;
/** Texts no loaded sidecar refers to are deleted after this long. */
const UNUSED_TEXT_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * The article texts sidecars were written against, keyed by their SHA-256 (the sidecar's
 * `document.sha256`), so that when an article changes behind Claim Lens' back its claims can be moved
 * through the exact change instead of being searched for. Kept in the extension's storage as
 * texts/<sha256>.txt, the few most recent also in memory.
 */
export class TextHistory {
  private readonly recent = new Map<string, string>();

  constructor(private readonly folder: vscode.Uri | undefined) {}

  /** Keeps `text` and returns its SHA-256. */
  async remember(text: string, sha256?: string): Promise<string> {
    const key = sha256 ?? (await sha256Hex(text));
    this.keepInMemory(key, text);
    const file = this.fileOf(key);
    if (file && !(await exists(file))) {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(file, '..'));
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    }
    return key;
  }

  async recall(sha256: string): Promise<string | undefined> {
    const known = this.recent.get(sha256);
    if (known !== undefined) return known;
    const file = this.fileOf(sha256);
    const text = file ? await readTextFile(file) : undefined;
    // A file cut short by a crash is not the text: only an intact one is used.
    if (text === undefined || (await sha256Hex(text)) !== sha256) return undefined;
    this.keepInMemory(sha256, text);
    return text;
  }

  /** Deletes texts that no sidecar in `inUse` refers to and that were not written recently. */
  async prune(inUse: ReadonlySet<string>, now = Date.now()): Promise<void> {
    if (!this.folder) return;
    const folder = vscode.Uri.joinPath(this.folder, 'texts');
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(folder);
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return;
      throw error;
    }
    for (const [name] of entries) {
      const key = name.replace(/\.txt$/, '');
      if (inUse.has(key)) continue;
      const file = vscode.Uri.joinPath(folder, name);
      const { mtime } = await vscode.workspace.fs.stat(file);
      if (now - mtime > UNUSED_TEXT_LIFETIME_MS) {
        await vscode.workspace.fs.delete(file).then(undefined, (error: unknown) => logError(`pruning ${name}`, error));
      }
    }
  }

  private keepInMemory(key: string, text: string): void {
    this.recent.delete(key);
    this.recent.set(key, text);
    if (this.recent.size > KEPT_IN_MEMORY) this.recent.delete(this.recent.keys().next().value as string);
  }

  private fileOf(sha256: string): vscode.Uri | undefined {
    return this.folder && /^[0-9a-f]{64}$/.test(sha256) ? vscode.Uri.joinPath(this.folder, 'texts', `${sha256}.txt`) : undefined;
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return false;
    throw error;
  }
}
