/** Where an insertion or a deletion goes when the texts allow several places: where a writer would edit. */
import type { TextEdit } from './textEdits';

/** Whitespace that separates words: space, tab, line breaks. */
export const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13;

/** How far an insertion or deletion is slid at most, each way, looking for a better place. */
const MAX_SLIDE = 1_000;

/** How good a place `[index - 1 | index]` is for an edit to begin or end: a line break, a sentence, a word. */
function boundaryScore(text: string, index: number): number {
  if (index <= 0 || index >= text.length || text.charCodeAt(index - 1) === 10) return 3;
  const before = text.charCodeAt(index - 1);
  if (!isSpace(before)) return 0;
  const sentenceEnd = text.charCodeAt(index - 2);
  return sentenceEnd === 46 || sentenceEnd === 33 || sentenceEnd === 63 ? 2 : 1;
}

/**
 * An insertion or a deletion next to text like its own can be placed in several ways: "A. The B." inserted
 * before "The C." may be read as "A. The " inserted after "The ", cutting into a claim on "The C.". Each is
 * slid to where it begins and ends best: at line breaks, then sentences, then words, as a writer edits.
 */
export function slidToBoundaries(edits: TextEdit[], oldText: string, newText: string): TextEdit[] {
  let delta = 0;
  return edits.map((edit, index) => {
    const previousEnd = index > 0 ? edits[index - 1].end : 0;
    const nextStart = index + 1 < edits.length ? edits[index + 1].start : oldText.length;
    const length = edit.end - edit.start;
    const slid = (edit.newLength > 0 && length === 0) || (edit.newLength === 0 && length > 0)
      ? slide(edit, length === 0 ? newText : oldText, length === 0 ? edit.start + delta : edit.start, length || edit.newLength, previousEnd - edit.start, nextStart - edit.end)
      : edit;
    delta += edit.newLength - length;
    return slid;
  });
}

/** Slides the edited stretch `[at, at + size)` of `text` by at least `minShift` and at most `maxShift`. */
function slide(edit: TextEdit, text: string, at: number, size: number, minShift: number, maxShift: number): TextEdit {
  let left = 0;
  while (left < MAX_SLIDE && -(left + 1) >= minShift && at - left - 1 >= 0 && text.charCodeAt(at - left - 1) === text.charCodeAt(at + size - left - 1)) left++;
  let right = 0;
  while (right < MAX_SLIDE && right + 1 <= maxShift && at + size + right < text.length && text.charCodeAt(at + right) === text.charCodeAt(at + size + right)) right++;
  if (left === 0 && right === 0) return edit;
  let best = 0;
  let bestScore = boundaryScore(text, at) + boundaryScore(text, at + size);
  for (let shift = -left; shift <= right; shift++) {
    const score = boundaryScore(text, at + shift) + boundaryScore(text, at + size + shift);
    if (score > bestScore || (score === bestScore && Math.abs(shift) < Math.abs(best))) {
      best = shift;
      bestScore = score;
    }
  }
  return { start: edit.start + best, end: edit.end + best, newLength: edit.newLength };
}
