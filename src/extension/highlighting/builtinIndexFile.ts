import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';

/** Written beside the recognizer's bundle at build time (scripts/gazetteer/prebuiltIndex.mjs). */
export const BUILTIN_INDEX_FILE = ['dist', 'builtinIndex.json'];

/**
 * The built-in gazetteer's index, read from the extension's own folder. Its reading is on the way to the
 * first highlight, and workspace.fs takes that file through VS Code's file service: 174 ms for its
 * first read in code-server, against 3–35 ms from disk. Files of the analyst's workspace still go through
 * workspace.fs; the web build reads this one through it too (builtinIndexFile.web.ts).
 */
export function readBuiltinIndex(extensionUri: vscode.Uri): Thenable<Uint8Array> {
  return readFile(vscode.Uri.joinPath(extensionUri, ...BUILTIN_INDEX_FILE).fsPath);
}
