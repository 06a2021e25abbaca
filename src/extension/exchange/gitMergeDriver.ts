import { execFile } from 'node:child_process';
import * as vscode from 'vscode';
import { inform, reportError } from '../notices';
import { readTextIfExists, writeText } from './exchangeFiles';
import { background, log } from '../log';

/** This build runs in Node, where git can be run (gitMergeDriver.web.ts says otherwise). */
export const CAN_RUN_GIT = true;

/** The line README tells teams to put in .gitattributes. */
export const GITATTRIBUTES_LINE = '*.claims.json merge=claimlens';

function git(cwd: string, ...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'utf8' }, (error, stdout, stderr) => (error ? reject(new Error(stderr.trim() || error.message)) : resolve(stdout)));
  });
}

/** The folder given (the Explorer's context menu passes one), the active article's, or one the analyst picks. */
async function pickFolder(given?: vscode.Uri): Promise<vscode.WorkspaceFolder | undefined> {
  const chosen = given && vscode.workspace.getWorkspaceFolder(given);
  if (chosen) return chosen;
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Repository to set up') });
}

/**
 * Claim Lens: Set Up Git Merge Driver: the `.gitattributes` line at the repository's top and the driver in
 * its git config, running this extension's bundled CLI with the node VS Code runs on. Desktop only.
 */
export async function setUpGitMergeDriver(extensionUri: vscode.Uri, given?: vscode.Uri): Promise<void> {
  const folder = await pickFolder(given);
  if (!folder || folder.uri.scheme !== 'file') {
    background('reporting an error', reportError(vscode.l10n.t('Open a folder on this computer that is a git repository first.')));
    return;
  }
  let top: vscode.Uri;
  try {
    top = vscode.Uri.file((await git(folder.uri.fsPath, 'rev-parse', '--show-toplevel')).trim());
  } catch (error) {
    log().error(vscode.l10n.t('git rev-parse in {0}: {1}', folder.uri.fsPath, (error as Error).message));
    background('reporting an error', reportError(vscode.l10n.t('{0} is not in a git repository (or git is not installed).', folder.name)));
    return;
  }
  const attributes = vscode.Uri.joinPath(top, '.gitattributes');
  const existing = (await readTextIfExists(attributes)) ?? '';
  if (!existing.split(/\r?\n/).some((line) => line.trim() === GITATTRIBUTES_LINE)) {
    await writeText(attributes, `${existing}${existing === '' || existing.endsWith('\n') ? '' : '\n'}${GITATTRIBUTES_LINE}\n`);
  }
  const cli = vscode.Uri.joinPath(extensionUri, 'dist', 'cli.js').fsPath;
  const driver = `"${process.execPath}" "${cli}" merge-driver %O %A %B`;
  try {
    await git(top.fsPath, 'config', 'merge.claimlens.name', 'Claim Lens sidecar merge');
    // VS Code's own executable runs the CLI as node; ELECTRON_RUN_AS_NODE is what makes it do so.
    await git(top.fsPath, 'config', 'merge.claimlens.driver', process.versions.electron ? `ELECTRON_RUN_AS_NODE=1 ${driver}` : driver);
  } catch (error) {
    log().error(vscode.l10n.t('git config in {0}: {1}', top.fsPath, (error as Error).message));
    background('reporting an error', reportError(vscode.l10n.t('Could not set the merge driver in the git config: {0}', (error as Error).message)));
    return;
  }
  log().info(vscode.l10n.t('Merge driver set up in {0}: {1}', top.fsPath, driver));
  inform(vscode.l10n.t('Git now merges claims by id in {0}. Commit .gitattributes so your colleagues get it too; each of them runs this command once.', vscode.workspace.asRelativePath(top)));
}
