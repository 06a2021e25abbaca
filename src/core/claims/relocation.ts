/**
 * The entry point for putting claims back on a text that changed:
 *
 *   reanchorClaims(claims, newText, { oldText })  each claim with its AnchorResult, in the given order
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
import { quoteSelector, reanchor, type AnchorResult } from './anchoring';
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

export function reanchorClaims(claims: readonly Claim[], newText: string, options: { oldText?: string } = {}): ReanchoredClaim[] {
  const { oldText } = options;
  const change = oldText === undefined ? undefined : diffTexts(oldText, newText);
  const find = occurrenceFinder(newText, change ? [] : claims.map((claim) => claim.quote.exact));
  return claims.map((claim) => {
    const result = change && oldText !== undefined ? anchorThroughChange(claim, change, oldText, newText) : reanchor(claim, newText, find);
    return settled(claim, newText, result);
  });
}

/** One claim found by its quote; an orphan or a claim to review comes back unchanged. */
export function reanchorClaim(claim: Claim, text: string): { claim: Claim; state: AnchorResult['state']; result: AnchorResult } {
  const [{ claim: found, result }] = reanchorClaims([claim], text);
  return { claim: found, state: result.state, result };
}
