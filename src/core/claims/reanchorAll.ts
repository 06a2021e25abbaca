import { mapRangeBetweenTexts, reanchor, type AnchorResult } from './anchoring';
import { isAnchored, isOrphan, withAttention, withoutAttention } from './attention';
import type { Claim } from './model';
import { relocateClaim } from './relocation';
import { commonPrefixLength, commonSuffixLength } from '../text/offsets';

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
  if (oldText === undefined || oldText === newText) return claims.map((claim) => reanchorOne(claim, newText, oldText));
  // The texts differ in one region, found once: claims outside it move by offsets, those touching it are looked for.
  const prefix = commonPrefixLength(oldText, newText);
  const suffix = commonSuffixLength(oldText, newText, prefix);
  const change = { start: prefix, end: oldText.length - suffix, delta: newText.length - oldText.length };
  return claims.map((claim) => {
    const { start, end } = claim.anchor;
    if (end <= change.start && isAnchored(claim) && oldText.slice(start, end) === claim.quote.exact) return claim;
    if (start >= change.end && !isOrphan(claim) && (!isAnchored(claim) || oldText.slice(start, end) === claim.quote.exact)) {
      const range = { start: start + change.delta, end: end + change.delta };
      return isAnchored(claim) ? relocateClaim(claim, newText, range) : { ...claim, anchor: range };
    }
    return reanchorOne(claim, newText, oldText);
  });
}

function reanchorOne(claim: Claim, newText: string, oldText: string | undefined): Claim {
  const { anchor, quote } = claim;
  const atAnchor = isAnchored(claim) && newText.slice(anchor.start, anchor.end) === quote.exact;
  if (oldText === newText || oldText === undefined) {
    // Same text: only a quote off its anchor (a hand edit) is looked for; flagged claims stay as the analyst left them.
    if (atAnchor || (oldText !== undefined && !isAnchored(claim))) return claim;
    return placed(claim, reanchor(claim, newText), newText);
  }
  if (!isAnchored(claim) && !isOrphan(claim)) {
    // A proposed place moves with the text; the analyst still has to confirm it.
    const mapped = mapRangeBetweenTexts(oldText, newText, anchor.start, anchor.end);
    if (mapped.state !== 'orphan') return { ...claim, anchor: { start: mapped.start, end: mapped.end } };
  }
  const onItsWords = isAnchored(claim) && oldText.slice(anchor.start, anchor.end) === quote.exact;
  return placed(claim, onItsWords ? mapRangeBetweenTexts(oldText, newText, anchor.start, anchor.end) : reanchor(claim, newText), newText);
}

function placed(claim: Claim, found: AnchorResult, text: string): Claim {
  if (found.state === 'orphan') {
    const orphan = isOrphan(claim) ? claim : withAttention(claim, { state: 'orphan', reason: NOT_FOUND_REASON });
    return orphan.anchor.end <= text.length ? orphan : { ...orphan, anchor: withinText(orphan.anchor, text.length) };
  }
  const range = { start: found.start, end: found.end };
  if (text.slice(range.start, range.end) === claim.quote.exact) return relocateClaim(withoutAttention(claim), text, range);
  return withAttention({ ...claim, anchor: range }, { state: 'needs-review', reason: CHANGED_REASON });
}

/** An orphan keeps its offsets as a hint of where it was, inside the text so that the sidecar stays valid. */
function withinText(anchor: Claim['anchor'], length: number): Claim['anchor'] {
  const end = Math.max(1, length);
  return { start: Math.min(anchor.start, end - 1), end };
}
