import * as vscode from 'vscode';
import { inform } from '../notices';

/** The web extension host has no processes to run git in. */
export const CAN_RUN_GIT = false;

/**
 * The web build's twin of gitMergeDriver.ts: a browser has no git to configure (the command is hidden
 * there by its `when` clause; this answers a keybinding or a direct call).
 */
export async function setUpGitMergeDriver(_extensionUri: vscode.Uri): Promise<void> {
  inform(vscode.l10n.t('Claim Lens: the git merge driver is set up from desktop VS Code, where git runs; see the README.'));
}
