/** Patterns this long are found through one shared pass over the text; shorter ones by `indexOf`. */
const KEY_LENGTH = 16;
const BASE = 31;
/** Hashes are kept to 30 bits, small integers that V8 never boxes, and looked up in a bit set before the map. */
const HASH_MASK = 0x3fffffff;
/** Bits of the filter per pattern: few false positives for the map to reject, a filter sized to the work. */
const FILTER_BITS_PER_PATTERN = 64;
const MIN_FILTER_BITS = 1 << 10;
const MAX_FILTER_BITS = 1 << 22;

/** Every offset where `pattern` occurs in `text`, overlapping occurrences included. */
export function occurrences(text: string, pattern: string): number[] {
  const found: number[] = [];
  if (pattern.length === 0) return found;
  for (let index = text.indexOf(pattern); index !== -1; index = text.indexOf(pattern, index + 1)) found.push(index);
  return found;
}

function keyHash(text: string, start: number): number {
  let hash = 0;
  for (let index = start; index < start + KEY_LENGTH; index++) hash = (Math.imul(hash, BASE) + text.charCodeAt(index)) | 0;
  return hash & HASH_MASK;
}

/**
 * `occurrences` for many patterns in one text: one pass with a rolling hash of each pattern's first
 * KEY_LENGTH code units finds the candidates of all, instead of one scan of the whole text per pattern.
 */
export function occurrenceFinder(text: string, patterns: readonly string[]): (pattern: string) => number[] {
  const wanted = new Set<number>();
  // A power of two: the bit of a key is its low bits. Sized to the patterns, so that finding the claims of
  // one small article does not clear half a megabyte (claimlens check runs this once per article).
  let filterBits = MIN_FILTER_BITS;
  while (filterBits < patterns.length * FILTER_BITS_PER_PATTERN && filterBits < MAX_FILTER_BITS) filterBits <<= 1;
  const filter = new Int32Array(filterBits >>> 5);
  for (const pattern of patterns) {
    if (pattern.length < KEY_LENGTH) continue;
    const key = keyHash(pattern, 0);
    wanted.add(key);
    filter[(key & (filterBits - 1)) >>> 5] |= 1 << (key & 31);
  }
  const candidates = new Map<number, number[]>();
  if (wanted.size > 0 && text.length >= KEY_LENGTH) {
    let outgoingWeight = 1;
    for (let index = 1; index < KEY_LENGTH; index++) outgoingWeight = Math.imul(outgoingWeight, BASE);
    let hash = 0;
    for (let index = 0; index < KEY_LENGTH; index++) hash = (Math.imul(hash, BASE) + text.charCodeAt(index)) | 0;
    for (let start = 0; ; start++) {
      const key = hash & HASH_MASK;
      if ((filter[(key & (filterBits - 1)) >>> 5] & (1 << (key & 31))) !== 0 && wanted.has(key)) {
        const list = candidates.get(key);
        if (list) list.push(start);
        else candidates.set(key, [start]);
      }
      const incoming = start + KEY_LENGTH;
      if (incoming >= text.length) break;
      hash = (Math.imul((hash - Math.imul(text.charCodeAt(start), outgoingWeight)) | 0, BASE) + text.charCodeAt(incoming)) | 0;
    }
  }
  return (pattern) => {
    const key = pattern.length < KEY_LENGTH ? undefined : keyHash(pattern, 0);
    if (key === undefined || !wanted.has(key)) return occurrences(text, pattern);
    return (candidates.get(key) ?? []).filter((start) => text.startsWith(pattern, start));
  };
}
