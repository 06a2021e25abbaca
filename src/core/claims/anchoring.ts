/**
 * Re-anchoring by quote, for when the text a claim was made on is unknown. It never guesses: a claim is
 * placed only where its quote occurs with all its stored context (32 characters each side, CRs ignored)
 * and no other occurrence shares much of that context; anything less is 'needs-review' with a proposed
 * range and a reason, or 'orphan'. When the old text is known, map through the change instead
 * (anchorMapping.ts), which is exact. Batches of claims: `anchorAll` / `reanchorClaims` in relocation.ts.
 *
 *   quoteSelector(text, start, end)        the W3C TextQuoteSelector stored with a claim
 *   reanchor(claim, text, { find, near })  AnchorResult: where the quote is now, or why it is not placed
 *
 * AnchorResult states: 'exact' same offsets, same text; 'moved' other offsets, same text; 'changed' text
 * edited inside the span (from a known change, or line endings converted); 'needs-review' a proposed
 * range for the analyst to confirm, with the reason; 'orphan' not found, with the reason.
 */
import { closestMatches } from '../text/approximateSearch';
import { occurrences } from '../text/occurrences';
import { snapBackToCodePoint, snapForwardToCodePoint, type TextRange } from '../text/offsets';

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

export type AnchorResult =
  | (TextRange & { state: 'exact' | 'moved' | 'changed' })
  | (TextRange & { state: 'needs-review'; reason: string })
  | { state: 'orphan'; reason: string };
export type AnchorState = AnchorResult['state'];
/** A claim not placed with certainty, as a sidecar keeps it (the claim's optional `anchoring` field). */
export interface UnsettledAnchoring {
  state: 'needs-review' | 'orphan';
  reason: string;
}

/** Finds every offset of a pattern in the text being searched; `occurrenceFinder` shares one pass among claims. */
export type FindOccurrences = (pattern: string) => number[];

export const QUOTE_CONTEXT_LENGTH = 32;
/** A side of the context agreeing this much with the stored one makes another occurrence a possible claim. */
const RESEMBLING_SIDE = 0.5;
/** A quote differing by more than this share of its length is not proposed. */
const MAX_ERROR_SHARE = 0.25;
/** A close match with less context than this is proposed only for a quote this long, distinctive on its own. */
const MIN_FUZZY_CONTEXT = 0.25;
const DISTINCTIVE_QUOTE_LENGTH = 32;
/** Comparing the context of more occurrences than this costs more than the answer is worth: ask the analyst. */
const MAX_OCCURRENCES = 100_000;

export function quoteSelector(text: string, start: number, end: number): QuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(snapForwardToCodePoint(text, Math.max(0, start - QUOTE_CONTEXT_LENGTH)), start),
    suffix: text.slice(end, snapBackToCodePoint(text, Math.min(text.length, end + QUOTE_CONTEXT_LENGTH))),
  };
}

/** How much of the stored context still surrounds a candidate, each side read outward from the quote, CRs ignored. */
interface ContextAgreement {
  /** Shares of each side that agree (1 for a side stored empty), and of both together. */
  prefix: number;
  suffix: number;
  overall: number;
}

function countAgreeing(stored: string, text: string, from: number, step: 1 | -1): { agreeing: number; total: number } {
  let total = 0;
  for (let index = 0; index < stored.length; index++) if (stored.charCodeAt(index) !== 13) total++;
  let agreeing = 0;
  let i = step === 1 ? 0 : stored.length - 1;
  let j = step === 1 ? from : from - 1;
  while (i >= 0 && i < stored.length) {
    if (stored.charCodeAt(i) === 13) {
      i += step;
      continue;
    }
    while (j >= 0 && j < text.length && text.charCodeAt(j) === 13) j += step;
    if (j < 0 || j >= text.length || text.charCodeAt(j) !== stored.charCodeAt(i)) break;
    agreeing++;
    i += step;
    j += step;
  }
  return { agreeing, total };
}

export function contextAgreement(quote: QuoteSelector, text: string, range: TextRange): ContextAgreement {
  const before = countAgreeing(quote.prefix, text, range.start, -1);
  const after = countAgreeing(quote.suffix, text, range.end, 1);
  const share = ({ agreeing, total }: { agreeing: number; total: number }) => (total === 0 ? 1 : agreeing / total);
  const total = before.total + after.total;
  return { prefix: share(before), suffix: share(after), overall: total === 0 ? 1 : (before.agreeing + after.agreeing) / total };
}

function resembles(quote: QuoteSelector, agreement: ContextAgreement): boolean {
  return (quote.prefix.length > 0 && agreement.prefix >= RESEMBLING_SIDE) || (quote.suffix.length > 0 && agreement.suffix >= RESEMBLING_SIDE);
}

/** The quote as written with the other line ending: a file converted to or from CRLF. */
function otherLineEndings(exact: string): string | undefined {
  if (exact.includes('\r\n')) return exact.replace(/\r\n/g, '\n');
  return exact.includes('\n') ? exact.replace(/\n/g, '\r\n') : undefined;
}

interface Candidate extends TextRange {
  agreement: ContextAgreement;
}

function candidatesAt(claim: Anchored, text: string, starts: readonly number[], length: number): Candidate[] {
  return starts.map((start) => {
    const range = { start, end: start + length };
    return { ...range, agreement: contextAgreement(claim.quote, text, range) };
  });
}

/** Best context first; among equals, for a proposal only, the one nearest the claim's old place. */
function byAgreement(candidates: Candidate[], near: number): Candidate[] {
  return [...candidates].sort((a, b) => b.agreement.overall - a.agreement.overall || Math.abs(a.start - near) - Math.abs(b.start - near));
}

function placed(claim: Anchored, text: string, range: TextRange): AnchorResult {
  const { start, end } = range;
  // The quote found with other line endings is the same words, not the same text.
  if (text.slice(start, end) !== claim.quote.exact) return { start, end, state: 'changed' };
  return { start, end, state: start === claim.anchor.start && end === claim.anchor.end ? 'exact' : 'moved' };
}

function review(range: TextRange, reason: string): AnchorResult {
  return { start: range.start, end: range.end, state: 'needs-review', reason };
}

/**
 * Where the quote occurs exactly. It is placed only where all its stored context still surrounds it, and
 * only if no other occurrence shares much of that context: then another copy may be the claim with its
 * surroundings edited, or the copy the claim's text was deleted from may have left this one behind.
 */
function amongExact(claim: Anchored, text: string, candidates: Candidate[], near: number): AnchorResult {
  const [best, ...others] = byAgreement(candidates, near);
  const fullContext = best.agreement.prefix === 1 && best.agreement.suffix === 1;
  if (fullContext && !others.some((other) => resembles(claim.quote, other.agreement))) return placed(claim, text, best);
  if (others.length === 0) return review(best, 'the quote occurs once, but its surroundings changed');
  return review(best, `the quote occurs ${candidates.length} times and its surroundings do not tell which is the claim`);
}

/** No exact occurrence: the closest matches are only proposed. */
function amongClose(claim: Anchored, text: string, near: number): AnchorResult {
  const { exact } = claim.quote;
  const maxErrors = Math.floor(exact.length * MAX_ERROR_SHARE);
  if (maxErrors === 0) return { state: 'orphan', reason: 'the quote is no longer in the text' };
  const matches = closestMatches(text, exact, maxErrors);
  const candidates = byAgreement(matches.map((match) => ({ ...match, agreement: contextAgreement(claim.quote, text, match) })), near)
    .filter((candidate) => candidate.agreement.overall >= MIN_FUZZY_CONTEXT || exact.length >= DISTINCTIVE_QUOTE_LENGTH);
  const [best] = candidates;
  if (!best) return { state: 'orphan', reason: 'the quote is no longer in the text' };
  const errors = matches.find((match) => match.start === best.start)?.errors ?? 0;
  const proposed = snappedToContext(claim.quote, text, best, maxErrors);
  if (candidates.length > 1) return review(proposed, `the quote was edited; ${candidates.length} passages resemble it`);
  return review(proposed, `the quote was edited (about ${errors} ${errors === 1 ? 'character differs' : 'characters differ'})`);
}

/** Context shorter than this occurs too often to tell where a changed quote begins or ends. */
const MIN_SNAPPING_CONTEXT = 12;

/**
 * Fewest edits can mean a clipped span: "at least 45 fighters of the Taliban" matches "at least 40 Taliban"
 * best from "rs of the". Where the surviving prefix and suffix sit tells the span's real edges.
 */
function snappedToContext(quote: QuoteSelector, text: string, match: TextRange, slack: number): TextRange {
  const closest = (context: string, from: number, to: number) => {
    const window = { start: Math.max(0, from), end: Math.min(text.length, to) };
    const [found] = closestMatches(text.slice(window.start, window.end), context, Math.floor(context.length / 4));
    return found && { start: window.start + found.start, end: window.start + found.end };
  };
  const before = quote.prefix.length >= MIN_SNAPPING_CONTEXT
    ? closest(quote.prefix, match.start - quote.prefix.length - slack, match.start + slack) : undefined;
  const after = quote.suffix.length >= MIN_SNAPPING_CONTEXT
    ? closest(quote.suffix, match.end - slack, match.end + quote.suffix.length + slack) : undefined;
  const start = before?.end ?? match.start;
  const end = after?.start ?? match.end;
  return end > start ? { start, end } : match;
}

/** How to search: `find` lets many claims share one search of a large text (see `occurrenceFinder`). */
export interface QuoteSearch {
  find?: FindOccurrences;
  /**
   * Where the claim probably is now, e.g. its old offset shifted as its placed neighbours moved: it orders
   * the proposals for review, never decides a placement. The claim's old offset by default.
   */
  near?: number;
}

/** Finds a claim's quote in a text it was not necessarily made on. */
export function reanchor(claim: Anchored, text: string, search: QuoteSearch = {}): AnchorResult {
  const find = search.find ?? ((pattern: string) => occurrences(text, pattern));
  const near = search.near ?? claim.anchor.start;
  const { exact } = claim.quote;
  let starts = find(exact);
  let length = exact.length;
  if (starts.length === 0) {
    const converted = otherLineEndings(exact);
    if (converted !== undefined) {
      starts = occurrences(text, converted);
      length = converted.length;
    }
  }
  if (starts.length > MAX_OCCURRENCES) {
    return review({ start: starts[0], end: starts[0] + length }, `the quote occurs ${starts.length} times`);
  }
  if (starts.length > 0) return amongExact(claim, text, candidatesAt(claim, text, starts, length), near);
  return amongClose(claim, text, near);
}
