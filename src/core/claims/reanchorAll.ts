import { mapRangeBetweenTexts, reanchor } from './anchoring';
import { isOrphan, withAttention, withoutAttention } from './attention';
import type { Claim } from './model';
import { relocateClaim } from './relocation';

export const NOT_FOUND_REASON = 'the quoted text was not found in the article';
export const CHANGED_REASON = 'the quoted words changed; this is the likeliest place';

/**
 * The claims, found again in `newText`. With `oldText` (the text their offsets refer to) claims move
 * through the change between the two texts; without it they are searched by their quote. A claim found
 * where its words are unchanged is anchored with a fresh quote; one found only roughly needs review (the
 * proposed place as anchor, the quote it was tagged with); one not found is an orphan, left as it was.
 * Unchanged claims come back as the same objects.
 */
export function reanchorAll(claims: readonly Claim[], newText: string, oldText?: string): Claim[] {
  return claims.map((claim) => reanchorOne(claim, newText, oldText));
}

function reanchorOne(claim: Claim, newText: string, oldText: string | undefined): Claim {
  const { anchor, quote } = claim;
  if (!claim.attention && newText.slice(anchor.start, anchor.end) === quote.exact && (oldText === undefined || oldText === newText)) return claim;
  if (claim.attention && !isOrphan(claim) && oldText !== undefined && oldText !== newText) {
    // A proposed place moves with the text; the analyst still has to confirm it.
    const mapped = mapRangeBetweenTexts(oldText, newText, anchor.start, anchor.end);
    if (mapped.state !== 'orphan') return { ...claim, anchor: { start: mapped.start, end: mapped.end } };
  }
  const stillAtAnchor = oldText !== undefined && oldText.slice(anchor.start, anchor.end) === quote.exact;
  const found = stillAtAnchor && oldText !== undefined ? mapRangeBetweenTexts(oldText, newText, anchor.start, anchor.end) : reanchor(claim, newText);
  if (found.state === 'orphan') {
    const orphan = isOrphan(claim) ? claim : withAttention(claim, { state: 'orphan', reason: NOT_FOUND_REASON });
    return anchor.end <= newText.length ? orphan : { ...orphan, anchor: withinText(anchor, newText.length) };
  }
  const range = { start: found.start, end: found.end };
  if (newText.slice(range.start, range.end) === quote.exact) return relocateClaim(withoutAttention(claim), newText, range);
  return withAttention({ ...claim, anchor: range }, { state: 'needs-review', reason: CHANGED_REASON });
}

/** An orphan keeps its offsets as a hint of where it was, inside the text so that the sidecar stays valid. */
function withinText(anchor: Claim['anchor'], length: number): Claim['anchor'] {
  const end = Math.max(1, length);
  return { start: Math.min(anchor.start, end - 1), end };
}
