import type { TextRange } from '../text/offsets';
import { quoteSelector, reanchor, type AnchorResult } from './anchoring';
import type { Claim } from './model';

interface Located {
  text: string;
  start: number;
  end: number;
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

/** Finds the claim in a changed text; an orphan comes back unchanged, to be listed and re-tagged by the analyst. */
export function reanchorClaim(claim: Claim, text: string): { claim: Claim; state: AnchorResult['state'] } {
  const result = reanchor(claim, text);
  if (result.state === 'orphan') return { claim, state: 'orphan' };
  return { claim: relocateClaim(claim, text, result), state: result.state };
}
