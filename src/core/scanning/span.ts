/** A half-open range of UTF-16 offsets, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** One edit of a text: the old range [start, end) was replaced by `newLength` code units. */
export interface TextEdit {
  start: number;
  end: number;
  newLength: number;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Adds `span` to sorted, disjoint `spans`, merging what touches it. */
export function addSpan(spans: readonly Span[], span: Span): Span[] {
  if (span.end <= span.start) return [...spans];
  const result: Span[] = [];
  let merged = { ...span };
  for (const current of spans) {
    if (current.end < merged.start) result.push(current);
    else if (current.start > merged.end) result.push(current);
    else merged = { start: Math.min(merged.start, current.start), end: Math.max(merged.end, current.end) };
  }
  result.push(merged);
  return result.sort((a, b) => a.start - b.start);
}

/** Removes `span` from sorted, disjoint `spans`. */
export function subtractSpan(spans: readonly Span[], span: Span): Span[] {
  const result: Span[] = [];
  for (const current of spans) {
    if (!overlaps(current, span)) {
      result.push(current);
      continue;
    }
    if (current.start < span.start) result.push({ start: current.start, end: span.start });
    if (current.end > span.end) result.push({ start: span.end, end: current.end });
  }
  return result;
}

/** Where `offset` in the old text lands after `edit`; offsets inside the replaced range go to its start. */
export function shiftOffset(offset: number, edit: TextEdit): number {
  if (offset <= edit.start) return offset;
  if (offset >= edit.end) return offset + edit.newLength - (edit.end - edit.start);
  return edit.start;
}
