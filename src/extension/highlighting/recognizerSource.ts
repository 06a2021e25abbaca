import * as vscode from 'vscode';
import type { Recognizer } from '../../core/entities/entity';
import { createRecognizer, type WorkspaceGazetteer } from '../../core/entities';

/**
 * The recognizer for the current workspace gazetteer. It is built when first needed, not at activation:
 * indexing the built-in gazetteer takes a while.
 */
export class RecognizerSource implements vscode.Disposable {
  private recognizer: Recognizer | undefined;
  private workspace: WorkspaceGazetteer | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fired when the gazetteer changed, so everything recognised so far is out of date. */
  readonly onDidChange = this.changed.event;

  current(): Recognizer {
    this.recognizer ??= createRecognizer(this.workspace ? { workspace: this.workspace } : {});
    return this.recognizer;
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
