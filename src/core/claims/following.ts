import { QUOTE_CONTEXT_LENGTH } from './anchoring';
import { shiftAnchorForEdits } from './anchorMapping';
import { isAnchored, isOrphan, withAttention } from './attention';
import type { Claim } from './model';
import { reanchorAll } from './reanchorAll';
import { relocateClaim } from './relocation';
import type { TextEdit } from '../text/textEdits';

/**
 * Claims moved along with one change of the text as an editor reports it. `typed`: the analyst made the
 * change, so words they edit inside a claim stay claimed; otherwise (a reload from disk) a claim whose
 * words changed is looked up again by the words that were tagged, and flagged unless found exactly.
 * `text` is the text after the change, read only when a claim needs it. Undefined when no claim moved.
 *
 * Claims beyond the change only shift, and are shifted IN PLACE, so that a keystroke at the top of a long
 * article allocates nothing per claim: pass claims you own (the claim store's, never a sidecar's base).
 */
export function followChange(claims: readonly Claim[], edits: readonly TextEdit[], text: () => string, typed: boolean): Claim[] | undefined {
  let moved = false;
  // Claims that end before the first edit cannot move: most of them, while typing near the end. Those
  // beyond the last edit and its quote context only shift: their quote and context stay as they are.
  let firstEdit = Infinity;
  let lastEdit = -Infinity;
  let delta = 0;
  for (const edit of edits) {
    firstEdit = Math.min(firstEdit, edit.start);
    lastEdit = Math.max(lastEdit, edit.end);
    delta += edit.newLength - (edit.end - edit.start);
  }
  const followed = claims.map((claim) => {
    if (claim.anchor.end <= firstEdit || isOrphan(claim)) return claim;
    if (claim.anchor.start - QUOTE_CONTEXT_LENGTH >= lastEdit) {
      if (delta === 0) return claim;
      moved = true;
      return shiftInPlace(claim, delta);
    }
    const shifted = shiftAnchorForEdits(claim.anchor, edits);
    if (shifted.state === 'exact') return claim;
    moved = true;
    if (shifted.state === 'orphan') return reanchorAll([claim], text())[0];
    const range = { start: shifted.start, end: shifted.end };
    if (!isAnchored(claim)) return { ...claim, anchor: range };
    if (shifted.state === 'needs-review') return withAttention({ ...claim, anchor: range }, { state: 'needs-review', reason: shifted.reason });
    if (shifted.state === 'changed' && !typed) return reanchorAll([claim], text())[0];
    return relocateClaim(claim, text(), range);
  });
  return moved ? followed : undefined;
}

function shiftInPlace(claim: Claim, delta: number): Claim {
  claim.anchor.start += delta;
  claim.anchor.end += delta;
  shiftEach(claim.actors, delta);
  shiftEach(claim.places, delta);
  shiftEach(claim.numbers, delta);
  return claim;
}

function shiftEach(located: Array<{ start: number; end: number }>, delta: number): void {
  for (let index = 0; index < located.length; index++) {
    located[index].start += delta;
    located[index].end += delta;
  }
}
