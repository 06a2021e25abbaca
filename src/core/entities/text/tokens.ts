export const enum TokenType {
  /** Before the first token or after the last. */
  None = 0,
  Word = 1,
  Digits = 2,
  Punct = 3,
}

/** How a word is written: the rules read capitalisation, the gazetteer checks it. Digits and marks are caseless. */
export const enum Shape {
  None = 0,
  Lower = 1,
  Capitalised = 2,
  Upper = 3,
  Caseless = 4,
}

/** A token's type, shape and two flags, packed in one byte. */
const TYPE_MASK = 0b11;
const SHAPE_SHIFT = 2;
const SHAPE_MASK = 0b111;
const SPACE_BEFORE = 1 << 5;
const SENTENCE_START = 1 << 6;

/**
 * The tokens of a text as parallel arrays: no object per token, and the keys of repeated words are shared
 * strings. Tokens are numbered from 0; asking about a number outside the text gives `undefined`, `None`,
 * `false` or -1, so rules can look around a token without bounds checks.
 */
export class Tokens {
  constructor(
    readonly source: string,
    readonly length: number,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly lines: Int32Array,
    private readonly flags: Uint8Array,
    /** Folded form: lowercase without diacritics for words, one spelling per punctuation mark. */
    readonly keys: readonly string[],
  ) {}

  // Each accessor checks its bounds itself rather than calling has(): before the optimising compiler has
  // inlined them, every call costs, and the rules make several per token.

  has(i: number): boolean {
    return i >= 0 && i < this.length;
  }

  key(i: number): string | undefined {
    return i >= 0 && i < this.length ? this.keys[i] : undefined;
  }

  type(i: number): TokenType {
    return i >= 0 && i < this.length ? this.flags[i] & TYPE_MASK : TokenType.None;
  }

  isWord(i: number): boolean {
    return i >= 0 && i < this.length && (this.flags[i] & TYPE_MASK) === TokenType.Word;
  }

  isDigits(i: number): boolean {
    return i >= 0 && i < this.length && (this.flags[i] & TYPE_MASK) === TokenType.Digits;
  }

  isPunct(i: number): boolean {
    return i >= 0 && i < this.length && (this.flags[i] & TYPE_MASK) === TokenType.Punct;
  }

  shape(i: number): Shape {
    return i >= 0 && i < this.length ? (this.flags[i] >> SHAPE_SHIFT) & SHAPE_MASK : Shape.None;
  }

  /** Whitespace separates this token from the previous one. */
  spaceBefore(i: number): boolean {
    return i >= 0 && i < this.length && (this.flags[i] & SPACE_BEFORE) !== 0;
  }

  /** First word of a sentence or a line, where capitals say nothing about names. */
  sentenceStart(i: number): boolean {
    return i >= 0 && i < this.length && (this.flags[i] & SENTENCE_START) !== 0;
  }

  line(i: number): number {
    return i >= 0 && i < this.length ? this.lines[i] : -1;
  }

  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    return this.ends[i];
  }

  /** The token as written. */
  text(i: number): string {
    return this.source.slice(this.starts[i], this.ends[i]);
  }

  /** The length of the token as written, in UTF-16 code units. */
  textLength(i: number): number {
    return this.ends[i] - this.starts[i];
  }
}

/** Parallel arrays that grow as tokens are added, then become a `Tokens`. */
export class TokensBuilder {
  starts: Int32Array;
  ends: Int32Array;
  lines: Int32Array;
  flags: Uint8Array;
  /** Allocated at the expected size: grown by doubling, it was the tokenizer's largest allocation. */
  readonly keys: string[];
  private readonly lent: boolean;
  count = 0;

  /** `keys`, when lent (see LentArray), holds at least `capacity` entries, all undefined. */
  constructor(capacity: number, keys?: string[]) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.lines = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.keys = keys ?? new Array<string>(capacity);
    this.lent = keys !== undefined;
  }

  add(start: number, end: number, line: number, type: TokenType, shape: Shape, spaceBefore: boolean, sentenceStart: boolean, key: string): void {
    if (this.count === this.starts.length) this.grow();
    const i = this.count++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.lines[i] = line;
    this.flags[i] = type | (shape << SHAPE_SHIFT) | (spaceBefore ? SPACE_BEFORE : 0) | (sentenceStart ? SENTENCE_START : 0);
    this.keys[i] = key;
  }

  private grow(): void {
    const capacity = this.starts.length * 2;
    this.starts = grown(this.starts, new Int32Array(capacity));
    this.ends = grown(this.ends, new Int32Array(capacity));
    this.lines = grown(this.lines, new Int32Array(capacity));
    this.flags = grown(this.flags, new Uint8Array(capacity));
  }

  /** The arrays may be longer than the tokens: `Tokens` reads only its first `count` entries. A lent `keys` keeps its length. */
  finish(text: string): Tokens {
    if (!this.lent) this.keys.length = this.count;
    return new Tokens(text, this.count, this.starts, this.ends, this.lines, this.flags, this.keys);
  }
}

function grown<A extends Int32Array | Uint8Array>(from: A, to: A): A {
  to.set(from);
  return to;
}
