import * as vscode from 'vscode';
import { background } from './log';

/** The walkthrough's id as `workbench.action.openWalkthrough` takes it: `publisher.name#id`. */
export const WALKTHROUGH_ID = 'claimlens.claim-lens#gettingStarted';
const SHOWN_KEY = 'claimLens.walkthroughShown';

/**
 * Opens the walkthrough the first time Claim Lens runs for this user. VS Code itself opens a walkthrough
 * only when an extension is installed from the marketplace, not for one loaded from a folder as
 * `npm start` does. Never during tests, whose editors it would cover.
 */
export function showWalkthroughOnFirstStart(context: vscode.ExtensionContext): void {
  if (context.extensionMode === vscode.ExtensionMode.Test || context.globalState.get<boolean>(SHOWN_KEY)) return;
  background('remembering the walkthrough was shown', context.globalState.update(SHOWN_KEY, true));
  void vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false);
}
