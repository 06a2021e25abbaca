/**
 * ASCII words, compared without case, kept as spans of the strings they were read from, in an
 * open-addressing hash table: no string and no map entry per word, so tens of thousands of place names
 * cost a few typed arrays to build and to hold. Each word belongs to a list, numbered from 0 in the order
 * the lists were added.
 */
export interface SerializedWordTable {
  /** How many lists were added. */
  readonly lists: number;
  readonly words: number;
  readonly buckets: readonly string[];
}

export class WordTable {
  private readonly sources: string[] = [];
  private starts: Int32Array = new Int32Array(1024);
  private ends: Int32Array = new Int32Array(1024);
  private sourceIndices: Int32Array = new Int32Array(1024);
  private listIndices: Int32Array = new Int32Array(1024);
  private hashes: Int32Array = new Int32Array(1024);
  /** Entry number plus one for each slot, 0 when empty; at most half full. */
  private slots = new Int32Array(2048);
  private count = 0;
  private lists = 0;
  /** Words of a serialized table not yet read, by bucket (see `serialize`); undefined once all are read. */
  private pending: { readonly buckets: readonly string[]; readonly read: Uint8Array; left: number } | undefined;

  get size(): number {
    return this.count + (this.pending?.left ?? 0);
  }

  /** Adds the words at `spans` (start and end offsets, in pairs) of `list`; a word already present keeps its first entry. */
  addSpans(list: string, spans: readonly number[]): void {
    this.readAll();
    const sourceIndex = this.sources.push(list) - 1;
    const listIndex = this.lists++;
    this.reserve(this.count + spans.length / 2);
    for (let k = 0; k < spans.length; k += 2) {
      const start = spans[k];
      const end = spans[k + 1];
      this.insert(sourceIndex, listIndex, start, end, hashOfSpan(list, start, end));
    }
  }

  /**
   * The table as strings: its words in buckets by hash, each word after its list's number, "|" between
   * them. `deserialize` reads a bucket only when a word that would be in it is looked up.
   */
  serialize(): SerializedWordTable {
    this.readAll();
    const bucketCount = bucketCountFor(this.count);
    const buckets: string[][] = Array.from({ length: bucketCount }, () => []);
    for (let entry = 0; entry < this.count; entry++) {
      const word = this.word(entry);
      if (word.includes(BUCKET_SEPARATOR) || /^\d/.test(word)) throw new Error(`a word table cannot serialize ${JSON.stringify(word)}`);
      buckets[this.hashes[entry] & (bucketCount - 1)].push(`${this.listIndices[entry]}${word}`);
    }
    return { lists: this.lists, words: this.count, buckets: buckets.map((words) => words.join(BUCKET_SEPARATOR)) };
  }

  static deserialize(data: SerializedWordTable): WordTable {
    const table = new WordTable();
    table.lists = data.lists;
    table.reserve(data.words);
    table.pending = { buckets: data.buckets, read: new Uint8Array(data.buckets.length), left: data.words };
    return table;
  }

  /** The entry whose word folds to `key`, or -1. */
  find(key: string): number {
    const mask = this.slots.length - 1;
    const hash = hashOfKey(key);
    if (this.pending) this.readBucket(hash & (this.pending.buckets.length - 1));
    for (let slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] - 1;
      if (entry < 0) return -1;
      if (this.hashes[entry] === hash && this.spells(entry, key)) return entry;
    }
  }

  /** The word of an entry as the list writes it. */
  word(entry: number): string {
    return this.sources[this.sourceIndices[entry]].slice(this.starts[entry], this.ends[entry]);
  }

  /** The position of an entry's list among those added, from 0. */
  listOf(entry: number): number {
    return this.listIndices[entry];
  }

  private readAll(): void {
    const buckets = this.pending?.buckets.length ?? 0;
    for (let bucket = 0; bucket < buckets && this.pending; bucket++) this.readBucket(bucket);
  }

  /** Adds a serialized bucket's words, in one pass over its characters. */
  private readBucket(bucket: number): void {
    const pending = this.pending!;
    if (pending.read[bucket]) return;
    pending.read[bucket] = 1;
    const text = pending.buckets[bucket];
    const sourceIndex = this.sources.push(text) - 1;
    let listIndex = 0;
    let start = -1;
    let hash = 0;
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : SEPARATOR_CODE;
      if (code === SEPARATOR_CODE) {
        if (start >= 0) {
          this.insert(sourceIndex, listIndex, start, i, hash & HASH_BITS);
          pending.left--;
        }
        listIndex = 0;
        start = -1;
        hash = 0;
      } else if (start < 0 && code >= DIGIT_0 && code <= DIGIT_9) {
        listIndex = listIndex * 10 + code - DIGIT_0;
      } else {
        if (start < 0) start = i;
        hash = (Math.imul(hash, 31) + folded(code)) | 0;
      }
    }
    if (pending.left === 0) this.pending = undefined;
  }

  /** Adds an entry unless its word is already present. */
  private insert(sourceIndex: number, listIndex: number, start: number, end: number, hash: number): void {
    const slot = this.slotOfSpan(hash, this.sources[sourceIndex], start, end);
    if (this.slots[slot] !== 0) return;
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.sourceIndices[this.count] = sourceIndex;
    this.listIndices[this.count] = listIndex;
    this.hashes[this.count] = hash;
    this.slots[slot] = ++this.count;
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
    const list = this.sources[this.sourceIndices[entry]];
    const start = this.starts[entry];
    if (this.ends[entry] - start !== key.length) return false;
    for (let k = 0; k < key.length; k++) if (folded(list.charCodeAt(start + k)) !== key.charCodeAt(k)) return false;
    return true;
  }

  private sameWord(entry: number, list: string, start: number, end: number): boolean {
    const other = this.sources[this.sourceIndices[entry]];
    const otherStart = this.starts[entry];
    if (this.ends[entry] - otherStart !== end - start) return false;
    for (let k = 0; k < end - start; k++) if (folded(other.charCodeAt(otherStart + k)) !== folded(list.charCodeAt(start + k))) return false;
    return true;
  }

  /** Room for `entries` in all: grown once per list rather than doubling as words arrive. */
  private reserve(entries: number): void {
    if (entries > this.starts.length) {
      const capacity = Math.max(entries, this.starts.length * 2);
      this.starts = resized(this.starts, capacity);
      this.ends = resized(this.ends, capacity);
      this.sourceIndices = resized(this.sourceIndices, capacity);
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

const BUCKET_SEPARATOR = '|';
const SEPARATOR_CODE = BUCKET_SEPARATOR.charCodeAt(0);
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
/** Words per serialized bucket, about: a lookup reads one bucket, a short text a few hundred. */
const WORDS_PER_BUCKET = 8;

/** A power of two, so that a hash's low bits pick the bucket. */
function bucketCountFor(words: number): number {
  let count = 1;
  while (count * WORDS_PER_BUCKET < words) count *= 2;
  return count;
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
