/**
 * Wire copy: outlets reprint an agency's sentence with small edits. Sentences are compared as sets of
 * word n-grams (shingles); two sentences whose Jaccard similarity reaches the threshold are one source.
 */
export const SHINGLE_SIZE = 3;
export const WIRE_COPY_THRESHOLD = 0.6;

export function normaliseWords(sentence: string): string[] {
  return sentence.normalize('NFKC').toLowerCase().replace(/[’']/gu, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Word n-grams; a sentence shorter than n is one shingle of all its words. */
export function shingles(sentence: string, size = SHINGLE_SIZE): Set<string> {
  const words = normaliseWords(sentence);
  const result = new Set<string>();
  if (words.length <= size) {
    if (words.length > 0) result.add(words.join(' '));
    return result;
  }
  for (let i = 0; i + size <= words.length; i++) result.add(words.slice(i, i + size).join(' '));
  return result;
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/** FNV-1a of a word, as a 32-bit number. */
function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

const hashedCache = new Map<string, Set<number>>();
const MAX_CACHED_SENTENCES = 20_000;

/**
 * The shingles as numbers (a hash of their words), far lighter than strings over thousands of claims; a
 * collision between two 3-grams of two sentences is too rare to change a verdict. Wire copies repeat
 * sentences, so the sets are cached by sentence.
 */
function hashedShingles(sentence: string, size = SHINGLE_SIZE): Set<number> {
  let known = hashedCache.get(sentence);
  if (known) return known;
  const hashes = normaliseWords(sentence).map(wordHash);
  known = new Set<number>();
  if (hashes.length <= size) {
    if (hashes.length > 0) known.add(hashes.reduce((all, hash) => Math.imul(all ^ hash, 0x01000193) >>> 0, 0x811c9dc5));
  } else {
    for (let i = 0; i + size <= hashes.length; i++) {
      let hash = 0x811c9dc5;
      for (let k = 0; k < size; k++) hash = Math.imul(hash ^ hashes[i + k], 0x01000193);
      known.add(hash >>> 0);
    }
  }
  if (hashedCache.size >= MAX_CACHED_SENTENCES) hashedCache.clear();
  hashedCache.set(sentence, known);
  return known;
}

export function isWireCopy(a: string, b: string, threshold = WIRE_COPY_THRESHOLD): boolean {
  return jaccard(shingles(a), shingles(b)) >= threshold;
}

export interface SourceItem {
  sentence: string;
  /** The same outlet twice is one source whatever it wrote; undefined: an outlet of its own. */
  outlet?: string;
}

/**
 * Groups items into independent sources: the same outlet, or near-identical sentences (transitively),
 * are one. Returns each item's source index, numbered in order of first appearance.
 */
export function independentSources(items: readonly SourceItem[], threshold = WIRE_COPY_THRESHOLD): number[] {
  const parent = items.map((_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]];
    return index;
  };
  const union = (a: number, b: number): void => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  const firstOfOutlet = new Map<string, number>();
  items.forEach((item, index) => {
    if (item.outlet === undefined) return;
    const key = item.outlet.toLowerCase().trim();
    const first = firstOfOutlet.get(key);
    if (first === undefined) firstOfOutlet.set(key, index);
    else union(first, index);
  });
  if (items.length < 2) return items.map(() => 0);
  const sets = items.map((item) => hashedShingles(item.sentence));
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (find(i) !== find(j) && jaccard(sets[i], sets[j]) >= threshold) union(i, j);
    }
  }
  const numbers = new Map<number, number>();
  return items.map((_, index) => {
    const root = find(index);
    if (!numbers.has(root)) numbers.set(root, numbers.size);
    return numbers.get(root)!;
  });
}
