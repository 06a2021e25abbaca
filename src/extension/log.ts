import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;
const RECENT_ERRORS = 20;
const recent: string[] = [];

/** The Claim Lens log channel, created on first use. */
export function log(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Claim Lens', { log: true });
  return channel;
}

/** For errors caught and not shown to the analyst: they go to the log, never nowhere. */
export function logError(context: string, error: unknown): void {
  const message = `${context}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  recent.push(message);
  if (recent.length > RECENT_ERRORS) recent.shift();
  log().error(message);
}

/** Runs a promise nobody awaits (an event handler's work); its failure is logged. */
export function background(context: string, work: Promise<unknown> | Thenable<unknown>): void {
  Promise.resolve(work).catch((error: unknown) => logError(context, error));
}

/** The last errors logged, oldest first, for integration tests: an output channel cannot be read back. */
export function loggedErrors(): readonly string[] {
  return [...recent];
}

export function disposeLog(): void {
  channel?.dispose();
  channel = undefined;
}
