import { type Candidate, Priority } from '../candidate';
import type { PlaceSubtype } from '../entity';
import { LOCATIVE_PREPOSITIONS, ORGANISATION_HEADS, PLACE_HEADS, PLACE_NOUNS, PLACE_OF_NOUNS, PLACE_PREFIXES } from '../lexicon/context';
import { isDemonym } from '../lexicon/demonyms';
import { isGivenName } from '../lexicon/givenNames';
import { isCommonWord, MONTHS, wordSet } from '../lexicon/words';
import { Shape, type Tokens } from '../text/tokens';
import {
  type Analysis, chunkEndingAt, chunkStartingAt, hasKnown, isDemonymSpan, isTitleLine, knownExactly, ruleCandidate, skipNoise,
} from './analysis';
import type { Chunk } from './chunks';
import { afterLastOf } from './organisations';

const REGION_WORDS = wordSet('province provinces district districts region regions oblast oblasts governorate governorates county counties raion rayon krai municipality state territory territories');
const TOWN_WORDS = wordSet('city cities town towns village villages settlement settlements suburb suburbs neighbourhood neighborhood neighbourhoods neighborhoods');
const MAX_PLACE_WORDS = 4;
/** Words between "X, the" and a place noun: "Charika, the capital of", "X, a small town". */
const APPOSITIVE_PLACE = wordSet('town city village capital district province region area suburb settlement hamlet valley');

function subtypeOf(word: string): PlaceSubtype {
  if (REGION_WORDS.has(word)) return word.startsWith('district') ? 'district' : 'region';
  if (TOWN_WORDS.has(word)) return 'town';
  return 'feature';
}

/** Places found by the words around them. */
export function placeCandidates(a: Analysis): Candidate[] {
  const found: Candidate[] = [];
  for (const chunk of a.chunks) {
    // "Ikorodu Local Government Area of Lagos State": a headed name before "of" in a longer run.
    const before = beforeOf(a, chunk);
    const headedBefore = before && headed(a, before);
    if (headedBefore) found.push(headedBefore);
    const headedPlace = headed(a, chunk);
    if (headedPlace) {
      found.push(headedPlace);
      continue;
    }
    beforePlaceNoun(a, chunk, found);
    afterOf(a, chunk, found);
    const place = appositive(a, chunk) ?? dateline(a, chunk) ?? afterPreposition(a, chunk);
    if (place) found.push(place);
  }
  return found;
}

/** A span that can be a place name: not an actor, a demonym or a lone common word. */
function placeSpan(a: Analysis, first: number, last: number, subtype: PlaceSubtype | undefined, priority: number = Priority.strong): Candidate | undefined {
  first = skipNoise(a, first, last);
  if (first > last || last - first >= MAX_PLACE_WORDS || isDemonymSpan(a, first, last)) return undefined;
  if (hasKnown(a, first, last, 'actor') || ORGANISATION_HEADS.has(a.tokens.keys[last])) return undefined;
  if (first === last && isCommonWord(a.tokens.keys[first]) && !a.known[first]) return undefined;
  const known = knownExactly(a, first, last);
  if (known) return undefined;
  return ruleCandidate(first, last, 'place', subtype, priority);
}

/** "Panjshir Valley", "Khawak Pass", "Kharkiv Oblast", "Mount Sinjar", "Gulf of Aden": capitalised feature words. */
function headed(a: Analysis, chunk: Chunk): Candidate | undefined {
  const keys = a.tokens.keys;
  const head = keys[chunk.last];
  const first = skipNoise(a, PLACE_HEADS.has(head) ? afterLastOf(a, chunk.first, chunk.last) : chunk.first, chunk.last);
  if (first >= chunk.last) return undefined;
  const prefixed = PLACE_PREFIXES.has(keys[first]);
  if (!PLACE_HEADS.has(head) && !prefixed) return undefined;
  // In a headline every word is capitalised: trust the feature word only after a known place.
  if (isTitleLine(a, chunk.first) && !(a.known[first]?.kind === 'place')) return undefined;
  if (hasKnown(a, first, chunk.last, 'actor') || isDemonymSpan(a, first, first)) return undefined;
  if (knownExactly(a, first, chunk.last)) return undefined;
  return ruleCandidate(first, chunk.last, 'place', PLACE_HEADS.has(head) ? subtypeOf(head) : 'feature');
}

function beforeOf(a: Analysis, chunk: Chunk): Chunk | undefined {
  for (let i = chunk.first + 2; i < chunk.last; i++) {
    if (a.tokens.keys[i] === 'of' && a.tokens.shape(i) === Shape.Lower && PLACE_HEADS.has(a.tokens.keys[i - 1])) return { ...chunk, last: i - 1 };
  }
  return undefined;
}

/** Words after a region named like its people that keep it a place: "Amhara and Tigray", "Somali in the east". */
const NOT_AFTER_DEMONYM_PLACE = wordSet('and or of in on at to from for by with as is was are were has have had');

/**
 * A one-word place that is also a demonym, used as one: "Somali troops", "Amhara and Tigrayan militias".
 * Demonyms are never labelled (see the guidelines); "in Amhara", "Amhara region" stay places.
 */
export function isDemonymUse(tokens: Tokens, first: number, last: number): boolean {
  if (first !== last || !isDemonym(tokens.keys[first]) || LOCATIVE_PREPOSITIONS.has(tokens.key(first - 1) ?? '')) return false;
  const next = tokens.key(first + 1) ?? '';
  if (next === 'and') return isDemonym(tokens.key(first + 2) ?? '');
  return tokens.shape(first + 1) === Shape.Lower && !PLACE_NOUNS.has(next) && !NOT_AFTER_DEMONYM_PLACE.has(next);
}

/** The chunks joined to `chunk` by "," and "and" before it: "Derbent-Garani, Gulbahar and Shatal". */
function conjunctsBefore(a: Analysis, chunk: Chunk): Chunk[] {
  const chunks = [chunk];
  for (let current = chunk; ; ) {
    const joiner = a.tokens.key(current.first - 1);
    if (joiner !== ',' && joiner !== 'and') break;
    let end = current.first - 2;
    if (joiner === 'and' && a.tokens.key(end) === ',') end--;
    const previous = chunkEndingAt(a, end);
    if (!previous) break;
    chunks.unshift(previous);
    current = previous;
  }
  return chunks;
}

/** The chunks joined to `chunk` by "," and "and" after it: "the districts of Unaba and Rokha". */
function conjunctsAfter(a: Analysis, chunk: Chunk): Chunk[] {
  const chunks = [chunk];
  for (let current = chunk; ; ) {
    let next = current.last + 1;
    const joiner = a.tokens.key(next);
    if (joiner !== ',' && joiner !== 'and') break;
    if (joiner === ',' && a.tokens.key(next + 1) === 'and') next++;
    const following = chunkStartingAt(a, next + 1);
    if (!following) break;
    chunks.push(following);
    current = following;
  }
  return chunks;
}

/** "Shotul district", "Kapisa and Parwan provinces", "the Malimah area": a lowercase place noun after names. */
function beforePlaceNoun(a: Analysis, chunk: Chunk, found: Candidate[]): void {
  const noun = a.tokens.key(chunk.last + 1);
  if (noun === undefined || a.tokens.shape(chunk.last + 1) !== Shape.Lower || !PLACE_NOUNS.has(noun)) return;
  const plural = noun.endsWith('s') && noun !== 'pass';
  const chunks = plural ? conjunctsBefore(a, chunk) : [chunk];
  placeSpans(a, chunks, subtypeOf(noun), found);
}

function placeSpans(a: Analysis, chunks: readonly Chunk[], subtype: PlaceSubtype | undefined, found: Candidate[]): void {
  for (const conjunct of chunks) {
    const place = placeSpan(a, conjunct.first, conjunct.last, subtype);
    if (place) found.push(place);
  }
}

/** "the province of Panjshir", "the districts of Unaba and Rokha", "governor of Panjshir". */
function afterOf(a: Analysis, chunk: Chunk, found: Candidate[]): void {
  const tokens = a.tokens;
  let of = chunk.first - 1;
  if (tokens.key(of) === 'the') of--;
  const noun = tokens.key(of - 1);
  if (tokens.key(of) !== 'of' || noun === undefined || tokens.shape(of - 1) !== Shape.Lower || !PLACE_OF_NOUNS.has(noun)) return;
  placeSpans(a, conjunctsAfter(a, chunk), REGION_WORDS.has(noun) || TOWN_WORDS.has(noun) ? subtypeOf(noun) : undefined, found);
}

/** "Charika, the capital of ...", "Kupiansk, a town in ...". */
function appositive(a: Analysis, chunk: Chunk): Candidate | undefined {
  const tokens = a.tokens;
  if (tokens.key(chunk.last + 1) !== ',') return undefined;
  const article = tokens.key(chunk.last + 2);
  if (article !== 'the' && article !== 'a' && article !== 'an') return undefined;
  for (let i = chunk.last + 3; i <= chunk.last + 5 && i < tokens.length; i++) {
    if (!tokens.isWord(i) || tokens.shape(i) !== Shape.Lower) return undefined;
    if (APPOSITIVE_PLACE.has(tokens.keys[i])) return placeSpan(a, chunk.first, chunk.last, undefined);
  }
  return undefined;
}

function isDash(tokens: Tokens, i: number): boolean {
  return tokens.key(i) === '-';
}

/** "JAKARTA - ...", "Kabul, Sep 3 (EFE)": the place that opens a dateline. */
function dateline(a: Analysis, chunk: Chunk): Candidate | undefined {
  const tokens = a.tokens;
  if (chunk.first > 0 && tokens.line(chunk.first - 1) === tokens.line(chunk.first)) return undefined;
  const next = chunk.last + 1;
  const datelike = tokens.key(next) === ',' && MONTHS.has(tokens.key(chunk.last + 2) ?? '');
  if (!(isDash(tokens, next) && tokens.spaceBefore(next)) && !datelike && tokens.key(next) !== '(') return undefined;
  if (tokens.key(next) === '(' && !(tokens.shape(chunk.last + 2) === Shape.Upper)) return undefined;
  return placeSpan(a, chunk.first, chunk.last, 'town');
}

/** "in Gulbahar", "from Jabul-Saraj": a capitalised name after a locative preposition. Thin evidence. */
function afterPreposition(a: Analysis, chunk: Chunk): Candidate | undefined {
  const tokens = a.tokens;
  const preposition = tokens.key(chunk.first - 1);
  if (preposition === undefined || isTitleLine(a, chunk.first)) return undefined;
  if (!LOCATIVE_PREPOSITIONS.has(preposition) && !(preposition === 'and' && afterLocativeList(a, chunk))) return undefined;
  if (tokens.shape(chunk.first) === Shape.Upper || isGivenName(tokens.keys[chunk.first]) || hasKnown(a, chunk.first, chunk.last, 'actor')) return undefined;
  return placeSpan(a, chunk.first, chunk.last, undefined, Priority.weak);
}

/** The last name of a list opened by a locative preposition: the "Um Sumeima" of "near Bara and Um Sumeima". */
function afterLocativeList(a: Analysis, chunk: Chunk): boolean {
  const chunks = conjunctsBefore(a, chunk);
  if (chunks.length < 2 || !LOCATIVE_PREPOSITIONS.has(a.tokens.key(chunks[0].first - 1) ?? '')) return false;
  for (const conjunct of chunks) if (hasKnown(a, conjunct.first, conjunct.last, 'actor')) return false;
  return true;
}
