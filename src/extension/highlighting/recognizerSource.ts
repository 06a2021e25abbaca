import * as vscode from 'vscode';
import type { Recognizer } from '../../core/entities/entity';
import type { WorkspaceGazetteer } from '../../core/entities/gazetteer/types';

type RecognizerModule = typeof import('../../core/entities/recognizer.js');

/**
 * The recognizer for the current workspace gazetteer. Its module, with the built-in gazetteer's data, is
 * loaded and indexed when first needed rather than when the extension activates: that is most of the
 * bundle and tens of milliseconds of work.
 */
export class RecognizerSource implements vscode.Disposable {
  private module: Promise<RecognizerModule> | undefined;
  private recognizer: Recognizer | undefined;
  private workspace: WorkspaceGazetteer | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fired when the gazetteer changed, so everything recognised so far is out of date. */
  readonly onDidChange = this.changed.event;

  async current(): Promise<Recognizer> {
    const { createRecognizer } = await (this.module ??= import('../../core/entities/recognizer.js'));
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
}
