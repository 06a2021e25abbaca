import { mapRangeBetweenTexts, type AnchorResult } from '../claims/anchoring';
import type { Claim } from '../claims/model';
import { reanchorClaim, relocateClaim } from '../claims/relocation';

/** exact/moved/changed: found; needs-review: found but unsure, the analyst must confirm; orphan: not found. */
export type ReanchorState = 'exact' | 'moved' | 'changed' | 'needs-review' | 'orphan';

export interface Reanchored {
  claim: Claim;
  state: ReanchorState;
}

const STATE_OF: Record<AnchorResult['state'], ReanchorState> = { exact: 'exact', moved: 'moved', fuzzy: 'changed', orphan: 'orphan' };

/**
 * Every claim found again in `newText`. With `oldText`, the text the sidecar was written on, claims are
 * mapped through the change between the two; else found by their quotes. Claims already marked for
 * attention stay as they are, with the quote they had, until the analyst settles them. The one place the
 * exchange tools re-anchor: it follows the core's re-anchoring entry point.
 */
export function reanchorAll(claims: readonly Claim[], newText: string, options: { oldText?: string } = {}): Reanchored[] {
  return claims.map((claim) => {
    if (claim.attention) return { claim, state: claim.attention.state };
    if (options.oldText !== undefined) {
      const mapped = mapRangeBetweenTexts(options.oldText, newText, claim.anchor.start, claim.anchor.end);
      if (mapped.state !== 'orphan') return { claim: relocateClaim(claim, newText, mapped), state: STATE_OF[mapped.state] };
    }
    const { claim: found, state } = reanchorClaim(claim, newText);
    return { claim: found, state: STATE_OF[state] };
  });
}
