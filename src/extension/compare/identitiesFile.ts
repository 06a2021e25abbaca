import * as vscode from 'vscode';
import { partiesFromIdentities } from '../../core/topics/identities';
import { storedParties, type PartyResolver } from '../../core/topics/parties';
import { readTextFile } from '../claims/sidecarFiles';

const IDENTITIES_PATH = '.claimlens/identities.json';

/**
 * Claimant identities and sides from `.claimlens/identities.json`, read as the CLI reads them, so the view
 * and `claimlens compare` group alike. The identities feature owns the file; its resolver replaces this one.
 */
export class IdentitiesFile implements vscode.Disposable {
  private parties: Promise<PartyResolver> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly watcher = vscode.workspace.createFileSystemWatcher(`**/${IDENTITIES_PATH}`);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly log: (message: string) => void) {
    const reload = () => {
      this.parties = undefined;
      this.changed.fire();
    };
    this.subscriptions = [this.watcher, this.watcher.onDidChange(reload), this.watcher.onDidCreate(reload), this.watcher.onDidDelete(reload), this.changed];
  }

  resolver(): Promise<PartyResolver> {
    this.parties ??= this.read();
    return this.parties;
  }

  private async read(): Promise<PartyResolver> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return storedParties;
    try {
      const text = await readTextFile(vscode.Uri.joinPath(folder.uri, IDENTITIES_PATH));
      return text === undefined ? storedParties : partiesFromIdentities(JSON.parse(text));
    } catch (error) {
      this.log(`cannot read ${IDENTITIES_PATH}, claimants compared as stored: ${error instanceof Error ? error.message : String(error)}`);
      return storedParties;
    }
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
