import * as vscode from 'vscode';
import { background } from './log';

let last: string | undefined;

/** The last message shown to the user, for integration tests: notifications cannot be read back. */
export function lastNotice(): string | undefined {
  return last;
}

export function inform(message: string): void {
  last = message;
  background('showing a message', vscode.window.showInformationMessage(message));
}

export async function informWithAction(message: string, action: string): Promise<boolean> {
  last = message;
  return (await vscode.window.showInformationMessage(message, action)) === action;
}

export async function warn(message: string, ...actions: string[]): Promise<string | undefined> {
  last = message;
  return vscode.window.showWarningMessage(message, ...actions);
}

export async function reportError(message: string, ...actions: string[]): Promise<string | undefined> {
  last = message;
  return vscode.window.showErrorMessage(message, ...actions);
}
