import { quoteSelector, type AnchorResult } from './anchoring';
import { isAnchored, isOrphan, withAttention, withoutAttention } from './attention';
import type { Claim } from './model';
import { reanchorClaims } from './relocation';

/**
 * The claims, found again in `newText`, with their attention state set: the one way the extension puts
 * claims back on a text that may have changed. With `oldText` (the text their offsets refer to) claims
 * move through the change; without it they are searched by their quote (see reanchorClaims). Found
 * ('exact', 'moved', 'changed'): anchored, fresh quote. 'needs-review': the proposed place as anchor, the
 * quote the analyst tagged kept, and why. 'orphan': anchor and quote as they were, and why. Claims already
 * flagged keep their flag unless their tagged words are found again; a proposed place moves with the text.
 * When the text did not change, unchanged claims come back as the same objects.
 */
export function reanchorAll(claims: readonly Claim[], newText: string, oldText?: string): Claim[] {
  // Same text: flagged claims stay as the analyst left them; only quotes off their anchor (hand edits) are looked for.
  const flaggedStay = oldText === newText;
  const results = reanchorClaims(claims.map((claim) => (flaggedStay || isAnchored(claim) ? claim : tracking(claim, oldText))), newText, { oldText });
  return claims.map((claim, index) => {
    if (flaggedStay && !isAnchored(claim)) return claim;
    const { claim: found, result } = results[index];
    return isAnchored(claim) ? settle(claim, found, result, newText) : settleFlagged(claim, found, result, newText);
  });
}

/**
 * A flagged claim's proposed place, as a claim of the old text, so that it moves through the change; an
 * orphan, or one whose old text is unknown, is searched by the words the analyst tagged.
 */
function tracking(claim: Claim, oldText: string | undefined): Claim {
  if (oldText === undefined || isOrphan(claim) || claim.anchor.end > oldText.length) return claim;
  return { ...claim, quote: quoteSelector(oldText, claim.anchor.start, claim.anchor.end) };
}

function settle(claim: Claim, found: Claim, result: AnchorResult, text: string): Claim {
  switch (result.state) {
    case 'exact':
    case 'moved':
    case 'changed':
      return found;
    case 'needs-review':
      return withAttention({ ...claim, anchor: { start: result.start, end: result.end } }, { state: 'needs-review', reason: result.reason });
    case 'orphan':
      return orphaned(claim, result.reason, text);
  }
}

function settleFlagged(claim: Claim, found: Claim, result: AnchorResult, text: string): Claim {
  if (result.state === 'orphan') return orphaned(claim, claim.attention?.reason ?? result.reason, text);
  const range = { start: result.start, end: result.end };
  // The words the analyst tagged are back where they were proposed: nothing left to review.
  if (text.slice(range.start, range.end) === claim.quote.exact) return withoutAttention({ ...found, quote: quoteSelector(text, range.start, range.end) });
  if (isOrphan(claim)) {
    const reason = result.state === 'needs-review' ? result.reason : 'the tagged words changed';
    return withAttention({ ...claim, anchor: range }, { state: 'needs-review', reason });
  }
  return { ...claim, anchor: range };
}

function orphaned(claim: Claim, reason: string, text: string): Claim {
  const orphan = isOrphan(claim) ? claim : withAttention(claim, { state: 'orphan', reason });
  return orphan.anchor.end <= text.length ? orphan : { ...orphan, anchor: withinText(orphan.anchor, text.length) };
}

/** An orphan keeps its offsets as a hint of where it was, inside the text so that the sidecar stays valid. */
function withinText(anchor: Claim['anchor'], length: number): Claim['anchor'] {
  const end = Math.max(1, length);
  return { start: Math.min(anchor.start, end - 1), end };
}
