import { Priority, type Candidate } from '../candidate';
import type { NumberValue } from '../entity';
import { MONTHS } from '../lexicon/words';
import type { Token } from '../text/tokens';
import {
  boundsOf, CURRENCY_SYMBOLS, DOZEN, PERCENT_WORDS, QUALIFIERS, SCALES, TENS, UNITS, VAGUE_MULTIPLIERS, VAGUE_PLURALS,
} from './numberWords';

/** Unit abbreviations written against a number ("10km"): the number stays, the unit is left out. */
const ATTACHED_UNITS = new Set(['km', 'kg', 'm', 'mm', 'cm', 'kmh', 'mph', 'ha', 't', 'kw', 'mw', 'gw', 'l', 'g', 'lb', 'lbs', 'ft', 'mi', 'sqkm', 'km2']);
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
const TIME_SUFFIXES = new Set(['am', 'pm', 'gmt', 'utc', 'hrs', 'h', 'hours']);
/** Words before a year: "in 1989", "since 2014", "the 2022 invasion". */
const BEFORE_YEAR = new Set(['in', 'since', 'from', 'until', 'till', 'to', 'by', 'of', 'between', 'year', 'early', 'late', 'mid', 'circa', 'and', 'or', 'the', 'a', 'its', 'this', 'last', 'before', 'after', 'during', 'spring', 'summer', 'autumn', 'fall', 'winter']);
/** Words that make "one" a pronoun: "one of the sources", "no one". */
const PRONOUN_ONE_NEXT = new Set(['of', 'another', 'who', 'that', 'which', 'whose']);
const PRONOUN_ONE_ALWAYS_AFTER = new Set(['no', 'any', 'every', 'some', 'little']);
/** "the one who", "this one." but "the one pocket": after these, "one" is a count when a noun follows. */
const PRONOUN_ONE_UNLESS_NOUN = new Set(['the', 'this', 'that', 'which', 'each', 'such']);

interface Found {
  first: number;
  last: number;
  value: NumberValue;
}

/** Every word that can open a number: the rest of the words are skipped with one lookup. */
const NUMBER_WORDS = new Set([...UNITS.keys(), ...TENS.keys(), ...VAGUE_PLURALS.keys(), ...VAGUE_MULTIPLIERS.keys(), 'dozen', 'hundred', 'thousand', 'million', 'billion']);

/** Numbers in `tokens`, each with its structured value; dates, years, times, ordinals and names are skipped. */
export function numberCandidates(tokens: readonly Token[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    let found: Found | undefined;
    if (token.type === 'digits' || CURRENCY_SYMBOLS.has(token.text)) found = digitsAt(tokens, i);
    else if (token.type === 'word' && NUMBER_WORDS.has(token.key)) found = wordsAt(tokens, i);
    if (!found) continue;
    const qualified = withQualifier(tokens, found);
    candidates.push({ first: found.first, last: found.last, kind: 'number', source: 'rule', priority: Priority.number, value: qualified });
    i = found.last;
  }
  return candidates;
}

function attached(tokens: readonly Token[], i: number): Token | undefined {
  const token = tokens[i];
  return token && !token.spaceBefore ? token : undefined;
}

function isMonth(token: Token | undefined): boolean {
  return token !== undefined && token.type === 'word' && token.shape !== 'lower' && MONTHS.has(token.key);
}

function isWord(token: Token | undefined, key: string): boolean {
  return token !== undefined && token.key === key;
}

/** A digit run that belongs to a name or another figure: "G7", "F-16", "COVID-19", "10:30". */
function isInsideName(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || tokens[i].spaceBefore) return false;
  if (before.type === 'word') return true;
  // The minutes of "10:30", the second part of a version number, the month of "24/02/2022".
  if ((before.key === ':' || before.key === '.' || before.key === '/') && tokens[i - 2]?.type === 'digits' && !before.spaceBefore) return true;
  if (before.key === '-' && !before.spaceBefore) {
    // "F-16", or the end of a span of years already passed over: "1996-2001".
    const word = tokens[i - 2];
    return word !== undefined && (word.type === 'digits' || (word.type === 'word' && word.shape !== 'lower'));
  }
  return false;
}

/** "Sep 3", "Aug.15", "3 September", "3rd of September". */
function isDay(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  if (isMonth(before)) return true;
  if (before?.key === '.' && isMonth(tokens[first - 2])) return true;
  const after = tokens[last + 1];
  return isMonth(after) || (isWord(after, 'of') && isMonth(tokens[last + 2]));
}

function isYear(tokens: readonly Token[], first: number, last: number, value: number): boolean {
  if (first !== last || tokens[first].text.length !== 4 || value < 1800 || value > 2100) return false;
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (before && BEFORE_YEAR.has(before.key)) return true;
  // "September 11, 2001"
  if (before?.key === ',' && tokens[first - 2]?.type === 'digits' && isMonth(tokens[first - 3])) return true;
  return !after || after.type !== 'word' || after.shape !== 'lower';
}

function digitsAt(tokens: readonly Token[], i: number): Found | undefined {
  let first = i;
  let currency: string | undefined;
  if (tokens[i].type !== 'digits') {
    currency = CURRENCY_SYMBOLS.get(tokens[i].text);
    if (!attached(tokens, i + 1) || tokens[i + 1].type !== 'digits') return undefined;
    i++;
  } else if (tokens[i - 1] && CURRENCY_SYMBOLS.has(tokens[i - 1].text) && !tokens[i].spaceBefore) {
    return undefined;
  } else if (isInsideName(tokens, i)) {
    return undefined;
  }
  // Digits with thousands separators and a decimal part: "15,550", "8.8".
  let last = i;
  let literal = tokens[i].text;
  while (attached(tokens, last + 1)?.key === ',' && attached(tokens, last + 2)?.type === 'digits' && tokens[last + 2].text.length === 3) {
    literal += tokens[last + 2].text;
    last += 2;
  }
  if (attached(tokens, last + 1)?.key === '.' && attached(tokens, last + 2)?.type === 'digits') {
    literal += '.' + tokens[last + 2].text;
    last += 2;
  }
  let value = Number(literal);
  const next = attached(tokens, last + 1);
  if ((next?.key === ':' || next?.key === '/') && attached(tokens, last + 2)?.type === 'digits') return undefined;
  if (next?.type === 'word') {
    if (ORDINAL_SUFFIXES.has(next.key) || TIME_SUFFIXES.has(next.key) || next.key === 's') return undefined;
    if (SCALES.has(next.key)) {
      value *= SCALES.get(next.key)!;
      last++;
    } else if (next.key === 'k' || (currency && next.key === 'm')) {
      // "$5k", and "$1.5m", where "m" is millions rather than metres.
      value *= next.key === 'k' ? 1e3 : 1e6;
      last++;
    } else if (!ATTACHED_UNITS.has(next.key)) {
      return undefined;
    }
  }
  // "1980's": a decade.
  if (next?.key === "'" && isWord(attached(tokens, last + 2), 's') && /0$/.test(literal)) return undefined;
  if (currency === undefined && isDay(tokens, first, last)) return undefined;
  if (currency === undefined && isYear(tokens, first, last, value)) return undefined;
  const after = tokens[last + 1];
  if (TIME_SUFFIXES.has(after?.key ?? '') && after.type === 'word' && after.key !== 'hours') return undefined;
  if (after?.key === 'a' && attached(tokens, last + 2)?.key === '.' && isWord(attached(tokens, last + 3), 'm')) return undefined;
  if (after?.key === 'p' && attached(tokens, last + 2)?.key === '.' && isWord(attached(tokens, last + 3), 'm')) return undefined;

  const result: NumberValue = { value };
  if (currency) result.currency = currency;
  // A range: "30-40".
  if (attached(tokens, last + 1)?.key === '-' && attached(tokens, last + 2)?.type === 'digits' && tokens[last + 2].text.length <= literal.length) {
    const upper = Number(tokens[last + 2].text);
    if (upper > value) {
      result.min = value;
      result.max = upper;
      last += 2;
    }
  }
  const scale = tokens[last + 1];
  if (scale?.type === 'word' && scale.spaceBefore && SCALES.has(scale.key)) {
    const factor = SCALES.get(scale.key)!;
    result.value *= factor;
    if (result.min !== undefined) result.min *= factor;
    if (result.max !== undefined) result.max *= factor;
    last++;
  }
  last = withPercent(tokens, last, result);
  return { first, last, value: result };
}

/** Extends over "%", "percent" or "per cent" and marks the value a share. */
function withPercent(tokens: readonly Token[], last: number, value: NumberValue): number {
  const next = tokens[last + 1];
  if (!next) return last;
  if (next.key === '%') {
    value.percent = true;
    return last + 1;
  }
  if (PERCENT_WORDS.has(next.key)) {
    value.percent = true;
    return last + 1;
  }
  if (next.key === 'per' && isWord(tokens[last + 2], 'cent')) {
    value.percent = true;
    return last + 2;
  }
  return last;
}

/** A cardinal written in words: "nine", "forty-five", "two hundred", "Two". */
function cardinalAt(tokens: readonly Token[], i: number): { last: number; value: number } | undefined {
  const token = tokens[i];
  let value: number;
  let last = i;
  if (UNITS.has(token.key)) {
    value = UNITS.get(token.key)!;
  } else if (TENS.has(token.key)) {
    value = TENS.get(token.key)!;
    const unit = attached(tokens, i + 2);
    if (attached(tokens, i + 1)?.key === '-' && unit && UNITS.has(unit.key) && UNITS.get(unit.key)! < 10) {
      value += UNITS.get(unit.key)!;
      last = i + 2;
    }
  } else {
    return undefined;
  }
  const scale = tokens[last + 1];
  if (scale && SCALES.has(scale.key) && scale.type === 'word' && scale.key.length > 3) {
    value *= SCALES.get(scale.key)!;
    last++;
  }
  return { last, value };
}

function isPronounOne(tokens: readonly Token[], i: number): boolean {
  if (tokens[i].key !== 'one') return false;
  const next = tokens[i + 1];
  const before = tokens[i - 1];
  if (next !== undefined && PRONOUN_ONE_NEXT.has(next.key)) return true;
  if (before === undefined) return false;
  if (PRONOUN_ONE_ALWAYS_AFTER.has(before.key)) return true;
  return PRONOUN_ONE_UNLESS_NOUN.has(before.key) && !(next?.type === 'word' && next.shape === 'lower');
}

function wordsAt(tokens: readonly Token[], i: number): Found | undefined {
  const token = tokens[i];
  const key = token.key;
  // Vague plurals: "hundreds", "tens of thousands".
  const vague = VAGUE_PLURALS.get(key);
  if (vague) {
    if (isWord(tokens[i + 1], 'of') && VAGUE_PLURALS.has(tokens[i + 2]?.key ?? '') && (VAGUE_PLURALS.get(tokens[i + 2].key)!.value > vague.value)) {
      const scale = VAGUE_PLURALS.get(tokens[i + 2].key)!.value;
      return { first: i, last: i + 2, value: { value: vague.value * scale, min: vague.value * scale, max: (vague.max + 1) * scale - 1, vague: true } };
    }
    return { first: i, last: i, value: { value: vague.value, min: vague.value, max: vague.max, vague: true } };
  }
  // Vague multipliers: "several thousand", "several dozen".
  const multiplier = VAGUE_MULTIPLIERS.get(key);
  if (multiplier) {
    const scale = tokens[i + 1];
    if (scale?.key === 'dozen') {
      return { first: i, last: i + 1, value: { value: multiplier.min * DOZEN, min: multiplier.min * DOZEN, max: multiplier.max * DOZEN, vague: true } };
    }
    if (scale && scale.type === 'word' && SCALES.has(scale.key) && scale.key.length > 3) {
      const factor = SCALES.get(scale.key)!;
      return { first: i, last: i + 1, value: { value: multiplier.min * factor, min: multiplier.min * factor, max: (multiplier.max + 1) * factor - 1, vague: true } };
    }
    return undefined;
  }
  if (key === 'dozen') return { first: i, last: i, value: { value: DOZEN } };
  if (key === 'hundred' || key === 'thousand' || key === 'million' || key === 'billion') {
    // "a hundred", "a million": the scale word alone.
    return tokens[i - 1]?.key === 'a' ? { first: i, last: i, value: { value: SCALES.get(key)! } } : undefined;
  }
  if (isPronounOne(tokens, i)) return undefined;
  const cardinal = cardinalAt(tokens, i);
  if (!cardinal) return undefined;
  const value: NumberValue = { value: cardinal.value };
  // "two dozen"
  if (isWord(tokens[cardinal.last + 1], 'dozen')) return { first: i, last: cardinal.last + 1, value: { value: cardinal.value * DOZEN } };
  const last = withPercent(tokens, cardinal.last, value);
  return { first: i, last, value };
}

/** Finds an approximation word before the number: recorded in the value, kept out of the span. */
function withQualifier(tokens: readonly Token[], found: Found): NumberValue {
  for (const words of QUALIFIERS) {
    const start = found.first - words.length;
    if (start < 0) continue;
    if (!words.every((word, k) => tokens[start + k].key === word)) continue;
    const qualifier = words.map((_, k) => tokens[start + k].text).join(' ');
    const value: NumberValue = { ...found.value, qualifier };
    const bound = boundsOf(words.join(' '));
    if (bound === 'min' && value.min === undefined) value.min = value.value;
    if (bound === 'max' && value.max === undefined) value.max = value.value;
    return value;
  }
  return found.value;
}
