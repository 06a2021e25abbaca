// The extension's entry point, kept small: activate() only stands in for the contributed commands and
// begins reading what the first highlight waits for (the built-in gazetteer's index, the workspace's
// gazetteers), then returns. Everything else (features.ts, a file of its own in the Node build) loads on
// the next turn of the event loop, or at once if a command or the test API needs it first. Compiling that
// code is most of what starting Claim Lens costs; this way it never holds up VS Code's activation of the
// extensions that come after ours.
import * as vscode from 'vscode';
import type { ClaimLensApi } from './api';
import { readWorkspaceGazetteers } from './gazetteer/gazetteerFiles';
import { readBuiltinIndex } from './highlighting/builtinIndexFile';

type FeaturesModule = typeof import('./features');

let features: FeaturesModule | undefined;

export function activate(context: vscode.ExtensionContext): ClaimLensApi | undefined {
  const reading = { builtinIndex: readBuiltinIndex(context.extensionUri), gazetteers: readWorkspaceGazetteers() };
  let api: ClaimLensApi | undefined;
  let standIns: vscode.Disposable | undefined;
  const start = (): void => {
    if (features) return;
    standIns?.dispose();
    // A require(), not an import(): the command stand-ins and the test API need the features synchronously.
    features = require('./features') as FeaturesModule;
    api = features.activateFeatures(context, reading);
  };
  standIns = standInCommands(context, start);
  context.subscriptions.push(standIns);
  setTimeout(() => {
    try {
      start();
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Claim Lens could not start: {0}', error instanceof Error ? error.message : String(error)));
    }
  }, 0);

  if (context.extensionMode !== vscode.ExtensionMode.Test) return undefined;
  return new Proxy({} as ClaimLensApi, {
    get: (_target, key) => {
      // Promises look for `then` on the value activate() returns: not a use of the API.
      if (key === 'then') return undefined;
      start();
      return api?.[key as keyof ClaimLensApi];
    },
  });
}

/** Waits for pending sidecar writes; everything else is disposed through context.subscriptions. */
export async function deactivate(): Promise<void> {
  await features?.deactivateFeatures();
}

/**
 * Every contributed command, until the features register their own: running one starts them, then runs
 * the real command with the same arguments (a tree item, say).
 */
function standInCommands(context: vscode.ExtensionContext, start: () => void): vscode.Disposable {
  const contributed: readonly { command: string }[] = context.extension.packageJSON.contributes?.commands ?? [];
  return vscode.Disposable.from(...contributed.map(({ command }) =>
    vscode.commands.registerCommand(command, (...args: unknown[]) => {
      start();
      return vscode.commands.executeCommand(command, ...args);
    })));
}
