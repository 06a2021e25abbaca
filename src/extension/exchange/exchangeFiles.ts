import * as vscode from 'vscode';
import { background, log, logError } from '../log';
import { warn } from '../notices';

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/** A warning whose button opens the log; the caller does not wait for the analyst to answer it. */
export function warnWithLog(message: string): void {
  const show = vscode.l10n.t('Show Log');
  background('showing a warning', warn(message, show).then((choice) => {
    if (choice === show) log().show();
  }));
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

/** The file's text, or undefined when it does not exist. Other failures throw. */
export async function readTextIfExists(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return await readText(uri);
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
}

/**
 * Creates the file with `text` only if there is none: written beside it under a temporary name, then
 * renamed without overwriting, so an existing file is never replaced, nor a half-written one left. False
 * when the file existed.
 */
export async function createTextFile(uri: vscode.Uri, text: string): Promise<boolean> {
  const temporary = uri.with({ path: `${uri.path}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp` });
  await writeText(temporary, text);
  try {
    await vscode.workspace.fs.rename(temporary, uri, { overwrite: false });
    return true;
  } catch (error) {
    await vscode.workspace.fs.delete(temporary).then(undefined, (cleanup: unknown) => logError(`removing ${temporary.toString()}`, cleanup));
    if (error instanceof vscode.FileSystemError && error.code === 'FileExists') return false;
    throw error;
  }
}

export const parentOf = (uri: vscode.Uri): vscode.Uri => vscode.Uri.joinPath(uri, '..');
