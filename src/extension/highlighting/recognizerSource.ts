import * as vscode from 'vscode';
import type { Recognizer } from '../../core/entities/entity';
import type { WorkspaceGazetteer } from '../../core/entities/gazetteer/types';
import { logError } from '../log';

type RecognizerModule = typeof import('../../core/entities/recognizer.js');

/** Documents outside every workspace folder (untitled ones, say) use the first folder's gazetteer. */
const NO_FOLDER = '';

/**
 * One recognizer per workspace folder, each with that folder's gazetteer. The module and the built-in
 * gazetteer's index are loaded when first needed rather than when the extension activates: that is most
 * of the code and data. The index comes as JSON, read while the module loads, which parses far faster
 * than the same data compiled as JavaScript.
 */
export class RecognizerSource implements vscode.Disposable {
  private module: Promise<RecognizerModule> | undefined;
  private readonly gazetteers = new Map<string, WorkspaceGazetteer>();
  private readonly recognizers = new Map<string, Recognizer>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fired when a gazetteer changed, so everything recognised so far may be out of date. */
  readonly onDidChange = this.changed.event;

  /** `builtinIndex`: the bytes of the built-in gazetteer's index, whose reading has begun (see builtinIndexFile.ts). */
  constructor(private readonly builtinIndex: Thenable<Uint8Array>) {}

  /** The recognizer for the workspace folder of `resource`. */
  async current(resource?: vscode.Uri): Promise<Recognizer> {
    const { createRecognizer } = await (this.module ??= this.load());
    const key = folderKeyOf(resource);
    let recognizer = this.recognizers.get(key);
    if (!recognizer) {
      const workspace = this.gazetteers.get(key);
      recognizer = createRecognizer(workspace ? { workspace } : {});
      this.recognizers.set(key, recognizer);
    }
    return recognizer;
  }

  /**
   * Loads the module and indexes the built-in gazetteer now, e.g. while the workspace gazetteer is read
   * from disk. A failure surfaces where the recognizer is used: that awaits the same import.
   */
  preload(): void {
    this.current().then(undefined, (error: unknown) => logError('loading the recognizer', error));
  }

  /** Replaces every folder's gazetteer, keyed by the folder's URI; fires only when one changed. */
  setWorkspaceGazetteers(byFolder: ReadonlyMap<string, WorkspaceGazetteer>): void {
    const serialize = (map: ReadonlyMap<string, WorkspaceGazetteer>) => JSON.stringify([...map].sort(([a], [b]) => a.localeCompare(b)));
    if (serialize(byFolder) === serialize(this.gazetteers)) return;
    this.gazetteers.clear();
    for (const [folder, gazetteer] of byFolder) this.gazetteers.set(folder, gazetteer);
    this.recognizers.clear();
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }

  private async load(): Promise<RecognizerModule> {
    const module = await import('../../core/entities/recognizer.js');
    module.provideSerializedBuiltinIndex(JSON.parse(new TextDecoder().decode(await this.builtinIndex)));
    return module;
  }
}

function folderKeyOf(resource: vscode.Uri | undefined): string {
  const folder = (resource && vscode.workspace.getWorkspaceFolder(resource)) ?? vscode.workspace.workspaceFolders?.[0];
  return folder?.uri.toString() ?? NO_FOLDER;
}
