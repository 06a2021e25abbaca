import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;
let lastLogged: string | undefined;

/** The Claim Lens log channel, created on first use. */
export function log(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Claim Lens', { log: true });
  return channel;
}

/** For errors caught and not shown to the analyst: they go to the log, never nowhere. */
export function logError(context: string, error: unknown): void {
  const message = `${context}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  lastLogged = message;
  log().error(message);
}

/** Runs a promise nobody awaits (an event handler's work); its failure is logged. */
export function background(context: string, work: Promise<unknown> | Thenable<unknown>): void {
  Promise.resolve(work).catch((error: unknown) => logError(context, error));
}

/** The last error logged, for integration tests: an output channel cannot be read back. */
export function lastLoggedError(): string | undefined {
  return lastLogged;
}

export function disposeLog(): void {
  channel?.dispose();
  channel = undefined;
}
