// The extension's entry point, kept small: activate() only stands in for the contributed commands and
// begins reading from disk what the highlighting needs (the built-in gazetteer's index, the workspace's
// gazetteers), then returns. Compiling the rest is most of what starting Claim Lens costs, so it comes
// in two stages, files of their own in the Node build: the highlighting (startHighlighting.ts) on the next
// turn of the event loop, then every other feature (features.ts) once the visible articles show their
// first highlights. A command or the test API starts what it needs at once.
import * as vscode from 'vscode';
import type { ClaimLensApi } from './api';
import { readWorkspaceGazetteers } from './gazetteer/gazetteerFiles';
import { readBuiltinIndex } from './highlighting/builtinIndexFile';

type HighlightingStage = ReturnType<typeof import('./startHighlighting').startHighlighting>;
type FeaturesStage = typeof import('./features');

let features: FeaturesStage | undefined;

export function activate(context: vscode.ExtensionContext): ClaimLensApi | undefined {
  const builtinIndex = readBuiltinIndex(context.extensionUri);
  const gazetteers = readWorkspaceGazetteers();
  let highlighting: HighlightingStage | undefined;
  let featuresApi: Partial<ClaimLensApi> | undefined;
  // require(), not import(): the command stand-ins and the test API need the stages synchronously.
  const startHighlighting = (): HighlightingStage => {
    if (!highlighting) {
      highlighting = (require('./startHighlighting') as typeof import('./startHighlighting')).startHighlighting(context, builtinIndex);
      const started = highlighting;
      void started.firstHighlighted.then(() => setTimeout(() => reportingFailure(startFeatures), 0));
    }
    return highlighting;
  };
  const startFeatures = (): void => {
    if (features) return;
    const { highlighting: made } = startHighlighting();
    standIns.dispose();
    features = require('./features') as FeaturesStage;
    featuresApi = features.activateFeatures(context, made, gazetteers);
  };
  const standIns = standInCommands(context, startFeatures);
  context.subscriptions.push(standIns);
  setTimeout(() => reportingFailure(startHighlighting), 0);

  if (context.extensionMode !== vscode.ExtensionMode.Test) return undefined;
  return new Proxy({} as ClaimLensApi, {
    get: (_target, key) => {
      // Promises look for `then` on the value activate() returns: not a use of the API.
      if (key === 'then') return undefined;
      const first = startHighlighting().api;
      if (key in first) return first[key as keyof typeof first];
      startFeatures();
      return featuresApi?.[key as keyof ClaimLensApi];
    },
  });
}

/** Waits for pending sidecar writes; everything else is disposed through context.subscriptions. */
export async function deactivate(): Promise<void> {
  await features?.deactivateFeatures();
}

/** Runs a stage from a timer, where nobody else would see it fail. */
function reportingFailure(start: () => unknown): void {
  try {
    start();
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Claim Lens could not start: {0}', error instanceof Error ? error.message : String(error)));
  }
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
