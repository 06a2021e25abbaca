import * as vscode from 'vscode';
import { DEFAULT_CATEGORIES } from '../core/claims/defaultCategories';
import { ENTITY_KINDS, type EntityKind } from '../core/entities/entity';

const SECTION = 'claimLens';

/**
 * The extension's settings, read fresh each time so a change applies without a reload. Most are
 * resource-scoped: pass the document (or its URI) so that its workspace folder's settings and its
 * language's overrides apply.
 */
export class Settings {
  private config(scope?: vscode.ConfigurationScope): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration(SECTION, scope);
  }

  highlightEnabled(scope?: vscode.ConfigurationScope): boolean {
    return this.config(scope).get<boolean>('highlight.enabled', true);
  }

  kindEnabled(kind: EntityKind, scope?: vscode.ConfigurationScope): boolean {
    return this.config(scope).get<boolean>(`highlight.${kind}s`, true);
  }

  /** The kinds to draw, read once per redraw rather than once per entity. */
  enabledKinds(scope?: vscode.ConfigurationScope): ReadonlySet<EntityKind> {
    const config = this.config(scope);
    return new Set(ENTITY_KINDS.filter((kind) => config.get<boolean>(`highlight.${kind}s`, true)));
  }

  languages(scope?: vscode.ConfigurationScope): string[] {
    return this.config(scope).get<string[]>('languages', ['plaintext', 'markdown']);
  }

  maxSizeMB(scope?: vscode.ConfigurationScope): number {
    return this.config(scope).get<number>('maxFileSizeMB', 16);
  }

  highlightDelay(scope?: vscode.ConfigurationScope): number {
    return this.config(scope).get<number>('highlight.delay', 200);
  }

  /** The categories offered when tagging; the workspace's when no scope is given. */
  categoriesFor(scope?: vscode.ConfigurationScope): string[] {
    const categories = this.config(scope).get<string[]>('claims.categories', []).filter((category) => category.trim() !== '');
    return categories.length > 0 ? categories : [...DEFAULT_CATEGORIES];
  }

  get claimCategories(): string[] {
    return this.categoriesFor();
  }

  /** The name recorded on new claims: the setting, else the system user name, where there is one. */
  get author(): string {
    const configured = this.config().get<string>('claims.author', '').trim();
    if (configured) return configured;
    // No node:os, so that this also runs in the web extension host, which has no process and no user name.
    const env = globalThis.process?.env;
    return env?.USER || env?.USERNAME || env?.LOGNAME || 'unknown';
  }

  /**
   * Flips the highlight switch for `scope` where it is set: in the workspace folder or the workspace if
   * it is set there, else for the user.
   */
  async toggleHighlighting(scope?: vscode.ConfigurationScope): Promise<void> {
    const config = this.config(scope);
    const inspected = config.inspect<boolean>('highlight.enabled');
    const target = inspected?.workspaceFolderValue !== undefined
      ? vscode.ConfigurationTarget.WorkspaceFolder
      : inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await config.update('highlight.enabled', !this.highlightEnabled(scope), target);
  }

  static affectsHighlighting(event: vscode.ConfigurationChangeEvent): boolean {
    return event.affectsConfiguration(`${SECTION}.highlight`) || event.affectsConfiguration(`${SECTION}.languages`) ||
      event.affectsConfiguration(`${SECTION}.maxFileSizeMB`);
  }
}
