import * as vscode from 'vscode';
import type { Recognizer } from '../../core/entities/entity';
import type { WorkspaceGazetteer } from '../../core/entities/gazetteer/types';

type RecognizerModule = typeof import('../../core/entities/recognizer.js');

/** Written beside the recognizer's bundle at build time (scripts/gazetteer/prebuiltIndex.mjs). */
const BUILTIN_INDEX_FILE = ['dist', 'builtinIndex.json'];

/**
 * The recognizer for the current workspace gazetteer. Its module and the built-in gazetteer's index are
 * loaded when first needed rather than when the extension activates: that is most of the code and data.
 * The index comes as JSON, read while the module loads, which parses far faster than the same data
 * compiled as JavaScript.
 */
export class RecognizerSource implements vscode.Disposable {
  private module: Promise<RecognizerModule> | undefined;
  private recognizer: Recognizer | undefined;
  private workspace: WorkspaceGazetteer | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fired when the gazetteer changed, so everything recognised so far is out of date. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly extensionUri: vscode.Uri) {}

  async current(): Promise<Recognizer> {
    const { createRecognizer } = await (this.module ??= this.load());
    const recognizer = this.recognizer ?? createRecognizer(this.workspace ? { workspace: this.workspace } : {});
    this.recognizer = recognizer;
    return recognizer;
  }

  /**
   * Loads the module and indexes the built-in gazetteer now, e.g. while the workspace gazetteer is read
   * from disk. A failure surfaces where the recognizer is used: that awaits the same import.
   */
  preload(): void {
    this.current().then(undefined, () => undefined);
  }

  get workspaceGazetteer(): WorkspaceGazetteer | undefined {
    return this.workspace;
  }

  setWorkspaceGazetteer(gazetteer: WorkspaceGazetteer | undefined): void {
    this.workspace = gazetteer;
    this.recognizer = undefined;
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }

  private async load(): Promise<RecognizerModule> {
    const index = vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, ...BUILTIN_INDEX_FILE));
    const module = await import('../../core/entities/recognizer.js');
    module.provideSerializedBuiltinIndex(JSON.parse(new TextDecoder().decode(await index)));
    return module;
  }
}
