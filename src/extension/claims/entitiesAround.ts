import type { Entity, Recognizer } from '../../core/entities/entity';
import { expandToLines } from '../../core/scanning/slicing';

/** Enough context around a span for its speakers and the actors of its sentences. */
const CONTEXT_REACH = 2000;

/**
 * The entities in and around `[start, end)` of `text`, read directly by the recognizer so that tagging
 * works the same whether or not highlighting is on or has finished.
 */
export function entitiesAround(text: string, start: number, end: number, recognizer: Recognizer): Entity[] {
  const window = expandToLines(text, { start: Math.max(0, start - CONTEXT_REACH), end: Math.min(text.length, end + CONTEXT_REACH) });
  return recognizer
    .recognize(text.slice(window.start, window.end))
    .map((entity) => ({ ...entity, start: entity.start + window.start, end: entity.end + window.start }));
}
