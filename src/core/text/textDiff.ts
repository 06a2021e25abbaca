import { diffChars, diffLines, diffWordsWithSpace, type Change } from 'diff';
import { commonPrefixLength, commonSuffixLength, type TextRange } from './offsets';
import { cumulativeDeltas, mapRange, replacedWithin, type MappedRange, type TextEdit } from './textEdits';

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
/** Words changed beyond this in one run of changed lines make it one replacement. */
const MAX_CHANGED_WORDS = 1_000;
/** A run of changed lines longer than this is one replacement: a word diff of it would cost too much. */
const MAX_WORD_DIFF_LENGTH = 50_000;

/** The change from `oldText` to `newText`, or undefined when they differ too much to map. */
export function diffTexts(oldText: string, newText: string): TextChange | undefined {
  const oldEndings = LineEndings.of(oldText);
  const newEndings = LineEndings.of(newText);
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
function slidToBoundaries(edits: TextEdit[], oldText: string, newText: string): TextEdit[] {
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

const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13;

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

/** The edits turning `removed` into `added`, at `offset` of the old text: word by word when affordable. */
function wordEdits(removed: string, added: string, offset: number): TextEdit[] {
  const whole = [{ start: offset, end: offset + removed.length, newLength: added.length }];
  if (removed.length === 0 || added.length === 0 || removed.length + added.length > MAX_WORD_DIFF_LENGTH) return whole;
  const found: Change[] | undefined = diffWordsWithSpace(removed, added, { maxEditLength: MAX_CHANGED_WORDS });
  if (!found) return whole;
  const changes = withoutChanceEqualities(found);
  const edits: TextEdit[] = [];
  let oldOffset = offset;
  let pending: { start: number; removed: string; added: string } | undefined;
  const flush = () => {
    if (pending) edits.push(...typoEdits(pending.removed, pending.added, pending.start));
    pending = undefined;
  };
  for (const change of changes) {
    if (!change.added && !change.removed) {
      flush();
      oldOffset += change.value.length;
      continue;
    }
    pending ??= { start: oldOffset, removed: '', added: '' };
    if (change.removed) {
      pending.removed += change.value;
      oldOffset += change.value.length;
    } else {
      pending.added += change.value;
    }
  }
  flush();
  return edits;
}

/**
 * A rewritten sentence shares spaces and small words with the old one by chance. An unchanged stretch no
 * longer than the changes on both sides of it is taken as part of one change (diff-match-patch's semantic
 * cleanup), so that a claim's word kept by chance in the middle of a rewrite does not look untouched.
 */
function withoutChanceEqualities(changes: Change[]): Change[] {
  // Runs: an unchanged stretch, or the removed and added text between two unchanged stretches.
  interface Run { equal: string; removed: string; added: string; changed: boolean }
  const runs: Run[] = [];
  for (const change of changes) {
    const last = runs[runs.length - 1];
    if (!change.added && !change.removed) {
      runs.push({ equal: change.value, removed: '', added: '', changed: false });
    } else if (last?.changed) {
      if (change.removed) last.removed += change.value;
      else last.added += change.value;
    } else {
      runs.push({ equal: '', removed: change.removed ? change.value : '', added: change.added ? change.value : '', changed: true });
    }
  }
  const merged: Run[] = [];
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index];
    const before = merged[merged.length - 1];
    const after = runs[index + 1];
    const size = (changed: Run) => Math.max(changed.removed.length, changed.added.length);
    if (!run.changed && before?.changed && after?.changed && run.equal.length <= Math.min(size(before), size(after))) {
      before.removed += run.equal + after.removed;
      before.added += run.equal + after.added;
      index++;
      continue;
    }
    if (run.changed && before?.changed) {
      before.removed += run.removed;
      before.added += run.added;
      continue;
    }
    merged.push({ ...run });
  }
  return merged.flatMap((run): Change[] => (run.changed
    ? [
        ...(run.removed ? [{ value: run.removed, added: false, removed: true, count: 1 }] : []),
        ...(run.added ? [{ value: run.added, added: true, removed: false, count: 1 }] : []),
      ]
    : [{ value: run.equal, added: false, removed: false, count: 1 }]));
}

/** A replaced word this short is compared letter by letter, to tell a typo fixed from another word. */
const MAX_TYPO_WORD_LENGTH = 64;
/** Share of the letters a word must keep for its change to be a typo fixed rather than a new word. */
const TYPO_KEPT_SHARE = 0.6;

/**
 * The replacement of `removed` by `added` at `offset`: letter by letter when it fixes a typo ("militnts" to
 * "militants" keeps the claim's span, with one letter inserted), else whole. Unrelated words always share
 * a few letters, which must not make a deleted claim look edited.
 */
function typoEdits(removed: string, added: string, offset: number): TextEdit[] {
  const whole = [{ start: offset, end: offset + removed.length, newLength: added.length }];
  if (removed.length === 0 || added.length === 0 || Math.max(removed.length, added.length) > MAX_TYPO_WORD_LENGTH) return whole;
  const changes = diffChars(removed, added);
  const kept = changes.reduce((sum, change) => (change.added || change.removed ? sum : sum + change.value.length), 0);
  if (kept < TYPO_KEPT_SHARE * Math.max(removed.length, added.length)) return whole;
  const edits: TextEdit[] = [];
  let oldOffset = offset;
  let pending: TextEdit | undefined;
  for (const change of changes) {
    if (!change.added && !change.removed) {
      if (pending) edits.push(pending);
      pending = undefined;
      oldOffset += change.value.length;
      continue;
    }
    pending ??= { start: oldOffset, end: oldOffset, newLength: 0 };
    if (change.removed) {
      pending.end += change.value.length;
      oldOffset += change.value.length;
    } else {
      pending.newLength += change.value.length;
    }
  }
  if (pending) edits.push(pending);
  return edits;
}

/**
 * A text with its CRLF line breaks read as LF, and the offsets between both. Texts without CR pay nothing.
 */
class LineEndings {
  private constructor(
    readonly normalized: string,
    /** Offsets in the original text of each CR that precedes an LF. */
    private readonly crs: readonly number[],
  ) {}

  static of(text: string): LineEndings {
    if (!text.includes('\r\n')) return new LineEndings(text, []);
    const crs: number[] = [];
    for (let index = text.indexOf('\r\n'); index !== -1; index = text.indexOf('\r\n', index + 2)) crs.push(index);
    return new LineEndings(text.replace(/\r\n/g, '\n'), crs);
  }

  /** How many of the CRs lie before `offset` of the original text. */
  private countBefore(offset: number): number {
    let low = 0;
    let high = this.crs.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.crs[middle] < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  toNormalized(offset: number): number {
    return this.crs.length === 0 ? offset : offset - this.countBefore(offset);
  }

  /** The original offset of a normalized one; at a line break, the offset before the CR. */
  toOriginal(offset: number): number {
    if (this.crs.length === 0) return offset;
    // The k-th CR (0-based) sits at normalized offset crs[k] - k, just before its LF.
    let low = 0;
    let high = this.crs.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.crs[middle] - middle < offset) low = middle + 1;
      else high = middle;
    }
    return offset + low;
  }

  crsBetween(start: number, end: number): number {
    return this.crs.length === 0 ? 0 : this.countBefore(end) - this.countBefore(start);
  }
}
