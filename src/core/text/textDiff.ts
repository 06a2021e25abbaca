import { diffLines } from 'diff';
import { isSpace, slidToBoundaries } from './editPlacement';
import { CrlfAsLf } from './lineEndings';
import { commonPrefixLength, commonSuffixLength, type TextRange } from './offsets';
import { cumulativeDeltas, mapRange, replacedWithin, type MappedRange, type TextEdit } from './textEdits';
import { wordEdits } from './wordDiff';

/**
 * The change from one text to another as edits, for mapping ranges exactly. Lines are diffed first and
 * words only inside changed runs of lines, so a 1 MB text with a few edits costs milliseconds. Words, not
 * characters: a character diff of a rewritten sentence keeps scattered letters in common with the old one,
 * which would make a deleted claim look edited. Letters only inside a word that mostly stayed: a typo.
 * Line endings are compared as LF: converting a file to CRLF changes no claim.
 */
export interface TextChange {
  /** Where `[start, end)` of the old text is in the new text; see `mapRange`. */
  map(range: TextRange): MappedRange;
  /** Ranges of the new text that the change inserted (none of it was in the old text), in order. */
  readonly inserted: readonly TextRange[];
  /** How much of `[start, end)` of the old text was replaced by other text (not only deleted). */
  replacedWithin(range: TextRange): number;
}

/** Lines changed beyond this make the diff give up: the texts are too different to map, search instead. */
const MAX_CHANGED_LINES = 1_000;
/** A diff taking longer than this gives up too; searching by quote never guesses, so giving up is safe. */
const DIFF_TIMEOUT_MS = 500;

/** The change from `oldText` to `newText`, or undefined when they differ too much to map. */
export function diffTexts(oldText: string, newText: string): TextChange | undefined {
  const oldEndings = CrlfAsLf.of(oldText);
  const newEndings = CrlfAsLf.of(newText);
  const found = editsBetween(oldEndings.normalized, newEndings.normalized);
  if (!found) return undefined;
  const edits = slidToBoundaries(found, oldEndings.normalized, newEndings.normalized);
  const deltas = cumulativeDeltas(edits);
  const inserted: TextRange[] = [];
  let delta = 0;
  for (const edit of edits) {
    if (edit.newLength > 0) {
      inserted.push({ start: newEndings.toOriginal(edit.start + delta), end: newEndings.toOriginal(edit.start + delta + edit.newLength) });
    }
    delta += edit.newLength - (edit.end - edit.start);
  }
  return {
    inserted,
    replacedWithin(range) {
      return replacedWithin({ start: oldEndings.toNormalized(range.start), end: oldEndings.toNormalized(range.end) }, edits);
    },
    map(range) {
      const normalized = { start: oldEndings.toNormalized(range.start), end: oldEndings.toNormalized(range.end) };
      const mapped = mapRange(normalized, edits, deltas);
      // A CR dropped or added inside the range is a change of its text, though not of its words.
      const crsBefore = oldEndings.crsBetween(range.start, range.end);
      const start = newEndings.toOriginal(mapped.start);
      const end = mapped.covered ? start : newEndings.toOriginal(mapped.end);
      const crsAfter = mapped.covered ? 0 : newEndings.crsBetween(start, end);
      const touched = mapped.touched || crsBefore !== crsAfter;
      return { ...mapped, start, end, touched, kept: mapped.kept + Math.min(crsBefore, crsAfter) };
    },
  };
}

function editsBetween(oldText: string, newText: string): TextEdit[] | undefined {
  if (oldText === newText) return [];
  // Trimmed at word boundaries, so that the word diff of the rest sees whole words.
  const prefix = backToWordStart(oldText, commonPrefixLength(oldText, newText));
  const suffix = forwardToWordEnd(oldText, commonSuffixLength(oldText, newText, prefix));
  const oldMiddle = oldText.slice(prefix, oldText.length - suffix);
  const newMiddle = newText.slice(prefix, newText.length - suffix);
  if (oldMiddle.length === 0 || newMiddle.length === 0) {
    return [{ start: prefix, end: prefix + oldMiddle.length, newLength: newMiddle.length }];
  }
  const lines = diffLines(oldMiddle, newMiddle, { maxEditLength: MAX_CHANGED_LINES, timeout: DIFF_TIMEOUT_MS });
  if (!lines) return undefined;
  const edits: TextEdit[] = [];
  let oldOffset = prefix;
  let index = 0;
  while (index < lines.length) {
    const change = lines[index];
    if (!change.added && !change.removed) {
      oldOffset += change.value.length;
      index++;
      continue;
    }
    // A run of removed and added lines: what changed between two unchanged stretches.
    let removed = '';
    let added = '';
    for (; index < lines.length && (lines[index].added || lines[index].removed); index++) {
      if (lines[index].removed) removed += lines[index].value;
      else added += lines[index].value;
    }
    edits.push(...wordEdits(removed, added, oldOffset));
    oldOffset += removed.length;
  }
  return edits;
}

/** `prefix` shortened to end at a space (or the start), not inside a word. */
function backToWordStart(text: string, prefix: number): number {
  let length = prefix;
  while (length > 0 && length < text.length && !isSpace(text.charCodeAt(length - 1))) length--;
  return length;
}

/** `suffix` shortened to start at a space (or the end), not inside a word. */
function forwardToWordEnd(text: string, suffix: number): number {
  let length = suffix;
  while (length > 0 && length < text.length && !isSpace(text.charCodeAt(text.length - length))) length--;
  return length;
}

