import type { AnchorState } from '../claims/anchoring';
import type { Claim } from '../claims/model';
import { reanchorClaims } from '../claims/relocation';

/** exact/moved/changed: found; needs-review: found but unsure, the analyst must confirm; orphan: not found. */
export type ReanchorState = AnchorState;

export interface Reanchored {
  claim: Claim;
  state: ReanchorState;
  /** Why a claim needs review or is orphaned. */
  reason?: string;
}

/**
 * Every claim found again in `newText` through the core's re-anchoring (reanchorClaims): with `oldText`, the
 * text the sidecar was written on, mapped exactly through the change; else by quote. Claims already marked
 * for attention stay as they are, with the quote they had, until the analyst settles them.
 */
export function reanchorAll(claims: readonly Claim[], newText: string, options: { oldText?: string } = {}): Reanchored[] {
  const settled = claims.filter((claim) => !claim.attention);
  const found = new Map(reanchorClaims(settled, newText, options).map((result, index) => [settled[index], result]));
  return claims.map((claim) => {
    if (claim.attention) return { claim, state: claim.attention.state, reason: claim.attention.reason };
    const { claim: placed, result } = found.get(claim)!;
    return 'reason' in result ? { claim: placed, state: result.state, reason: result.reason } : { claim: placed, state: result.state };
  });
}
