import * as os from 'node:os';
import * as vscode from 'vscode';
import { DEFAULT_CATEGORIES } from '../core/claims/model';
import { ENTITY_KINDS, type EntityKind } from '../core/entities/entity';
import { logError } from './log';

const SECTION = 'claimLens';

/** The extension's settings, read fresh each time so a change applies without a reload. */
export class Settings {
  private get config(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration(SECTION);
  }

  get highlightEnabled(): boolean {
    return this.config.get<boolean>('highlight.enabled', true);
  }

  kindEnabled(kind: EntityKind): boolean {
    return this.config.get<boolean>(`highlight.${kind}s`, true);
  }

  /** The kinds to draw, read once per redraw rather than once per entity. */
  enabledKinds(): ReadonlySet<EntityKind> {
    return new Set(ENTITY_KINDS.filter((kind) => this.kindEnabled(kind)));
  }

  get languages(): string[] {
    return this.config.get<string[]>('languages', ['plaintext', 'markdown']);
  }

  /** Articles are documents of these languages, whether or not they are highlighted. */
  isArticleLanguage(languageId: string): boolean {
    return this.languages.includes(languageId);
  }

  get maxSizeMB(): number {
    return this.config.get<number>('maxFileSizeMB', 16);
  }

  get highlightDelay(): number {
    return this.config.get<number>('highlight.delay', 200);
  }

  get claimCategories(): string[] {
    const categories = this.config.get<string[]>('claims.categories', []).filter((category) => category.trim() !== '');
    return categories.length > 0 ? categories : [...DEFAULT_CATEGORIES];
  }

  /** The name recorded on new claims: the setting, else the system user name. */
  get author(): string {
    const configured = this.config.get<string>('claims.author', '').trim();
    if (configured) return configured;
    try {
      return os.userInfo().username;
    } catch (error) {
      logError('reading the system user name', error);
      return 'unknown';
    }
  }

  /** Flips the highlight switch where it is set: in the workspace if it is set there, else for the user. */
  async toggleHighlighting(): Promise<void> {
    const inspected = this.config.inspect<boolean>('highlight.enabled');
    const target =
      inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await this.config.update('highlight.enabled', !this.highlightEnabled, target);
  }

  static affectsHighlighting(event: vscode.ConfigurationChangeEvent): boolean {
    return event.affectsConfiguration(`${SECTION}.highlight`) || event.affectsConfiguration(`${SECTION}.languages`) ||
      event.affectsConfiguration(`${SECTION}.maxFileSizeMB`);
  }
}
