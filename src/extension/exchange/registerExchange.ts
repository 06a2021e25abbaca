import * as vscode from 'vscode';
import { exportClaims, type ExportOptions } from './exportClaims';
import { setUpGitMergeDriver } from './gitMergeDriver';
import { importClaims, type ImportOptions } from './importClaims';

/** Export, import and the git merge driver set-up, as palette commands. */
export function registerExchange(context: vscode.ExtensionContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('claimLens.exportClaims', (options?: ExportOptions) => exportClaims(options)),
    vscode.commands.registerCommand('claimLens.importClaims', (options?: ImportOptions) => importClaims(options)),
    vscode.commands.registerCommand('claimLens.setUpGitMergeDriver', (folder?: vscode.Uri) => setUpGitMergeDriver(context.extensionUri, folder)),
  ];
}
