import type { Candidate } from './candidate';
import type { Token } from './text/tokens';

/**
 * Picks non-overlapping candidates: the longest text first, then the higher priority, then the earlier one.
 * Returns them sorted by position. O(n log n) in the number of candidates.
 */
export function resolveOverlaps(candidates: readonly Candidate[], tokens: readonly Token[]): Candidate[] {
  const count = candidates.length;
  // One numeric key per candidate, so the sort compares numbers rather than recomputing lengths.
  const rank = new Float64Array(count);
  const order: number[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const c = candidates[i];
    rank[i] = (tokens[c.last].end - tokens[c.first].start) * 1024 + c.priority;
    order[i] = i;
  }
  order.sort((a, b) => rank[b] - rank[a] || candidates[a].first - candidates[b].first);
  const taken = new Uint8Array(tokens.length);
  const chosen: Candidate[] = [];
  for (const index of order) {
    const candidate = candidates[index];
    let free = true;
    for (let i = candidate.first; i <= candidate.last && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, candidate.first, candidate.last + 1);
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.first - b.first);
}

/** The candidate covering each token, for rules that ask what is already known. */
export function coverage(candidates: readonly Candidate[], tokenCount: number): (Candidate | undefined)[] {
  const covered: (Candidate | undefined)[] = new Array(tokenCount);
  for (const candidate of candidates) for (let i = candidate.first; i <= candidate.last; i++) covered[i] = candidate;
  return covered;
}
