import { foldPunctuation, foldWord } from './fold';
import { asciiKey } from './keyTable';

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

export interface Line {
  /** Most longer words are capitalised: a headline, a caption, a byline. */
  readonly titleCase: boolean;
  /** Most words are in capitals: capitals say nothing about acronyms here. */
  readonly allCaps: boolean;
}

const SENTENCE_END = new Set(['.', '!', '?', '…']);
/** Marks that may open a sentence before its first word. */
const OPENERS = new Set(['"', "'", '(', '[', '-', '*', '•']);
/** Words that end with a period without ending the sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'capt', 'cpt', 'sgt', 'maj', 'brig', 'adm', 'cmdr', 'gov',
  'sen', 'rep', 'rev', 'st', 'jr', 'sr', 'no', 'vol', 'vs', 'etc', 'inc', 'ltd', 'co', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'fig',
]);

/** Character classes, looked up per UTF-16 code unit. */
const enum CharClass {
  Unknown = 0,
  Space,
  Newline,
  Lower,
  Upper,
  /** A letter of a script without case (Arabic, CJK), or a combining mark. */
  Caseless,
  Digit,
  Other,
}

const classes = new Uint8Array(65536);

function classify(code: number): CharClass {
  const known = classes[code];
  if (known !== CharClass.Unknown) return known;
  return learnClass(code);
}

function learnClass(code: number): CharClass {
  const char = String.fromCharCode(code);
  let found: CharClass;
  if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) found = CharClass.Newline;
  else if (/\s/.test(char)) found = CharClass.Space;
  else if (code >= 48 && code <= 57) found = CharClass.Digit;
  else if (/\p{Lu}|\p{Lt}/u.test(char)) found = CharClass.Upper;
  else if (/\p{Ll}/u.test(char)) found = CharClass.Lower;
  else if (/\p{L}|\p{M}/u.test(char)) found = CharClass.Caseless;
  else found = CharClass.Other;
  classes[code] = found;
  return found;
}

function isLetter(c: CharClass): boolean {
  return c === CharClass.Lower || c === CharClass.Upper || c === CharClass.Caseless;
}

/** Folded punctuation keys by character code, so a mark allocates nothing. */
const punctuationKeys: (string | undefined)[] = [];

function punctuationKey(text: string, start: number, end: number): string {
  if (end - start > 1) return foldPunctuation(text.slice(start, end));
  const code = text.charCodeAt(start);
  return (punctuationKeys[code] ??= foldPunctuation(String.fromCharCode(code)));
}

/** Parallel arrays that grow as tokens are added. */
class TokenArrays {
  starts: Int32Array;
  ends: Int32Array;
  lines: Int32Array;
  flags: Uint8Array;
  readonly keys: string[] = [];
  count = 0;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.lines = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  add(start: number, end: number, line: number, flags: number, key: string): void {
    if (this.count === this.starts.length) this.grow();
    const i = this.count++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.lines[i] = line;
    this.flags[i] = flags;
    this.keys.push(key);
  }

  private grow(): void {
    const capacity = this.starts.length * 2;
    this.starts = grown(this.starts, new Int32Array(capacity));
    this.ends = grown(this.ends, new Int32Array(capacity));
    this.lines = grown(this.lines, new Int32Array(capacity));
    this.flags = grown(this.flags, new Uint8Array(capacity));
  }

  /** The arrays may be longer than the tokens: `Tokens` reads only its first `count` entries. */
  finish(text: string): Tokens {
    return new Tokens(text, this.count, this.starts, this.ends, this.lines, this.flags, this.keys);
  }
}

function grown<A extends Int32Array | Uint8Array>(from: A, to: A): A {
  to.set(from);
  return to;
}

function packed(type: TokenType, shape: Shape, spaceBefore: boolean, sentenceStart: boolean): number {
  return type | (shape << SHAPE_SHIFT) | (spaceBefore ? SPACE_BEFORE : 0) | (sentenceStart ? SENTENCE_START : 0);
}

/** Splits `text` into words, digit runs and single punctuation marks, keeping UTF-16 offsets. */
export function tokenize(text: string): Tokens {
  const length = text.length;
  // News averages about six characters per token.
  const tokens = new TokenArrays(Math.max(16, length >> 2));
  let line = 0;
  let atSentenceStart = true;
  let spaceBefore = true;
  let lastWordKey = '';
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    const c = classify(code);
    if (c === CharClass.Space) {
      spaceBefore = true;
      i++;
      continue;
    }
    if (c === CharClass.Newline) {
      // CRLF is one line break.
      if (!(code === 10 && i > 0 && text.charCodeAt(i - 1) === 13)) line++;
      atSentenceStart = true;
      spaceBefore = true;
      i++;
      continue;
    }
    const start = i;
    if (c === CharClass.Digit) {
      do i++;
      while (i < length && classify(text.charCodeAt(i)) === CharClass.Digit);
      tokens.add(start, i, line, packed(TokenType.Digits, Shape.Caseless, spaceBefore, atSentenceStart), asciiKey(text, start, i));
      atSentenceStart = false;
      lastWordKey = '';
    } else if (isLetter(c)) {
      let hasLower = c === CharClass.Lower;
      let ascii = code < 128;
      i++;
      for (; i < length; i++) {
        const next = text.charCodeAt(i);
        const nc = classify(next);
        if (!isLetter(nc)) break;
        if (nc === CharClass.Lower) hasLower = true;
        if (next >= 128) ascii = false;
      }
      const shape = c === CharClass.Lower ? Shape.Lower : c === CharClass.Caseless ? Shape.Caseless : hasLower || i - start === 1 ? Shape.Capitalised : Shape.Upper;
      const key = ascii ? asciiKey(text, start, i) : foldWord(text.slice(start, i));
      tokens.add(start, i, line, packed(TokenType.Word, shape, spaceBefore, atSentenceStart), key);
      atSentenceStart = false;
      lastWordKey = key;
    } else {
      // A surrogate pair (an emoji) is one mark.
      const high = code >= 0xd800 && code <= 0xdbff && i + 1 < length;
      i += high ? 2 : 1;
      const key = punctuationKey(text, start, i);
      tokens.add(start, i, line, packed(TokenType.Punct, Shape.Caseless, spaceBefore, false), key);
      if (SENTENCE_END.has(key)) {
        if (!(key === '.' && (ABBREVIATIONS.has(lastWordKey) || lastWordKey.length === 1))) atSentenceStart = true;
      } else if (!OPENERS.has(key)) {
        atSentenceStart = false;
      }
    }
    spaceBefore = false;
  }
  return tokens.finish(text);
}

/** How each line of the tokenized text is written. */
export function describeLines(tokens: Tokens): Line[] {
  const count = tokens.length === 0 ? 1 : tokens.line(tokens.length - 1) + 1;
  const longWords = new Uint32Array(count);
  const capitalised = new Uint32Array(count);
  const words = new Uint32Array(count);
  const upper = new Uint32Array(count);
  /** The line ends like a sentence: a period (or a quote after one) after a lowercase word somewhere. */
  const sentenceLike = new Uint8Array(count);
  for (let i = 0; i < tokens.length; i++) {
    const line = tokens.line(i);
    if (tokens.isPunct(i) && SENTENCE_END.has(tokens.keys[i]) && tokens.line(i + 1) !== line) sentenceLike[line] = 1;
    const shape = tokens.shape(i);
    if (!tokens.isWord(i) || shape === Shape.Caseless) continue;
    words[line]++;
    if (shape === Shape.Upper) upper[line]++;
    if (tokens.textLength(i) >= 4) {
      longWords[line]++;
      if (shape !== Shape.Lower) capitalised[line]++;
    }
  }
  const lines: Line[] = [];
  for (let i = 0; i < count; i++) {
    const allCaps = words[i] >= 3 && upper[i] / words[i] >= 0.6;
    // A headline capitalises its words and has no final period; a sentence full of names still has one.
    const headline = longWords[i] >= 3 && capitalised[i] / longWords[i] >= 0.7 && !(sentenceLike[i] && capitalised[i] < longWords[i]);
    lines.push({ titleCase: allCaps || headline, allCaps });
  }
  return lines;
}
