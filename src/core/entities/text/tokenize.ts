import { ABBREVIATIONS } from '../../text/abbreviations';
import type { LentArray } from '../lentArray';
import { foldPunctuation, foldWord } from './fold';
import { asciiKey, hashWith } from './keyTable';
import { Shape, TokenType, type Tokens, TokensBuilder } from './tokens';

export const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', '…']);
/** Marks that may open a sentence before its first word. */
const OPENERS = new Set(['"', "'", '(', '[', '-', '*', '•']);
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

/**
 * Splits `text` into words, digit runs and single punctuation marks, keeping UTF-16 offsets. With `keys`
 * lent, the tokens are valid until it is lent again.
 */
export function tokenize(text: string, keys?: LentArray<string>): Tokens {
  const length = text.length;
  // News averages about six characters per token.
  const capacity = Math.max(16, length >> 2);
  const tokens = new TokensBuilder(capacity, keys?.take(capacity));
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
      let hash = hashWith(0, code);
      for (i++; i < length; i++) {
        const next = text.charCodeAt(i);
        if (classify(next) !== CharClass.Digit) break;
        hash = hashWith(hash, next);
      }
      tokens.add(start, i, line, TokenType.Digits, Shape.Caseless, spaceBefore, atSentenceStart, asciiKey(text, start, i, hash));
      atSentenceStart = false;
      lastWordKey = '';
    } else if (isLetter(c)) {
      let hasLower = c === CharClass.Lower;
      let ascii = code < 128;
      let hash = hashWith(0, code);
      i++;
      for (; i < length; i++) {
        const next = text.charCodeAt(i);
        const nc = classify(next);
        if (!isLetter(nc)) break;
        if (nc === CharClass.Lower) hasLower = true;
        if (next >= 128) ascii = false;
        hash = hashWith(hash, next);
      }
      const shape = c === CharClass.Lower ? Shape.Lower : c === CharClass.Caseless ? Shape.Caseless : hasLower || i - start === 1 ? Shape.Capitalised : Shape.Upper;
      const key = ascii ? asciiKey(text, start, i, hash) : foldWord(text.slice(start, i));
      tokens.add(start, i, line, TokenType.Word, shape, spaceBefore, atSentenceStart, key);
      atSentenceStart = false;
      lastWordKey = key;
    } else {
      // A surrogate pair (an emoji) is one mark.
      const high = code >= 0xd800 && code <= 0xdbff && i + 1 < length;
      i += high ? 2 : 1;
      const key = punctuationKey(text, start, i);
      tokens.add(start, i, line, TokenType.Punct, Shape.Caseless, spaceBefore, false, key);
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
