import { type Candidate, candidate, Priority } from '../candidate';
import type { NumberValue } from '../entity';
import { SequencesByLastWord } from '../lexicon/wordSequences';
import { MONTHS } from '../lexicon/words';
import { Shape, type Tokens } from '../text/tokens';
import {
  boundsOf, CURRENCY_SYMBOLS, DOZEN, PERCENT_WORDS, QUALIFIERS, SCALES, TENS, UNITS, VAGUE_MULTIPLIERS, VAGUE_PLURALS,
} from './numberWords';

/** Unit abbreviations written against a number ("10km"): the number stays, the unit is left out. */
const ATTACHED_UNITS = new Set(['km', 'kg', 'm', 'mm', 'cm', 'kmh', 'mph', 'ha', 't', 'kw', 'mw', 'gw', 'l', 'g', 'lb', 'lbs', 'ft', 'mi', 'sqkm', 'km2']);
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
/** Words after "30.4m" that make the "m" millions, not metres: "30.4m people", "4.5m euros". */
const MILLIONS_OF = new Set([
  'people', 'persons', 'civilians', 'children', 'women', 'refugees', 'residents', 'displaced', 'migrants', 'returnees',
  'euros', 'dollars', 'pounds', 'hryvnias', 'roubles', 'rubles', 'afghanis', 'barrels', 'doses', 'households',
]);
/** Denominators written as words after a hyphen: "two-thirds", "three-quarters". */
const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fourth', 4], ['fourths', 4],
  ['fifth', 5], ['fifths', 5], ['tenth', 10], ['tenths', 10],
]);
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

const QUALIFIERS_BY_LAST_WORD = new SequencesByLastWord(QUALIFIERS);

/** Every word that can open a number: the rest of the words are skipped with one lookup. */
const NUMBER_WORDS = new Set([...UNITS.keys(), ...TENS.keys(), ...VAGUE_PLURALS.keys(), ...VAGUE_MULTIPLIERS.keys(), 'dozen', 'hundred', 'thousand', 'million', 'billion']);

/** Numbers in `tokens`, each with its structured value; dates, years, times, ordinals and names are skipped. */
export function numberCandidates(tokens: Tokens): Candidate[] {
  const candidates: Candidate[] = [];
  const keys = tokens.keys;
  for (let i = 0; i < tokens.length; i++) {
    let found: Found | undefined;
    // Currency symbols are marks, whose keys are their text.
    if (tokens.isDigits(i) || (tokens.isPunct(i) && CURRENCY_SYMBOLS.has(keys[i]))) found = digitsAt(tokens, i);
    else if (tokens.isWord(i) && NUMBER_WORDS.has(keys[i])) found = wordsAt(tokens, i);
    if (!found) continue;
    const qualified = withQualifier(tokens, found);
    candidates.push(candidate(found.first, found.last, 'number', 'rule', Priority.number, undefined, undefined, undefined, qualified));
    i = found.last;
  }
  return candidates;
}

/** The key of token `i` when it is written against the token before it. */
function attachedKey(tokens: Tokens, i: number): string | undefined {
  return tokens.spaceBefore(i) ? undefined : tokens.key(i);
}

/** Token `i` is a digit run written against the token before it. */
function isAttachedDigits(tokens: Tokens, i: number): boolean {
  return tokens.isDigits(i) && !tokens.spaceBefore(i);
}

function isMonth(tokens: Tokens, i: number): boolean {
  return tokens.isWord(i) && tokens.shape(i) !== Shape.Lower && MONTHS.has(tokens.keys[i]);
}

/** A digit run that belongs to a name or another figure: "G7", "F-16", "COVID-19", "10:30". */
function isInsideName(tokens: Tokens, i: number): boolean {
  const before = i - 1;
  if (!tokens.has(before) || tokens.spaceBefore(i)) return false;
  if (tokens.isWord(before)) return true;
  const mark = tokens.keys[before];
  // The minutes of "10:30", the second part of a version number, the month of "24/02/2022".
  if ((mark === ':' || mark === '.' || mark === '/') && tokens.isDigits(i - 2) && !tokens.spaceBefore(before)) return true;
  if (mark === '-' && !tokens.spaceBefore(before)) {
    // "F-16", or the end of a span of years already passed over: "1996-2001".
    const word = i - 2;
    return tokens.isDigits(word) || (tokens.isWord(word) && tokens.shape(word) !== Shape.Lower);
  }
  return false;
}

/** "Sep 3", "Aug.15", "3 September", "3rd of September". */
function isDay(tokens: Tokens, first: number, last: number): boolean {
  if (isMonth(tokens, first - 1)) return true;
  if (tokens.key(first - 1) === '.' && isMonth(tokens, first - 2)) return true;
  return isMonth(tokens, last + 1) || (tokens.key(last + 1) === 'of' && isMonth(tokens, last + 2));
}

function isYear(tokens: Tokens, first: number, last: number, value: number): boolean {
  if (first !== last || tokens.textLength(first) !== 4 || value < 1800 || value > 2100) return false;
  const before = tokens.key(first - 1);
  const after = last + 1;
  if (before !== undefined && BEFORE_YEAR.has(before)) return true;
  // "September 11, 2001"
  if (before === ',' && tokens.isDigits(first - 2) && isMonth(tokens, first - 3)) return true;
  return !tokens.isWord(after) || tokens.shape(after) !== Shape.Lower;
}

function digitsAt(tokens: Tokens, i: number): Found | undefined {
  const keys = tokens.keys;
  const first = i;
  let currency: string | undefined;
  if (!tokens.isDigits(i)) {
    currency = CURRENCY_SYMBOLS.get(keys[i]);
    if (!isAttachedDigits(tokens, i + 1)) return undefined;
    i++;
  } else if (CURRENCY_SYMBOLS.has(tokens.key(i - 1) ?? '') && !tokens.spaceBefore(i)) {
    return undefined;
  } else if (isInsideName(tokens, i)) {
    return undefined;
  }
  // Digits with thousands separators and a decimal part: "15,550", "8.8". A digit run's key is its text.
  let last = i;
  let literal = keys[i];
  while (attachedKey(tokens, last + 1) === ',' && isAttachedDigits(tokens, last + 2) && tokens.textLength(last + 2) === 3) {
    literal += keys[last + 2];
    last += 2;
  }
  if (attachedKey(tokens, last + 1) === '.' && isAttachedDigits(tokens, last + 2)) {
    literal += '.' + keys[last + 2];
    last += 2;
  }
  let value = Number(literal);
  const next = attachedKey(tokens, last + 1);
  const nextIsWord = next !== undefined && tokens.isWord(last + 1);
  if ((next === ':' || next === '/') && isAttachedDigits(tokens, last + 2)) return undefined;
  if (nextIsWord) {
    if (ORDINAL_SUFFIXES.has(next) || TIME_SUFFIXES.has(next) || next === 's') return undefined;
    if (SCALES.has(next)) {
      value *= SCALES.get(next)!;
      last++;
    } else if (next === 'k' || (next === 'm' && (currency || MILLIONS_OF.has(tokens.key(last + 2) ?? '')))) {
      // "$5k", and "$1.5m" or "30.4m people", where "m" is millions rather than metres.
      value *= next === 'k' ? 1e3 : 1e6;
      last++;
    } else if (!ATTACHED_UNITS.has(next)) {
      return undefined;
    }
  }
  // "1980's": a decade.
  if (next === "'" && attachedKey(tokens, last + 2) === 's' && /0$/.test(literal)) return undefined;
  if (currency === undefined && isDay(tokens, first, last)) return undefined;
  if (currency === undefined && isYear(tokens, first, last, value)) return undefined;
  const after = tokens.key(last + 1);
  if (TIME_SUFFIXES.has(after ?? '') && tokens.isWord(last + 1) && after !== 'hours') return undefined;
  if (after === 'a' && attachedKey(tokens, last + 2) === '.' && attachedKey(tokens, last + 3) === 'm') return undefined;
  if (after === 'p' && attachedKey(tokens, last + 2) === '.' && attachedKey(tokens, last + 3) === 'm') return undefined;

  const result: NumberValue = { value };
  if (currency) result.currency = currency;
  // A range: "30-40".
  if (attachedKey(tokens, last + 1) === '-' && isAttachedDigits(tokens, last + 2) && tokens.textLength(last + 2) <= literal.length) {
    const upper = Number(keys[last + 2]);
    if (upper > value) {
      result.min = value;
      result.max = upper;
      last += 2;
    }
  }
  const scale = tokens.key(last + 1);
  if (scale !== undefined && tokens.isWord(last + 1) && tokens.spaceBefore(last + 1) && SCALES.has(scale)) {
    const factor = SCALES.get(scale)!;
    result.value *= factor;
    if (result.min !== undefined) result.min *= factor;
    if (result.max !== undefined) result.max *= factor;
    last++;
  }
  last = withPercent(tokens, last, result);
  return { first, last, value: result };
}

/** Extends over "%", "percent" or "per cent" and marks the value a share. */
function withPercent(tokens: Tokens, last: number, value: NumberValue): number {
  const next = tokens.key(last + 1);
  if (next === undefined) return last;
  if (next === '%') {
    value.percent = true;
    return last + 1;
  }
  if (PERCENT_WORDS.has(next)) {
    value.percent = true;
    return last + 1;
  }
  if (next === 'per' && tokens.key(last + 2) === 'cent') {
    value.percent = true;
    return last + 2;
  }
  return last;
}

/** A cardinal written in words: "nine", "forty-five", "two hundred", "Two". */
function cardinalAt(tokens: Tokens, i: number): { last: number; value: number } | undefined {
  const key = tokens.keys[i];
  let value: number;
  let last = i;
  if (UNITS.has(key)) {
    value = UNITS.get(key)!;
  } else if (TENS.has(key)) {
    value = TENS.get(key)!;
    const unit = attachedKey(tokens, i + 2);
    if (attachedKey(tokens, i + 1) === '-' && unit !== undefined && UNITS.has(unit) && UNITS.get(unit)! < 10) {
      value += UNITS.get(unit)!;
      last = i + 2;
    }
  } else {
    return undefined;
  }
  const scaled = scaleAfter(tokens, last);
  return { last: scaled.last, value: value * scaled.factor };
}

/** The scale words after `last`, one or a growing pair: "thousand", "hundred thousand", "hundred million". */
function scaleAfter(tokens: Tokens, last: number): { last: number; factor: number } {
  let factor = 1;
  let previous = 0;
  for (let k = 0; k < 2; k++) {
    const scale = tokens.key(last + 1);
    if (scale === undefined || !tokens.isWord(last + 1) || scale.length <= 3 || !SCALES.has(scale)) break;
    const next = SCALES.get(scale)!;
    if (next <= previous) break;
    factor *= next;
    previous = next;
    last++;
  }
  return { last, factor };
}

function isPronounOne(tokens: Tokens, i: number): boolean {
  if (tokens.keys[i] !== 'one') return false;
  const next = tokens.key(i + 1);
  const before = tokens.key(i - 1);
  if (next !== undefined && PRONOUN_ONE_NEXT.has(next)) return true;
  if (before === undefined) return false;
  if (PRONOUN_ONE_ALWAYS_AFTER.has(before)) return true;
  return PRONOUN_ONE_UNLESS_NOUN.has(before) && !(tokens.isWord(i + 1) && tokens.shape(i + 1) === Shape.Lower);
}

function wordsAt(tokens: Tokens, i: number): Found | undefined {
  const key = tokens.keys[i];
  // Vague plurals: "hundreds", "tens of thousands".
  const vague = VAGUE_PLURALS.get(key);
  if (vague) {
    const larger = tokens.key(i + 2);
    if (tokens.key(i + 1) === 'of' && larger !== undefined && VAGUE_PLURALS.has(larger) && VAGUE_PLURALS.get(larger)!.value > vague.value) {
      const scale = VAGUE_PLURALS.get(larger)!.value;
      return { first: i, last: i + 2, value: { value: vague.value * scale, min: vague.value * scale, max: (vague.max + 1) * scale - 1, vague: true } };
    }
    return { first: i, last: i, value: { value: vague.value, min: vague.value, max: vague.max, vague: true } };
  }
  // Vague multipliers: "several thousand", "several dozen".
  const multiplier = VAGUE_MULTIPLIERS.get(key);
  if (multiplier) {
    const scale = tokens.key(i + 1);
    if (scale === 'dozen') {
      return { first: i, last: i + 1, value: { value: multiplier.min * DOZEN, min: multiplier.min * DOZEN, max: multiplier.max * DOZEN, vague: true } };
    }
    const { last, factor } = scaleAfter(tokens, i);
    if (last > i) {
      return { first: i, last, value: { value: multiplier.min * factor, min: multiplier.min * factor, max: (multiplier.max + 1) * factor - 1, vague: true } };
    }
    return undefined;
  }
  if (key === 'dozen') return { first: i, last: i, value: { value: DOZEN } };
  if (key === 'hundred' || key === 'thousand' || key === 'million' || key === 'billion') {
    if (tokens.key(i - 1) !== 'a') return undefined;
    // "half a million": one number.
    if (tokens.key(i - 2) === 'half' && tokens.isWord(i - 2)) return { first: i - 2, last: i, value: { value: SCALES.get(key)! / 2 } };
    // "a hundred", "a million": the scale word alone.
    return { first: i, last: i, value: { value: SCALES.get(key)! } };
  }
  if (isPronounOne(tokens, i)) return undefined;
  const cardinal = cardinalAt(tokens, i);
  if (!cardinal) return undefined;
  const value: NumberValue = { value: cardinal.value };
  // "two dozen"
  if (tokens.key(cardinal.last + 1) === 'dozen') return { first: i, last: cardinal.last + 1, value: { value: cardinal.value * DOZEN } };
  // "two-thirds", "one-quarter": a fraction is one number.
  const denominator = attachedKey(tokens, cardinal.last + 1) === '-' ? FRACTIONS.get(attachedKey(tokens, cardinal.last + 2) ?? '') : undefined;
  if (denominator !== undefined && cardinal.last === i) return { first: i, last: i + 2, value: { value: cardinal.value / denominator } };
  const last = withPercent(tokens, cardinal.last, value);
  return { first: i, last, value };
}

/** Finds an approximation word before the number: recorded in the value, kept out of the span. */
function withQualifier(tokens: Tokens, found: Found): NumberValue {
  const words = QUALIFIERS_BY_LAST_WORD.firstEndingAt(tokens, found.first - 1);
  if (!words) return found.value;
  const start = found.first - words.length;
  const qualifier = words.map((_, k) => tokens.text(start + k)).join(' ');
  const value: NumberValue = { ...found.value, qualifier };
  const bound = boundsOf(words.join(' '));
  if (bound === 'min' && value.min === undefined) value.min = value.value;
  if (bound === 'max' && value.max === undefined) value.max = value.value;
  return value;
}
