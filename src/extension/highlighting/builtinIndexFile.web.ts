import * as vscode from 'vscode';

/** Written beside the recognizer's bundle at build time (scripts/gazetteer/prebuiltIndex.mjs). */
export const BUILTIN_INDEX_FILE = ['dist', 'builtinIndex.json'];

/** The web build's readBuiltinIndex (see builtinIndexFile.ts): no disk, so VS Code's file service. */
export function readBuiltinIndex(extensionUri: vscode.Uri): Thenable<Uint8Array> {
  return vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...BUILTIN_INDEX_FILE));
}
