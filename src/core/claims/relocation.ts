/**
 * The entry point for putting claims back on a text that changed:
 *
 *   reanchorClaims(claims, newText, { oldText })  each claim with its AnchorResult, in the given order
 *   anchorAll(anchored, newText, { oldText })      the AnchorResults alone, for anything with an anchor and a quote
 *
 * With `oldText` (the text the claims were made on; pass the same text when the sidecar's hash says it is
 * unchanged) claims are mapped exactly through the diff; without it, or when the texts differ too much to
 * diff, by quote, which never guesses. Found claims ('exact', 'moved', 'changed') come back relocated: fresh
 * anchor, quote and entity offsets. Claims to review or orphaned come back unchanged, with their original
 * quote, so they can be found again later; the proposed range of one to review is in its result.
 */
import type { TextRange } from '../text/offsets';
import { occurrenceFinder } from '../text/occurrences';
import { diffTexts } from '../text/textDiff';
import { anchorThroughChange } from './anchorMapping';
import { quoteSelector, reanchor, type Anchored, type AnchorResult, type FindOccurrences } from './anchoring';
import type { Claim } from './model';

interface Located {
  text: string;
  start: number;
  end: number;
}

export interface ReanchoredClaim {
  claim: Claim;
  result: AnchorResult;
}

/**
 * Entities move with the span. One whose text is no longer where it was is looked up again inside the span,
 * and left out when gone: entities are read off the text, so a changed number is no longer that number.
 */
function follow<Entity extends Located>(entities: Entity[], text: string, range: TextRange, delta: number): Entity[] {
  return entities.flatMap((entity) => {
    const start = entity.start + delta;
    if (start >= range.start && start + entity.text.length <= range.end && text.startsWith(entity.text, start)) {
      return [{ ...entity, start, end: start + entity.text.length }];
    }
    const found = text.indexOf(entity.text, range.start);
    return found !== -1 && found + entity.text.length <= range.end ? [{ ...entity, start: found, end: found + entity.text.length }] : [];
  });
}

/** The claim at `range` of `text`: a fresh quote, entities moved along. `modified` is kept: the analyst changed nothing. */
export function relocateClaim(claim: Claim, text: string, range: TextRange): Claim {
  const delta = range.start - claim.anchor.start;
  return {
    ...claim,
    anchor: { start: range.start, end: range.end },
    quote: quoteSelector(text, range.start, range.end),
    actors: follow(claim.actors, text, range, delta),
    places: follow(claim.places, text, range, delta),
    numbers: follow(claim.numbers, text, range, delta),
  };
}

function settled(claim: Claim, text: string, result: AnchorResult): ReanchoredClaim {
  if (result.state === 'orphan' || result.state === 'needs-review') return { claim, result };
  const quote = quoteSelector(text, result.start, result.end);
  const unchanged = result.state === 'exact' && quote.prefix === claim.quote.prefix && quote.suffix === claim.quote.suffix;
  return { claim: unchanged ? claim : relocateClaim(claim, text, result), result };
}

/** Where each claim is in `newText`, in the given order; see the top of this module. */
export function anchorAll(claims: readonly Anchored[], newText: string, options: { oldText?: string } = {}): AnchorResult[] {
  const { oldText } = options;
  const change = oldText === undefined ? undefined : diffTexts(oldText, newText);
  if (change && oldText !== undefined) return claims.map((claim) => anchorThroughChange(claim, change, oldText, newText));
  const find = occurrenceFinder(newText, claims.map((claim) => claim.quote.exact));
  const results = claims.map((claim) => reanchor(claim, newText, { find }));
  proposeNearPlacedNeighbours(claims, newText, results, find);
  return results;
}

export function reanchorClaims(claims: readonly Claim[], newText: string, options: { oldText?: string } = {}): ReanchoredClaim[] {
  const results = anchorAll(claims, newText, options);
  return claims.map((claim, index) => settled(claim, newText, results[index]));
}

/**
 * A claim to review is proposed among its copies nearest where the placed claims around it moved: after a
 * paragraph is inserted at the top, its old offset points at an earlier copy.
 */
function proposeNearPlacedNeighbours(claims: readonly Anchored[], newText: string, results: AnchorResult[], find: FindOccurrences): void {
  const shifts = claims.flatMap((claim, index) => {
    const result = results[index];
    return result.state === 'orphan' || result.state === 'needs-review' ? [] : [{ at: claim.anchor.start, by: result.start - claim.anchor.start }];
  }).sort((a, b) => a.at - b.at);
  if (shifts.length === 0) return;
  claims.forEach((claim, index) => {
    if (results[index].state !== 'needs-review') return;
    let low = 0;
    let high = shifts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (shifts[middle].at <= claim.anchor.start) low = middle + 1;
      else high = middle;
    }
    const neighbour = shifts[Math.max(0, low - 1)];
    results[index] = reanchor(claim, newText, { find, near: claim.anchor.start + neighbour.by });
  });
}

/** One claim found by its quote; an orphan or a claim to review comes back unchanged. */
export function reanchorClaim(claim: Claim, text: string): { claim: Claim; state: AnchorResult['state']; result: AnchorResult } {
  const [{ claim: found, result }] = reanchorClaims([claim], text);
  return { claim: found, state: result.state, result };
}
