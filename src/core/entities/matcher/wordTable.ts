/**
 * Capitalised ASCII words kept as spans of the lists they were read from, in an open-addressing hash
 * table: no string and no map entry per word, so tens of thousands of place names cost a few typed arrays
 * to build and to hold.
 */
export class WordTable {
  private readonly lists: string[] = [];
  private starts: Int32Array = new Int32Array(1024);
  private ends: Int32Array = new Int32Array(1024);
  private listIndices: Int32Array = new Int32Array(1024);
  private hashes: Int32Array = new Int32Array(1024);
  /** Entry number plus one for each slot, 0 when empty; at most half full. */
  private slots = new Int32Array(2048);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds the words at `spans` (start and end offsets, in pairs) of `list`; a word already present keeps its first entry. */
  addSpans(list: string, spans: readonly number[]): void {
    const listIndex = this.lists.push(list) - 1;
    this.reserve(this.count + spans.length / 2);
    for (let k = 0; k < spans.length; k += 2) {
      const start = spans[k];
      const end = spans[k + 1];
      const hash = hashOfSpan(list, start, end);
      const slot = this.slotOfSpan(hash, list, start, end);
      if (this.slots[slot] === 0) this.slots[slot] = this.append(listIndex, start, end, hash) + 1;
    }
  }

  /** The entry whose word folds to `key`, or -1. */
  find(key: string): number {
    const mask = this.slots.length - 1;
    const hash = hashOfKey(key);
    for (let slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] - 1;
      if (entry < 0) return -1;
      if (this.hashes[entry] === hash && this.spells(entry, key)) return entry;
    }
  }

  /** The word of an entry as the list writes it. */
  word(entry: number): string {
    return this.lists[this.listIndices[entry]].slice(this.starts[entry], this.ends[entry]);
  }

  /** The words of each list added, in the order added, without those an earlier entry already held. */
  wordsByList(): string[][] {
    const words = this.lists.map((): string[] => []);
    for (let entry = 0; entry < this.count; entry++) words[this.listIndices[entry]].push(this.word(entry));
    return words;
  }

  /** The position of an entry's list among those added, from 0. */
  listOf(entry: number): number {
    return this.listIndices[entry];
  }

  /** The slot holding the word at `start..end` of `list`, or the empty slot where it belongs. */
  private slotOfSpan(hash: number, list: string, start: number, end: number): number {
    const mask = this.slots.length - 1;
    for (let slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] - 1;
      if (entry < 0 || (this.hashes[entry] === hash && this.sameWord(entry, list, start, end))) return slot;
    }
  }

  private spells(entry: number, key: string): boolean {
    const list = this.lists[this.listIndices[entry]];
    const start = this.starts[entry];
    if (this.ends[entry] - start !== key.length) return false;
    for (let k = 0; k < key.length; k++) if (folded(list.charCodeAt(start + k)) !== key.charCodeAt(k)) return false;
    return true;
  }

  private sameWord(entry: number, list: string, start: number, end: number): boolean {
    const other = this.lists[this.listIndices[entry]];
    const otherStart = this.starts[entry];
    if (this.ends[entry] - otherStart !== end - start) return false;
    for (let k = 0; k < end - start; k++) if (folded(other.charCodeAt(otherStart + k)) !== folded(list.charCodeAt(start + k))) return false;
    return true;
  }

  private append(listIndex: number, start: number, end: number, hash: number): number {
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.listIndices[this.count] = listIndex;
    this.hashes[this.count] = hash;
    return this.count++;
  }

  /** Room for `entries` in all: grown once per list rather than doubling as words arrive. */
  private reserve(entries: number): void {
    if (entries > this.starts.length) {
      const capacity = Math.max(entries, this.starts.length * 2);
      this.starts = resized(this.starts, capacity);
      this.ends = resized(this.ends, capacity);
      this.listIndices = resized(this.listIndices, capacity);
      this.hashes = resized(this.hashes, capacity);
    }
    let slotCount = this.slots.length;
    while (entries * 2 > slotCount) slotCount *= 2;
    if (slotCount === this.slots.length) return;
    this.slots = new Int32Array(slotCount);
    const mask = slotCount - 1;
    for (let entry = 0; entry < this.count; entry++) {
      let slot = mix(this.hashes[entry]) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = entry + 1;
    }
  }
}

/** Lowercase for ASCII letters, the only characters the lists' words hold. */
function folded(code: number): number {
  return code | 0x20;
}

/** Hashes keep 30 bits: a small integer, which V8 passes between functions without allocating a number. */
const HASH_BITS = 0x3fffffff;

function hashOfSpan(list: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + folded(list.charCodeAt(i))) | 0;
  return hash & HASH_BITS;
}

/** The same hash as the span the key was folded from: a key is already lowercase. */
function hashOfKey(key: string): number {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (Math.imul(hash, 31) + key.charCodeAt(i)) | 0;
  return hash & HASH_BITS;
}

function mix(hash: number): number {
  return hash ^ (hash >>> 15);
}

function resized(from: Int32Array, capacity: number): Int32Array {
  const to = new Int32Array(capacity);
  to.set(from);
  return to;
}
