/**
 * Folded keys of ASCII words and digit runs, shared by every text: news repeats its words, so most tokens
 * find their key here by hashing their characters, without allocating a slice or a lowercase copy.
 */
const SLOTS = 1 << 16;
const MASK = SLOTS - 1;
/** Emptied when half full, so probes stay short. */
const LIMIT = SLOTS >> 1;
/** Longer words are rare: they are sliced, not kept. */
const MAX_KEPT_LENGTH = 64;

const keys: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
const hashes = new Int32Array(SLOTS);
let used = 0;

/** ASCII letters to lowercase; digits already have the 0x20 bit. */
function folded(code: number): number {
  return code | 0x20;
}

/** The hash of a key so far, `hash` (0 for none), followed by the character `code`: the tokenizer hashes as it scans. */
export function hashWith(hash: number, code: number): number {
  return (Math.imul(hash, 31) + folded(code)) | 0;
}

/** The lowercase key of `text[start, end)`, which holds only ASCII letters and digits, hashed by `hashWith`. */
export function asciiKey(text: string, start: number, end: number, hash: number): string {
  if (end - start > MAX_KEPT_LENGTH) return text.slice(start, end).toLowerCase();
  for (let slot = (hash ^ (hash >>> 16)) & MASK; ; slot = (slot + 1) & MASK) {
    const key = keys[slot];
    if (key === undefined) return keep(slot, hash, text, start, end);
    if (hashes[slot] === hash && spells(key, text, start, end)) return key;
  }
}

function spells(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = start, k = 0; i < end; i++, k++) if (key.charCodeAt(k) !== folded(text.charCodeAt(i))) return false;
  return true;
}

function keep(slot: number, hash: number, text: string, start: number, end: number): string {
  if (used >= LIMIT) {
    keys.fill(undefined);
    hashes.fill(0);
    used = 0;
    slot = (hash ^ (hash >>> 16)) & MASK;
  }
  const key = ownCopy(text.slice(start, end).toLowerCase());
  keys[slot] = key;
  hashes[slot] = hash;
  used++;
  return key;
}

/** V8 shares the memory of slices of 13 characters or more: the table would keep the whole text alive. */
const SHARED_SLICE_LENGTH = 13;

function ownCopy(key: string): string {
  if (key.length < SHARED_SLICE_LENGTH) return key;
  const codes: number[] = [];
  for (let i = 0; i < key.length; i++) codes.push(key.charCodeAt(i));
  return String.fromCharCode(...codes);
}
