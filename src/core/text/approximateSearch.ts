import search from 'approx-string-match';
import type { TextRange } from './offsets';

export interface ApproximateMatch extends TextRange {
  /** Edit distance between the pattern and `text.slice(start, end)`. */
  errors: number;
}

/**
 * The places in `text` closest to `pattern`, with the fewest edits found, at most `maxErrors` (Myers'
 * bit-parallel algorithm, as Hypothesis uses: time grows with text length × maxErrors / 32, not with the
 * pattern's length). Matches ending at neighbouring offsets are one place, reported once, longest first.
 */
export function closestMatches(text: string, pattern: string, maxErrors: number): ApproximateMatch[] {
  const places: ApproximateMatch[] = [];
  for (const match of search(text, pattern, maxErrors)) {
    const last = places[places.length - 1];
    if (last && match.start < last.end) continue;
    places.push({ start: match.start, end: match.end, errors: match.errors });
  }
  return places;
}
