import { foldPunctuation, foldWord } from './fold';

export type TokenType = 'word' | 'digits' | 'punct';

/** How a word is written: the rules read capitalisation, the gazetteer checks it. */
export type Shape = 'lower' | 'capitalised' | 'upper' | 'caseless';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: TokenType;
  /** Folded form: lowercase without diacritics for words, one spelling per punctuation mark. */
  readonly key: string;
  readonly shape: Shape;
  /** Whitespace separates this token from the previous one. */
  readonly spaceBefore: boolean;
  readonly line: number;
  /** First word of a sentence or a line, where capitals say nothing about names. */
  readonly sentenceStart: boolean;
}

export interface Line {
  /** Most longer words are capitalised: a headline, a caption, a byline. */
  readonly titleCase: boolean;
  /** Most words are in capitals: capitals say nothing about acronyms here. */
  readonly allCaps: boolean;
}

export interface TokenizedText {
  readonly text: string;
  readonly tokens: Token[];
  readonly lines: Line[];
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

/** Splits `text` into words, digit runs and single punctuation marks, keeping UTF-16 offsets. */
export function tokenize(text: string): TokenizedText {
  const tokens: Token[] = [];
  const length = text.length;
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
    let token: Token;
    if (c === CharClass.Digit) {
      do i++;
      while (i < length && classify(text.charCodeAt(i)) === CharClass.Digit);
      const value = text.slice(start, i);
      token = { start, end: i, text: value, type: 'digits', key: value, shape: 'caseless', spaceBefore, line, sentenceStart: atSentenceStart };
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
      const value = text.slice(start, i);
      const shape: Shape = c === CharClass.Lower ? 'lower' : c === CharClass.Caseless ? 'caseless' : hasLower || i - start === 1 ? 'capitalised' : 'upper';
      const key = ascii ? (shape === 'lower' ? value : value.toLowerCase()) : foldWord(value);
      token = { start, end: i, text: value, type: 'word', key, shape, spaceBefore, line, sentenceStart: atSentenceStart };
      atSentenceStart = false;
      lastWordKey = key;
    } else {
      // A surrogate pair (an emoji) is one mark.
      const high = code >= 0xd800 && code <= 0xdbff && i + 1 < length;
      i += high ? 2 : 1;
      const value = text.slice(start, i);
      const key = foldPunctuation(value);
      token = { start, end: i, text: value, type: 'punct', key, shape: 'caseless', spaceBefore, line, sentenceStart: false };
      if (SENTENCE_END.has(key)) {
        if (!(key === '.' && (ABBREVIATIONS.has(lastWordKey) || lastWordKey.length === 1))) atSentenceStart = true;
      } else if (!OPENERS.has(key)) {
        atSentenceStart = false;
      }
    }
    tokens.push(token);
    spaceBefore = false;
  }
  return { text, tokens, lines: describeLines(tokens, line + 1) };
}

function describeLines(tokens: readonly Token[], count: number): Line[] {
  const longWords = new Uint32Array(count);
  const capitalised = new Uint32Array(count);
  const words = new Uint32Array(count);
  const upper = new Uint32Array(count);
  /** The line ends like a sentence: a period (or a quote after one) after a lowercase word somewhere. */
  const sentenceLike = new Uint8Array(count);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === 'punct' && SENTENCE_END.has(token.key) && (tokens[i + 1]?.line ?? -1) !== token.line) sentenceLike[token.line] = 1;
    if (token.type !== 'word' || token.shape === 'caseless') continue;
    words[token.line]++;
    if (token.shape === 'upper') upper[token.line]++;
    if (token.text.length >= 4) {
      longWords[token.line]++;
      if (token.shape !== 'lower') capitalised[token.line]++;
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
