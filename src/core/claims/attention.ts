import type { Attention, Claim } from './model';

/** The claim's text was not found in the article: its anchor and quote are those it had. */
export function isOrphan(claim: Claim): boolean {
  return claim.attention?.state === 'orphan';
}

/** The claim was found only roughly: its anchor is a proposal, its quote the one the analyst tagged. */
export function needsReview(claim: Claim): boolean {
  return claim.attention?.state === 'needs-review';
}

/** The claim's quote is the text at its anchor. */
export function isAnchored(claim: Claim): boolean {
  return claim.attention === undefined;
}

export function withAttention(claim: Claim, attention: Attention): Claim {
  return { ...claim, attention };
}

export function withoutAttention(claim: Claim): Claim {
  if (!claim.attention) return claim;
  const { attention: _cleared, ...rest } = claim;
  return rest;
}
