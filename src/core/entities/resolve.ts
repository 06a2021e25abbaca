import type { Candidate } from './candidate';
import type { Tokens } from './text/tokens';

/** Above every priority in `Priority`, so a rank orders by length, then priority. */
const PRIORITY_RANGE = 128;

/**
 * Picks non-overlapping candidates: the longest text first, then the higher priority, then the earlier one,
 * then the one listed first. Returns them sorted by position. Linear in candidates plus tokens.
 */
export function resolveOverlaps(candidates: readonly Candidate[], tokens: Tokens): Candidate[] {
  const count = candidates.length;
  const firsts = new Int32Array(count);
  const lasts = new Int32Array(count);
  const ranks = new Int32Array(count);
  let maxRank = 0;
  for (let i = 0; i < count; i++) {
    const c = candidates[i];
    firsts[i] = c.first;
    lasts[i] = c.last;
    ranks[i] = (tokens.end(c.last) - tokens.start(c.first)) * PRIORITY_RANGE + c.priority;
    if (ranks[i] > maxRank) maxRank = ranks[i];
  }
  const order = byRankThenPosition(ranks, firsts, maxRank, tokens.length);
  const taken = new Uint8Array(tokens.length);
  /** One more than the index of the candidate chosen to start at each token, or 0. */
  const chosenAt = new Int32Array(tokens.length);
  let chosenCount = 0;
  for (let k = 0; k < count; k++) {
    const index = order[k];
    const first = firsts[index];
    const last = lasts[index];
    let free = true;
    for (let i = first; i <= last && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, first, last + 1);
    chosenAt[first] = index + 1;
    chosenCount++;
  }
  const chosen: Candidate[] = new Array(chosenCount);
  for (let i = 0, k = 0; k < chosenCount; i++) if (chosenAt[i] !== 0) chosen[k++] = candidates[chosenAt[i] - 1];
  return chosen;
}

/**
 * Candidate indices by rank (highest first), then by first token, then in list order: two stable counting
 * sorts, by position and then by rank, so no comparator runs. Ranks are small (a few words' length).
 */
function byRankThenPosition(ranks: Int32Array, firsts: Int32Array, maxRank: number, positions: number): Int32Array {
  const byPosition = stableCountingSort(identity(ranks.length), firsts, positions, false);
  // A huge rank (a name thousands of letters long) would make the count table huge: compare instead.
  if (maxRank > 4 * ranks.length + 65536) return Int32Array.from([...byPosition].sort((a, b) => ranks[b] - ranks[a]));
  return stableCountingSort(byPosition, ranks, maxRank + 1, true);
}

function identity(count: number): Int32Array {
  const indices = new Int32Array(count);
  for (let i = 0; i < count; i++) indices[i] = i;
  return indices;
}

/** `indices` ordered by `keys[index]` (each below `range`), keeping the given order among equal keys. */
function stableCountingSort(indices: Int32Array, keys: Int32Array, range: number, descending: boolean): Int32Array {
  const starts = new Int32Array(range + 1);
  for (let k = 0; k < indices.length; k++) starts[slot(keys[indices[k]], range, descending) + 1]++;
  for (let s = 1; s <= range; s++) starts[s] += starts[s - 1];
  const sorted = new Int32Array(indices.length);
  for (let k = 0; k < indices.length; k++) sorted[starts[slot(keys[indices[k]], range, descending)]++] = indices[k];
  return sorted;
}

function slot(key: number, range: number, descending: boolean): number {
  return descending ? range - 1 - key : key;
}

/** The candidate covering each token, for rules that ask what is already known; in `covered` when one is lent. */
export function coverage(candidates: readonly Candidate[], tokenCount: number, covered: (Candidate | undefined)[] = new Array(tokenCount)): (Candidate | undefined)[] {
  for (const candidate of candidates) for (let i = candidate.first; i <= candidate.last; i++) covered[i] = candidate;
  return covered;
}
