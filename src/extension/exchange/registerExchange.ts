import * as vscode from 'vscode';
import { background } from '../log';
import { exportClaims, type ExportOptions } from './exportClaims';
import { CAN_RUN_GIT, setUpGitMergeDriver } from './gitMergeDriver';
import { importClaims, type ImportOptions } from './importClaims';

/** Shows "Set Up Git Merge Driver" in the palette: `isWeb` is true in code-server's Node host too, which runs git. */
const CAN_RUN_GIT_CONTEXT = 'claimLens.canRunGit';

/** Export, import and the git merge driver set-up, as palette commands. */
export function registerExchange(context: vscode.ExtensionContext): vscode.Disposable[] {
  background('setting the git context key', vscode.commands.executeCommand('setContext', CAN_RUN_GIT_CONTEXT, CAN_RUN_GIT));
  return [
    vscode.commands.registerCommand('claimLens.exportClaims', (options?: ExportOptions) => exportClaims(options)),
    vscode.commands.registerCommand('claimLens.importClaims', (options?: ImportOptions) => importClaims(options)),
    vscode.commands.registerCommand('claimLens.setUpGitMergeDriver', (folder?: vscode.Uri) => setUpGitMergeDriver(context.extensionUri, folder)),
  ];
}
