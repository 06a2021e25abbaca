import type { Span } from './span';

/** Widens `span` to whole lines of `text`, line breaks included, so context rules see whole sentences. */
export function expandToLines(text: string, span: Span): Span {
  const start = span.start <= 0 ? 0 : text.lastIndexOf('\n', span.start - 1) + 1;
  const newline = text.indexOf('\n', Math.max(span.start, span.end - 1));
  return { start, end: newline < 0 ? text.length : newline + 1 };
}

/**
 * Characters the editor recognises between two yields to the event loop: a few milliseconds of work, so
 * typing stays smooth while a large article is scanned.
 */
export const SLICE_BUDGET = 32 * 1024;

/** How far back a slice may end early to end at a sentence rather than inside a multi-word name. */
const SENTENCE_SEARCH = 4096;

/**
 * The first piece of `span` no longer than about `budget` code units. It ends at a line break or,
 * for a single huge line, at the end of a sentence or else at white space, so that no word is cut in two.
 */
export function firstSlice(text: string, span: Span, budget: number): Span {
  if (span.end - span.start <= budget) return span;
  const limit = span.start + budget;
  const newline = text.lastIndexOf('\n', limit - 1);
  if (newline >= span.start) return { start: span.start, end: newline + 1 };
  const sentenceEnd = text.lastIndexOf('. ', limit);
  if (sentenceEnd > span.start && limit - sentenceEnd < SENTENCE_SEARCH) return { start: span.start, end: sentenceEnd + 1 };
  const space = lastWhiteSpace(text, span.start, limit);
  if (space > span.start) return { start: span.start, end: space };
  const nextSpace = nextWhiteSpace(text, limit, span.end);
  return { start: span.start, end: nextSpace };
}

function lastWhiteSpace(text: string, from: number, limit: number): number {
  for (let i = limit; i > from; i--) if (isWhiteSpace(text.charCodeAt(i))) return i;
  return -1;
}

function nextWhiteSpace(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (isWhiteSpace(text.charCodeAt(i))) return i;
  return limit;
}

function isWhiteSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}
