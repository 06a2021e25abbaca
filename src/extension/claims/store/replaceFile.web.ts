import * as vscode from 'vscode';

/** The web build's replaceFile (see replaceFile.ts): the best workspace.fs offers, delete then rename. */
export async function replaceFile(source: vscode.Uri, target: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.rename(source, target, { overwrite: true });
}
