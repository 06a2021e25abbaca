import type { TextRange } from './offsets';

export interface ApproximateMatch extends TextRange {
  /** Edit distance between the pattern and `text.slice(start, end)`. */
  errors: number;
}

/**
 * Substrings of `text` within `window` whose edit distance to `pattern` is at most `maxErrors`: one match
 * per run of neighbouring end positions, the best of the run (Sellers' semi-global dynamic programming,
 * one column kept in place). Work is pattern length × window length, so callers bound the window.
 */
export function approximateMatches(text: string, pattern: string, maxErrors: number, window: TextRange): ApproximateMatch[] {
  const rows = pattern.length;
  const codes = Uint16Array.from({ length: rows }, (_, index) => pattern.charCodeAt(index));
  // cost[i]: fewest edits turning pattern[0, i) into a text substring ending at the current column; start[i]: where it starts.
  const cost = new Int32Array(rows + 1);
  const start = new Int32Array(rows + 1);
  for (let i = 0; i <= rows; i++) {
    cost[i] = i;
    start[i] = window.start;
  }

  const matches: ApproximateMatch[] = [];
  let run: ApproximateMatch | undefined;
  for (let column = window.start; column < window.end; column++) {
    const code = text.charCodeAt(column);
    let diagonalCost = cost[0];
    let diagonalStart = start[0];
    let aboveCost = 0;
    let aboveStart = column + 1;
    cost[0] = 0;
    start[0] = column + 1;
    for (let i = 1; i <= rows; i++) {
      const leftCost = cost[i];
      const leftStart = start[i];
      let best = diagonalCost + (codes[i - 1] === code ? 0 : 1);
      let bestStart = diagonalStart;
      if (leftCost + 1 < best) {
        best = leftCost + 1;
        bestStart = leftStart;
      }
      if (aboveCost + 1 < best) {
        best = aboveCost + 1;
        bestStart = aboveStart;
      }
      cost[i] = best;
      start[i] = bestStart;
      diagonalCost = leftCost;
      diagonalStart = leftStart;
      aboveCost = best;
      aboveStart = bestStart;
    }

    const errors = cost[rows];
    if (errors > maxErrors) {
      run = undefined;
    } else if (!run) {
      run = { start: start[rows], end: column + 1, errors };
      matches.push(run);
    } else if (errors < run.errors) {
      Object.assign(run, { start: start[rows], end: column + 1, errors });
    }
  }
  return matches;
}
