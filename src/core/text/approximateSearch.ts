import type { TextRange } from './offsets';

export interface ApproximateMatch extends TextRange {
  /** Edit distance between the pattern and `text.slice(start, end)`. */
  errors: number;
}

/**
 * Substrings of `text` within `window` whose edit distance to `pattern` is at most `maxErrors`: one match
 * per run of neighbouring end positions, the best of the run (Sellers' semi-global dynamic programming).
 * Work is pattern length × window length, so callers bound the window.
 */
export function approximateMatches(text: string, pattern: string, maxErrors: number, window: TextRange): ApproximateMatch[] {
  const rows = pattern.length;
  let cost = new Int32Array(rows + 1);
  let start = new Int32Array(rows + 1);
  let nextCost = new Int32Array(rows + 1);
  let nextStart = new Int32Array(rows + 1);
  for (let i = 0; i <= rows; i++) {
    cost[i] = i;
    start[i] = window.start;
  }

  const matches: ApproximateMatch[] = [];
  let run: ApproximateMatch | undefined;
  for (let column = window.start; column < window.end; column++) {
    const code = text.charCodeAt(column);
    nextCost[0] = 0;
    nextStart[0] = column + 1;
    for (let i = 1; i <= rows; i++) {
      let best = cost[i - 1] + (pattern.charCodeAt(i - 1) === code ? 0 : 1);
      let bestStart = start[i - 1];
      if (cost[i] + 1 < best) {
        best = cost[i] + 1;
        bestStart = start[i];
      }
      if (nextCost[i - 1] + 1 < best) {
        best = nextCost[i - 1] + 1;
        bestStart = nextStart[i - 1];
      }
      nextCost[i] = best;
      nextStart[i] = bestStart;
    }
    [cost, nextCost] = [nextCost, cost];
    [start, nextStart] = [nextStart, start];

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
