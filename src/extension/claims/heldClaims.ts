import type * as vscode from 'vscode';
import { claimSchema, type Claim } from '../../core/claims/model';

const KEY = 'claimLens.heldClaims';

/**
 * Claims made on text that exists only in an editor's unsaved buffer cannot go into the sidecar, which
 * always matches the article on disk. They wait here, in the workspace's storage, until the article is
 * saved, so a reload or a crash of the window does not lose them.
 */
export class HeldClaims {
  constructor(private readonly storage: vscode.Memento) {}

  get(article: vscode.Uri): Claim[] {
    const held = this.storage.get<Record<string, unknown[]>>(KEY, {})[article.toString()] ?? [];
    return held.flatMap((value) => {
      const parsed = claimSchema().safeParse(value);
      return parsed.success ? [parsed.data] : [];
    });
  }

  async set(article: vscode.Uri, claims: readonly Claim[]): Promise<void> {
    const all = { ...this.storage.get<Record<string, unknown[]>>(KEY, {}) };
    if (claims.length === 0 && !(article.toString() in all)) return;
    if (claims.length === 0) delete all[article.toString()];
    // Copies: the claims in memory move in place as the analyst types.
    else all[article.toString()] = structuredClone([...claims]);
    await this.storage.update(KEY, all);
  }
}
