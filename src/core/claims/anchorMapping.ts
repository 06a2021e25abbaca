/**
 * Re-anchoring through a known change: exact, never searching the rest of the text.
 *
 *   anchorThroughChange(claim, change, newText)  a claim made on the old text of `diffTexts(old, new)`
 *   shiftAnchorForEdits(anchor, edits)           one range through one change reported by an editor
 *   mapRangeBetweenTexts(from, to, start, end)   a range of one text in another (buffer ↔ disk)
 *
 * A span in unchanged text moves exactly ('exact'/'moved'); a span edited inside whose edges survive keeps
 * its mapped span ('changed'); an edit across one of its edges asks for review; a span deleted, or half
 * rewritten, is an 'orphan' — unless its exact quote is in text the change inserted (it was moved).
 * Copies of the quote in unchanged text are never candidates: they were there before, and were not the claim.
 * Where a diff can mislead, the claim goes to review: a short claim whose surroundings were rewritten (the
 * diff kept a common word), a claim edited inside with text inserted at its edge (words moved out of it).
 * For many ranges of one keystroke, see `followEdits` in text/textEdits.ts.
 */
import { diffTexts, type TextChange } from '../text/textDiff';
import { mapRange, sortedEdits, type MappedRange, type TextEdit } from '../text/textEdits';
import type { TextRange } from '../text/offsets';
import { contextAgreement, QUOTE_CONTEXT_LENGTH, quoteSelector, reanchor, type Anchored, type AnchorResult } from './anchoring';

/** Share of a span's text that must survive its edits for it to stay the claim ('changed')... */
const KEPT_TO_CHANGE = 0.7;
/** ...or to be proposed for review rather than orphaned. */
const KEPT_TO_REVIEW = 0.5;
const AGREEING_CONTEXT = 0.5;
/** A quote this long, inserted once by the change, is the claim moved, whatever now surrounds it. */
const DISTINCTIVE_QUOTE_LENGTH = 32;
/** A short claim is not trusted where the change replaced this share of its context on one side. */
const REPLACED_SURROUNDINGS = 0.5;

/**
 * Whether the change replaced much of the claim's surroundings on one side, within its line: the next
 * paragraph being rewritten says nothing about this one.
 */
function surroundingsReplaced(claim: Anchored, change: TextChange, oldText: string): boolean {
  const { start, end } = claim.anchor;
  const lineStart = oldText.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = oldText.indexOf('\n', end);
  const sides = [
    { start: Math.max(lineStart, start - QUOTE_CONTEXT_LENGTH), end: start },
    { start: end, end: Math.min(lineEnd === -1 ? oldText.length : lineEnd, end + QUOTE_CONTEXT_LENGTH) },
  ];
  return sides.some((side) => side.end > side.start && change.replacedWithin(side) >= REPLACED_SURROUNDINGS * (side.end - side.start));
}

function fromMapped(claim: Anchored, change: TextChange, oldText: string, newText: string, mapped: MappedRange): AnchorResult | undefined {
  const { start, end } = mapped;
  if (!mapped.touched) {
    // A diff of a rewritten paragraph keeps common words: a short claim whose surroundings were replaced is not trusted.
    if (claim.quote.exact.length < DISTINCTIVE_QUOTE_LENGTH && surroundingsReplaced(claim, change, oldText)) {
      return { start, end, state: 'needs-review', reason: 'the text around the claim was rewritten' };
    }
    return { start, end, state: start === claim.anchor.start && end === claim.anchor.end ? 'exact' : 'moved' };
  }
  if (mapped.covered) return undefined;
  const share = mapped.kept / Math.max(claim.anchor.end - claim.anchor.start, end - start);
  if (share < KEPT_TO_CHANGE) return undefined;
  if (mapped.straddled) return intactAtSurvivingEdge(claim, newText, mapped) ?? { start, end, state: 'needs-review', reason: 'an edit replaced one end of the claim' };
  // A rewritten passage may keep a few of the claim's words by chance; a claim edited in place keeps its surroundings.
  if (contextAgreement(claim.quote, newText, mapped).overall < AGREEING_CONTEXT) return undefined;
  // Words moved from inside the claim to just past its edge look like a deletion inside and an insertion outside.
  if (insertedNextTo(mapped, change, newText)) return { start, end, state: 'needs-review', reason: 'the claim was edited and text was inserted at its edge' };
  if (newText.slice(start, end) === claim.quote.exact) return { start, end, state: start === claim.anchor.start ? 'exact' : 'moved' };
  return { start, end, state: 'changed' };
}

const isSpace = (code: number): boolean => code === 32 || code === 9;

/** Whether the change inserted text at an edge of `range` (of the new text), or separated from it by spaces only. */
function insertedNextTo(range: TextRange, change: TextChange, newText: string): boolean {
  let before = range.start;
  while (before > 0 && isSpace(newText.charCodeAt(before - 1))) before--;
  let after = range.end;
  while (after < newText.length && isSpace(newText.charCodeAt(after))) after++;
  const { inserted } = change;
  let low = 0;
  let high = inserted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (inserted[middle].end < before) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < inserted.length && inserted[index].start <= after; index++) {
    const { start, end } = inserted[index];
    if ((end >= before && end <= range.start) || (start >= range.end && start <= after)) return true;
  }
  return false;
}

/**
 * A diff may align a deleted sentence's first word with the same first word of the claim after it, and so
 * seem to cut into the claim. The edge no edit reached is mapped exactly: if the whole quote reads from it,
 * the claim's text is intact there.
 */
function intactAtSurvivingEdge(claim: Anchored, newText: string, mapped: MappedRange): AnchorResult | undefined {
  const { exact } = claim.quote;
  if (!mapped.straddled || (mapped.straddled.start && mapped.straddled.end)) return undefined;
  const range = mapped.straddled.start
    ? { start: mapped.end - exact.length, end: mapped.end }
    : { start: mapped.start, end: mapped.start + exact.length };
  return range.start >= 0 && newText.slice(range.start, range.end) === exact ? { ...range, state: 'moved' } : undefined;
}

/**
 * The claim's exact quote in text the change inserted: the claim was cut and pasted. Mostly inserted is
 * enough, since a diff may align a shared edge, such as a full stop, with the old text.
 */
function movedInto(claim: Anchored, change: TextChange, newText: string): AnchorResult | undefined {
  const { exact } = claim.quote;
  const needed = Math.ceil(exact.length / 2);
  const found: TextRange[] = [];
  for (const range of change.inserted) {
    if (range.end - range.start < needed) continue;
    const from = Math.max(0, range.start - exact.length);
    for (let index = newText.indexOf(exact, from); index !== -1 && index < range.end; index = newText.indexOf(exact, index + 1)) {
      const overlap = Math.min(range.end, index + exact.length) - Math.max(range.start, index);
      if (overlap >= needed && found[found.length - 1]?.start !== index) found.push({ start: index, end: index + exact.length });
    }
  }
  const [only] = found;
  if (!only) return undefined;
  if (found.length > 1) return { ...only, state: 'needs-review', reason: `the claim's text was deleted and inserted ${found.length} times elsewhere` };
  const agreement = contextAgreement(claim.quote, newText, only);
  if (exact.length >= DISTINCTIVE_QUOTE_LENGTH || (agreement.prefix === 1 && agreement.suffix === 1)) {
    return { ...only, state: 'moved' };
  }
  return { ...only, state: 'needs-review', reason: "the claim's text was deleted and inserted elsewhere, in other surroundings" };
}

/**
 * Where a claim made on the old text of `change` is in `newText`. A claim whose anchor does not hold its
 * quote in the old text was not made on it: it is found by its quote instead.
 */
export function anchorThroughChange(claim: Anchored, change: TextChange, oldText: string, newText: string): AnchorResult {
  if (oldText.slice(claim.anchor.start, claim.anchor.end) !== claim.quote.exact) return reanchor(claim, newText);
  const mapped = change.map(claim.anchor);
  const result = fromMapped(claim, change, oldText, newText, mapped) ?? movedInto(claim, change, newText);
  if (result) return result;
  const length = mapped.end - mapped.start;
  if (!mapped.covered && length > 0 && mapped.kept / Math.max(claim.anchor.end - claim.anchor.start, length) >= KEPT_TO_REVIEW) {
    return { start: mapped.start, end: mapped.end, state: 'needs-review', reason: "most of the claim's text was rewritten" };
  }
  return { state: 'orphan', reason: "the claim's text was deleted" };
}

/**
 * Follows a range through one change of the text, as an editor reports it: `edits` do not overlap and
 * their offsets refer to the text before the change. Insertions at either edge of the span stay outside it.
 * Typing inside makes it 'changed' (the edits are known, nothing is guessed); replacing one of its ends
 * 'needs-review'; replacing all of it 'orphan'.
 */
export function shiftAnchorForEdits(anchor: TextRange, edits: readonly TextEdit[]): AnchorResult {
  const mapped = mapRange(anchor, sortedEdits(edits));
  const { start, end } = mapped;
  if (mapped.covered) return { state: 'orphan', reason: "the claim's text was replaced" };
  if (mapped.straddled) return { start, end, state: 'needs-review', reason: 'an edit replaced one end of the claim' };
  if (mapped.touched) return { start, end, state: 'changed' };
  return { start, end, state: start === anchor.start ? 'exact' : 'moved' };
}

let lastChange: { fromText: string; toText: string; change: TextChange | undefined } | undefined;

/** Callers map every claim between the same two texts in a row: the diff is made once for all of them. */
function lastChangeBetween(fromText: string, toText: string): TextChange | undefined {
  if (lastChange?.fromText !== fromText || lastChange.toText !== toText) lastChange = { fromText, toText, change: diffTexts(fromText, toText) };
  return lastChange.change;
}

/**
 * Translates `[start, end)` of `fromText` into `toText`, e.g. between an editor buffer with unsaved edits
 * and the file on disk, through their diff; by quote when the texts differ too much to diff. For many
 * claims at once, `anchorAll` or `reanchorClaims` with `oldText` does the same.
 */
export function mapRangeBetweenTexts(fromText: string, toText: string, start: number, end: number): AnchorResult {
  const claim = { anchor: { start, end }, quote: quoteSelector(fromText, start, end) };
  const change = lastChangeBetween(fromText, toText);
  return change ? anchorThroughChange(claim, change, fromText, toText) : reanchor(claim, toText);
}
