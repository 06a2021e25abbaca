import { shiftAnchorForEdits, type TextEdit } from './anchoring';
import { isAnchored, isOrphan } from './attention';
import type { Claim } from './model';
import { reanchorAll } from './reanchorAll';
import { relocateClaim } from './relocation';

/**
 * Claims moved along with one change of the text as an editor reports it. `typed`: the analyst made the
 * change, so words they edit inside a claim stay claimed; otherwise (a reload from disk) a claim whose
 * words changed is looked up again and flagged when not found exactly. `text` is the text after the
 * change, read only when a claim needs it. Returns undefined when no claim moved.
 */
export function followChange(claims: readonly Claim[], edits: readonly TextEdit[], text: () => string, typed: boolean): Claim[] | undefined {
  let moved = false;
  const followed = claims.map((claim) => {
    if (isOrphan(claim)) return claim;
    const shifted = shiftAnchorForEdits(claim.anchor, edits);
    if (shifted.state === 'exact') return claim;
    moved = true;
    if (shifted.state === 'orphan') return reanchorAll([claim], text())[0];
    const range = { start: shifted.start, end: shifted.end };
    if (!isAnchored(claim)) return { ...claim, anchor: range };
    if (shifted.state === 'fuzzy' && !typed) return reanchorAll([{ ...claim, anchor: range }], text())[0];
    return relocateClaim(claim, text(), range);
  });
  return moved ? followed : undefined;
}
