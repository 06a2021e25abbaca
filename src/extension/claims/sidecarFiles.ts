import { rename } from 'node:fs/promises';
import * as vscode from 'vscode';
import { sidecarPathFor } from '../../core/claims/sidecar';

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

export function sidecarUriFor(article: vscode.Uri): vscode.Uri {
  return article.with({ path: sidecarPathFor(article.path) });
}

/** The file's text, or undefined when it does not exist. Other failures throw. */
export async function readTextFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}

/**
 * Writes through a temporary file beside the target and a rename, so a crash or a full disk leaves
 * either the old sidecar or the new one, never half of one.
 */
export async function writeTextFileAtomically(uri: vscode.Uri, text: string): Promise<void> {
  const temporary = uri.with({ path: `${uri.path}.${process.pid}-${Date.now().toString(36)}.tmp` });
  try {
    await vscode.workspace.fs.writeFile(temporary, encoder.encode(text));
    await replace(temporary, uri);
  } catch (error) {
    await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    throw error;
  }
}

/**
 * workspace.fs.rename with overwrite deletes the target before renaming, which leaves a moment with no
 * sidecar at all. On local files, POSIX rename replaces the target in one step; other file systems get
 * the best workspace.fs offers.
 */
async function replace(source: vscode.Uri, target: vscode.Uri): Promise<void> {
  if (source.scheme === 'file' && target.scheme === 'file') await rename(source.fsPath, target.fsPath);
  else await vscode.workspace.fs.rename(source, target, { overwrite: true });
}
