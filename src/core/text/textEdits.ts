import type { TextRange } from './offsets';

/** A replacement of `[start, end)` by `newLength` code units, in offsets of the text before the change. */
export interface TextEdit extends TextRange {
  newLength: number;
}

/**
 * Where a range of the old text went. `kept` counts its code units that no edit touched; `straddled` says an
 * edit replaced one of its ends (what remains is kept, the replacement is not claimed); `covered` says one
 * edit replaced all of it, and then `start` = `end` is where the replacement begins.
 */
export interface MappedRange extends TextRange {
  kept: number;
  touched: boolean;
  straddled: { start: boolean; end: boolean } | undefined;
  covered: boolean;
}

/** Edits sorted by start, empty ones dropped: what `mapRange` and `followEdits` expect. */
export function sortedEdits(edits: readonly TextEdit[]): TextEdit[] {
  return edits.filter((edit) => edit.end > edit.start || edit.newLength > 0).sort((a, b) => a.start - b.start);
}

/** Index of the first edit ending after `offset`; insertions at `offset` come before it. */
function firstEditEndingAfter(edits: readonly TextEdit[], offset: number): number {
  let low = 0;
  let high = edits.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (edits[middle].end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Follows `[start, end)` through `edits` (sorted, not overlapping, offsets before the change). `deltas[i]`,
 * when given, is the change of length made by `edits[0, i)`, so a range is mapped in O(log edits).
 * Insertions at either edge of the range stay outside it.
 */
export function mapRange(range: TextRange, edits: readonly TextEdit[], deltas?: Int32Array): MappedRange {
  const { start, end } = range;
  const first = firstEditEndingAfter(edits, start);
  let delta = 0;
  if (deltas) delta = deltas[first];
  else for (let index = 0; index < first; index++) delta += edits[index].newLength - (edits[index].end - edits[index].start);

  let newStart = start + delta;
  let newEnd = -1;
  let kept = end - start;
  let touched = false;
  let straddledStart = false;
  let straddledEnd = false;
  for (let index = first; index < edits.length && edits[index].start < end; index++) {
    const edit = edits[index];
    touched = true;
    if (edit.start <= start && edit.end >= end) {
      const at = edit.start + delta;
      return { start: at, end: at, kept: 0, touched, straddled: undefined, covered: true };
    }
    if (edit.start < start) {
      straddledStart = true;
      kept -= edit.end - start;
      newStart = edit.start + delta + edit.newLength;
    } else if (edit.end > end) {
      straddledEnd = true;
      kept -= end - edit.start;
      newEnd = edit.start + delta;
    } else {
      kept -= edit.end - edit.start;
    }
    delta += edit.newLength - (edit.end - edit.start);
  }
  if (newEnd === -1) newEnd = end + delta;
  const straddled = straddledStart || straddledEnd ? { start: straddledStart, end: straddledEnd } : undefined;
  return { start: newStart, end: newEnd, kept, touched, straddled, covered: false };
}

/** Code units of `range` that edits replaced by other text; text only deleted is not counted. */
export function replacedWithin(range: TextRange, edits: readonly TextEdit[]): number {
  let replaced = 0;
  for (let index = firstEditEndingAfter(edits, range.start); index < edits.length && edits[index].start < range.end; index++) {
    const edit = edits[index];
    if (edit.newLength > 0) replaced += Math.max(0, Math.min(edit.end, range.end) - Math.max(edit.start, range.start));
  }
  return replaced;
}

/** `deltas[i]`: the change of length made by `edits[0, i)`, for `mapRange`. */
export function cumulativeDeltas(edits: readonly TextEdit[]): Int32Array {
  const deltas = new Int32Array(edits.length + 1);
  for (let index = 0; index < edits.length; index++) {
    const edit = edits[index];
    deltas[index + 1] = deltas[index] + edit.newLength - (edit.end - edit.start);
  }
  return deltas;
}

/** What one batch of editor edits did to a list of ranges; see `followEdits`. */
export interface FollowedEdits {
  /** Ranges from this index on may have moved; those before it are untouched (unless listed below). */
  shiftedFrom: number;
  /** Indices of ranges whose own text was edited (inside, or at one end): their text must be read again. */
  changed: number[];
  /** Indices of ranges an edit replaced entirely: orphan candidates, to re-anchor by their quote. */
  covered: number[];
}

/**
 * Applies one change of an editor (edits not overlapping, offsets before the change, in any order) to
 * `ranges` sorted by start, IN PLACE: pass ranges you own. Ranges ending before the first edit are
 * skipped by binary search when no earlier range reaches past it; the rest are shifted in one pass without
 * allocating, so a keystroke costs microseconds for thousands of claims. The order by start is kept.
 * A covered range collapses to where the replacement begins.
 */
export function followEdits(ranges: TextRange[], edits: readonly TextEdit[]): FollowedEdits {
  const sorted = sortedEdits(edits);
  const result: FollowedEdits = { shiftedFrom: ranges.length, changed: [], covered: [] };
  if (sorted.length === 0 || ranges.length === 0) return result;
  const firstStart = sorted[0].start;
  // Ranges starting before the first edit are looked at only for their end: a long claim may span the edit.
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ranges[middle].start < firstStart) low = middle + 1;
    else high = middle;
  }
  for (let index = 0; index < low; index++) {
    if (ranges[index].end > firstStart) follow(ranges, index, sorted, result);
  }
  result.shiftedFrom = low;
  // Past the last edit every range shifts by the same amount: no more searching.
  const lastEnd = sorted[sorted.length - 1].end;
  let totalDelta = 0;
  for (const edit of sorted) totalDelta += edit.newLength - (edit.end - edit.start);
  for (let index = low; index < ranges.length; index++) {
    const range = ranges[index];
    if (range.start >= lastEnd) {
      range.start += totalDelta;
      range.end += totalDelta;
    } else {
      follow(ranges, index, sorted, result);
    }
  }
  return result;
}

function follow(ranges: TextRange[], index: number, edits: readonly TextEdit[], result: FollowedEdits): void {
  const range = ranges[index];
  const mapped = mapRange(range, edits);
  range.start = mapped.start;
  range.end = mapped.end;
  if (mapped.covered) result.covered.push(index);
  else if (mapped.touched) result.changed.push(index);
}
