import type * as vscode from 'vscode';
import type { Claimant } from '../../core/claims/model';
import { resolveClaimant, sidesIn, type ResolvedClaimant } from '../../core/identity/resolve';
import type { Identities } from '../../core/identity/schema';
import { inferSides } from '../../core/identity/sides';
import type { ClaimStore } from '../claims/claimStore';
import type { IdentitiesFile } from './identitiesFile';

/**
 * The identities Claim Lens works with: the analyst's file, with sides inferred from every loaded claim's
 * claimant added (the file's sides keep their names and members). Recomputed only after a change.
 */
export class WorkspaceIdentities {
  private cached: Identities | undefined;

  constructor(
    private readonly file: IdentitiesFile,
    private readonly store: ClaimStore,
  ) {}

  /** Fired when the analyst's identities file changed. */
  get onDidChange(): vscode.Event<unknown> {
    return this.file.onDidChange;
  }

  /** Subscriptions that drop the cache; the caller disposes them. */
  watch(): vscode.Disposable[] {
    const forget = () => {
      this.cached = undefined;
    };
    return [this.file.onDidChange(forget), this.store.onDidChange(forget)];
  }

  /** The analyst's file alone: what comparisons group by, so they do not shift as inferred sides do. */
  get recorded(): Identities {
    return this.file.identities;
  }

  get identities(): Identities {
    if (!this.cached) {
      const claimants = this.store.loaded().flatMap((state) => state.claims.map((claim) => claim.claimant));
      this.cached = { ...this.file.identities, sides: inferSides(claimants, this.file.identities) };
    }
    return this.cached;
  }

  resolve(claimant: Claimant): ResolvedClaimant {
    return resolveClaimant(this.identities, claimant);
  }

  /** The sides of an article's claimants, with `extra` (the claimant being tagged). */
  sidesOfArticle(article: vscode.Uri, extra?: Claimant): string[] {
    const claimants = (this.store.peek(article)?.claims ?? []).map((claim) => claim.claimant);
    return sidesIn(this.identities, extra ? [...claimants, extra] : claimants);
  }

  /** Every claimant name in the workspace and the file, for merges and suggestions. */
  names(): string[] {
    const names = new Set<string>();
    for (const state of this.store.loaded()) for (const claim of state.claims) names.add(claim.claimant.name);
    for (const identity of this.file.identities.claimants) for (const name of [identity.name, ...(identity.aliases ?? [])]) names.add(name);
    return [...names];
  }
}
