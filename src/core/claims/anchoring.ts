import { approximateMatches, type ApproximateMatch } from '../text/approximateSearch';
import {
  commonPrefixLength,
  commonSuffixLength,
  snapBackToCodePoint,
  snapForwardToCodePoint,
  type TextRange,
} from '../text/offsets';
import { editDistance, similarity } from '../text/similarity';

/** W3C TextQuoteSelector: the claimed text plus some context on each side. */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Anchored {
  anchor: TextRange;
  quote: QuoteSelector;
}

/**
 * exact: same offsets, same text; moved: other offsets, same text; fuzzy: the text of the span changed;
 * orphan: no longer found; the claim is kept and listed, never dropped.
 */
export type AnchorState = 'exact' | 'moved' | 'fuzzy';
export type AnchorResult = (TextRange & { state: AnchorState }) | { state: 'orphan' };

/** A replacement of `[start, end)` by `newLength` code units, in offsets of the text before the change. */
export interface TextEdit extends TextRange {
  newLength: number;
}

export const QUOTE_CONTEXT_LENGTH = 32;
/** A quote this long identifies its place on its own, even when its context changed. */
const DISTINCTIVE_QUOTE_LENGTH = 32;
const MIN_ACCEPTED_SCORE = 0.7;
const MAX_EXACT_CANDIDATES = 1000;
const MAX_FUZZY_CANDIDATES = 50;
/** Snapping costs an edit distance over the whole quote: only the likeliest candidates get it. */
const MAX_SNAPPED_CANDIDATES = 5;
/**
 * Dynamic-programming cells (quote length × text searched) per fuzzy re-anchoring, some 10-20 ms, whatever the
 * size of the text. Quotes longer than about 1,000 characters are then found only when unchanged.
 */
const FUZZY_CELL_BUDGET = 2_000_000;
const MAX_FUZZY_ERRORS = 256;
/** Context shorter than this occurs too often to hint where a changed quote went. */
const MIN_CONTEXT_HINT_LENGTH = 12;

export function quoteSelector(text: string, start: number, end: number): QuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(snapForwardToCodePoint(text, Math.max(0, start - QUOTE_CONTEXT_LENGTH)), start),
    suffix: text.slice(end, snapBackToCodePoint(text, Math.min(text.length, end + QUOTE_CONTEXT_LENGTH))),
  };
}

export function reanchor(claim: Anchored, text: string): AnchorResult {
  const { anchor, quote } = claim;
  if (text.slice(anchor.start, anchor.end) === quote.exact) return { ...anchor, state: 'exact' };
  const moved = bestExactMatch(claim, text);
  if (moved) return { ...moved, state: 'moved' };
  const fuzzy = bestFuzzyMatch(claim, text);
  return fuzzy ? { ...fuzzy, state: 'fuzzy' } : { state: 'orphan' };
}

/** Hypothesis' ranking: (50·quote + 20·prefix + 20·suffix + 2·position similarity) / 92. */
function score(claim: Anchored, text: string, match: ApproximateMatch): number {
  const { anchor, quote } = claim;
  const quoteSimilarity = 1 - match.errors / quote.exact.length;
  const prefixSimilarity = similarity(quote.prefix, text.slice(Math.max(0, match.start - quote.prefix.length), match.start));
  const suffixSimilarity = similarity(quote.suffix, text.slice(match.end, match.end + quote.suffix.length));
  const positionSimilarity = 1 - Math.abs(match.start - anchor.start) / Math.max(1, text.length);
  return (50 * quoteSimilarity + 20 * prefixSimilarity + 20 * suffixSimilarity + 2 * positionSimilarity) / 92;
}

function best(claim: Anchored, text: string, matches: ApproximateMatch[]): { match: ApproximateMatch; score: number } | undefined {
  let winner: { match: ApproximateMatch; score: number } | undefined;
  for (const match of matches) {
    const matchScore = score(claim, text, match);
    if (!winner || matchScore > winner.score) winner = { match, score: matchScore };
  }
  return winner;
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let index = text.indexOf(needle); index !== -1; index = text.indexOf(needle, index + 1)) found.push(index);
  return found;
}

function nearest(offsets: number[], target: number, count: number): number[] {
  if (offsets.length <= count) return offsets;
  return [...offsets].sort((a, b) => Math.abs(a - target) - Math.abs(b - target)).slice(0, count);
}

function bestExactMatch(claim: Anchored, text: string): TextRange | undefined {
  const { exact } = claim.quote;
  const starts = nearest(occurrences(text, exact), claim.anchor.start, MAX_EXACT_CANDIDATES);
  const winner = best(claim, text, starts.map((start) => ({ start, end: start + exact.length, errors: 0 })));
  if (!winner) return undefined;
  const trusted = exact.length >= DISTINCTIVE_QUOTE_LENGTH || winner.score >= MIN_ACCEPTED_SCORE;
  return trusted ? { start: winner.match.start, end: winner.match.end } : undefined;
}

/** Where the quote probably went, likeliest first: after its prefix or before its suffix if those survived, then its old place. */
function positionHints(claim: Anchored, text: string): number[] {
  const { anchor, quote } = claim;
  const hints: number[] = [];
  if (quote.prefix.length >= MIN_CONTEXT_HINT_LENGTH) {
    const [prefixStart] = nearest(occurrences(text, quote.prefix), anchor.start - quote.prefix.length, 1);
    if (prefixStart !== undefined) hints.push(prefixStart + quote.prefix.length);
  }
  if (quote.suffix.length >= MIN_CONTEXT_HINT_LENGTH) {
    const [suffixStart] = nearest(occurrences(text, quote.suffix), anchor.end, 1);
    if (suffixStart !== undefined) hints.push(Math.max(0, suffixStart - quote.exact.length));
  }
  hints.push(Math.min(anchor.start, text.length));
  return hints;
}

/**
 * Text to search, within FUZZY_CELL_BUDGET: a window around each hint the budget affords, likeliest first,
 * wide enough for a match with `maxErrors` edits, then all widened evenly with what the budget has left.
 */
function searchWindows(claim: Anchored, text: string, maxErrors: number): TextRange[] {
  const length = claim.quote.exact.length;
  let affordable = Math.floor(FUZZY_CELL_BUDGET / length);
  const windows: TextRange[] = [];
  for (const hint of positionHints(claim, text)) {
    if (windows.some((window) => hint >= window.start && hint <= window.end)) continue;
    const window = { start: Math.max(0, hint - maxErrors), end: Math.min(text.length, hint + length + maxErrors) };
    if (window.end - window.start > affordable) break;
    windows.push(window);
    affordable -= window.end - window.start;
  }
  const widening = Math.floor(affordable / Math.max(1, windows.length) / 2);
  return mergeOverlapping(windows.map((window) => ({
    start: Math.max(0, window.start - widening),
    end: Math.min(text.length, window.end + widening),
  })));
}

function mergeOverlapping(windows: TextRange[]): TextRange[] {
  const merged: TextRange[] = [];
  for (const window of [...windows].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && window.start <= last.end) last.end = Math.max(last.end, window.end);
    else merged.push({ ...window });
  }
  return merged;
}

/** The closest approximate occurrence of `context` in `window`, ties going to the one nearest `offset`. */
function nearestContext(text: string, context: string, window: TextRange, offset: number, side: 'start' | 'end'): ApproximateMatch | undefined {
  const matches = approximateMatches(text, context, Math.floor(context.length / 4), window);
  const distance = (match: ApproximateMatch): number => Math.abs(match[side] - offset);
  return matches.sort((a, b) => a.errors - b.errors || distance(a) - distance(b))[0];
}

/**
 * Fewest edits can mean a clipped span: "at least 45 fighters of the Taliban" matches "at least 40 Taliban"
 * best from "rs of the". Where the surviving prefix and suffix sit tells the span's real edges.
 */
function snappedToContext(claim: Anchored, text: string, match: ApproximateMatch, slack: number): ApproximateMatch | undefined {
  const { prefix, suffix, exact } = claim.quote;
  const before = prefix.length >= MIN_CONTEXT_HINT_LENGTH
    ? nearestContext(text, prefix, { start: Math.max(0, match.start - prefix.length - slack), end: Math.min(text.length, match.start + slack) }, match.start, 'end')
    : undefined;
  const after = suffix.length >= MIN_CONTEXT_HINT_LENGTH
    ? nearestContext(text, suffix, { start: Math.max(0, match.end - slack), end: Math.min(text.length, match.end + suffix.length + slack) }, match.end, 'start')
    : undefined;
  const start = before?.end ?? match.start;
  const end = after?.start ?? match.end;
  if ((start === match.start && end === match.end) || end <= start) return undefined;
  return { start, end, errors: editDistance(exact, text.slice(start, end)) };
}

function bestFuzzyMatch(claim: Anchored, text: string): TextRange | undefined {
  const { exact } = claim.quote;
  const maxErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(exact.length / 2));
  const distance = (match: ApproximateMatch): number => Math.abs(match.start - claim.anchor.start);
  const matches = searchWindows(claim, text, maxErrors)
    .flatMap((window) => approximateMatches(text, exact, maxErrors, window))
    .sort((a, b) => a.errors - b.errors || distance(a) - distance(b))
    .slice(0, MAX_FUZZY_CANDIDATES);
  const snapped = matches.slice(0, MAX_SNAPPED_CANDIDATES).flatMap((match) => snappedToContext(claim, text, match, maxErrors) ?? []);
  const winner = best(claim, text, [...matches, ...snapped]);
  return winner && winner.score >= MIN_ACCEPTED_SCORE ? { start: winner.match.start, end: winner.match.end } : undefined;
}

type EditEffect = 'none' | 'shifted' | 'resized' | 'overlapped' | 'covered';

function applyEdit(range: TextRange, edit: TextEdit): { range: TextRange; effect: EditEffect } {
  const delta = edit.newLength - (edit.end - edit.start);
  if (edit.start >= range.end) return { range, effect: 'none' };
  if (edit.end <= range.start) {
    return delta === 0 ? { range, effect: 'none' } : { range: { start: range.start + delta, end: range.end + delta }, effect: 'shifted' };
  }
  if (edit.start <= range.start && edit.end >= range.end) return { range, effect: 'covered' };
  if (edit.start >= range.start && edit.end <= range.end) return { range: { start: range.start, end: range.end + delta }, effect: 'resized' };
  // The edit replaced one end of the span: what remains of the span is kept, the new text is not claimed.
  const clipped = edit.start < range.start
    ? { start: edit.start + edit.newLength, end: range.end + delta }
    : { start: range.start, end: edit.start };
  return { range: clipped, effect: 'overlapped' };
}

/**
 * Follows a claim through one change of the text, as an editor reports it: `edits` do not overlap and
 * their offsets refer to the text before the change. Insertions at either edge of the span stay outside it.
 */
export function shiftAnchorForEdits(anchor: TextRange, edits: readonly TextEdit[]): AnchorResult {
  let range = anchor;
  let state: AnchorState = 'exact';
  // From the last edit to the first, so the offsets of the edits still to apply stay valid.
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    if (edit.start === edit.end && edit.newLength === 0) continue;
    const applied = applyEdit(range, edit);
    if (applied.effect === 'covered') return { state: 'orphan' };
    if (applied.effect === 'shifted' && state === 'exact') state = 'moved';
    if (applied.effect === 'resized' || applied.effect === 'overlapped') state = 'fuzzy';
    range = applied.range;
  }
  return { ...range, state };
}

/**
 * Translates `[start, end)` of `fromText` into `toText`, e.g. between an editor buffer with unsaved edits
 * and the file on disk. Texts differing in one region are mapped by offsets; a range touching the
 * differing region is found again by its quote.
 */
export function mapRangeBetweenTexts(fromText: string, toText: string, start: number, end: number): AnchorResult {
  if (fromText === toText) return { start, end, state: 'exact' };
  const prefix = commonPrefixLength(fromText, toText);
  const suffix = commonSuffixLength(fromText, toText, prefix);
  const difference: TextEdit = { start: prefix, end: fromText.length - suffix, newLength: toText.length - suffix - prefix };
  const applied = applyEdit({ start, end }, difference);
  switch (applied.effect) {
    case 'none':
      return { start, end, state: 'exact' };
    case 'shifted':
      return { ...applied.range, state: 'moved' };
    case 'resized':
      return { ...applied.range, state: 'fuzzy' };
    default:
      return reanchor({ anchor: { start, end }, quote: quoteSelector(fromText, start, end) }, toText);
  }
}
