import * as vscode from 'vscode';

const decoder = new TextDecoder('utf-8');

/** The file's text, or undefined when it does not exist. Other failures throw. */
export async function readTextFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}
