import { type Candidate, Priority } from '../candidate';
import type { PlaceSubtype } from '../entity';
import { LOCATIVE_PREPOSITIONS, ORGANISATION_HEADS, PLACE_HEADS, PLACE_NOUNS, PLACE_OF_NOUNS, PLACE_PREFIXES } from '../lexicon/context';
import { isGivenName } from '../lexicon/givenNames';
import { isCommonWord, MONTHS, wordSet } from '../lexicon/words';
import type { Token } from '../text/tokens';
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
    const headedPlace = headed(a, chunk);
    if (headedPlace) {
      found.push(headedPlace);
      continue;
    }
    found.push(...beforePlaceNoun(a, chunk), ...afterOf(a, chunk));
    const place = appositive(a, chunk) ?? dateline(a, chunk) ?? afterPreposition(a, chunk);
    if (place) found.push(place);
  }
  return found;
}

/** A span that can be a place name: not an actor, a demonym or a lone common word. */
function placeSpan(a: Analysis, first: number, last: number, subtype: PlaceSubtype | undefined, priority: number = Priority.strong): Candidate | undefined {
  first = skipNoise(a, first, last);
  if (first > last || last - first >= MAX_PLACE_WORDS || isDemonymSpan(a, first, last)) return undefined;
  if (hasKnown(a, first, last, 'actor') || ORGANISATION_HEADS.has(a.tokens[last].key)) return undefined;
  if (first === last && isCommonWord(a.tokens[first].key) && !a.known[first]) return undefined;
  const known = knownExactly(a, first, last);
  if (known) return undefined;
  return ruleCandidate(first, last, 'place', subtype, priority);
}

/** "Panjshir Valley", "Khawak Pass", "Kharkiv Oblast", "Mount Sinjar", "Gulf of Aden": capitalised feature words. */
function headed(a: Analysis, chunk: Chunk): Candidate | undefined {
  const tokens = a.tokens;
  const head = tokens[chunk.last];
  const first = skipNoise(a, PLACE_HEADS.has(head.key) ? afterLastOf(a, chunk.first, chunk.last) : chunk.first, chunk.last);
  if (first >= chunk.last) return undefined;
  const prefixed = PLACE_PREFIXES.has(tokens[first].key);
  if (!PLACE_HEADS.has(head.key) && !prefixed) return undefined;
  // In a headline every word is capitalised: trust the feature word only after a known place.
  if (isTitleLine(a, chunk.first) && !(a.known[first]?.kind === 'place')) return undefined;
  if (hasKnown(a, first, chunk.last, 'actor') || isDemonymSpan(a, first, first)) return undefined;
  if (knownExactly(a, first, chunk.last)) return undefined;
  return ruleCandidate(first, chunk.last, 'place', PLACE_HEADS.has(head.key) ? subtypeOf(head.key) : 'feature');
}

/** The chunks joined to `chunk` by "," and "and" before it: "Derbent-Garani, Gulbahar and Shatal". */
function conjunctsBefore(a: Analysis, chunk: Chunk): Chunk[] {
  const chunks = [chunk];
  for (let current = chunk; ; ) {
    const joiner = a.tokens[current.first - 1];
    if (!joiner || (joiner.key !== ',' && joiner.key !== 'and')) break;
    let end = current.first - 2;
    if (joiner.key === 'and' && a.tokens[end]?.key === ',') end--;
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
    const joiner = a.tokens[next];
    if (!joiner || (joiner.key !== ',' && joiner.key !== 'and')) break;
    if (joiner.key === ',' && a.tokens[next + 1]?.key === 'and') next++;
    const following = chunkStartingAt(a, next + 1);
    if (!following) break;
    chunks.push(following);
    current = following;
  }
  return chunks;
}

/** "Shotul district", "Kapisa and Parwan provinces", "the Malimah area": a lowercase place noun after names. */
function beforePlaceNoun(a: Analysis, chunk: Chunk): Candidate[] {
  const noun = a.tokens[chunk.last + 1];
  if (!noun || noun.shape !== 'lower' || !PLACE_NOUNS.has(noun.key)) return [];
  const plural = noun.key.endsWith('s') && noun.key !== 'pass';
  const chunks = plural ? conjunctsBefore(a, chunk) : [chunk];
  return placeSpans(a, chunks, subtypeOf(noun.key));
}

function placeSpans(a: Analysis, chunks: readonly Chunk[], subtype: PlaceSubtype | undefined): Candidate[] {
  const found: Candidate[] = [];
  for (const conjunct of chunks) {
    const place = placeSpan(a, conjunct.first, conjunct.last, subtype);
    if (place) found.push(place);
  }
  return found;
}

/** "the province of Panjshir", "the districts of Unaba and Rokha", "governor of Panjshir". */
function afterOf(a: Analysis, chunk: Chunk): Candidate[] {
  const tokens = a.tokens;
  let of = chunk.first - 1;
  if (tokens[of]?.key === 'the') of--;
  const noun = tokens[of - 1];
  if (tokens[of]?.key !== 'of' || !noun || noun.shape !== 'lower' || !PLACE_OF_NOUNS.has(noun.key)) return [];
  return placeSpans(a, conjunctsAfter(a, chunk), REGION_WORDS.has(noun.key) || TOWN_WORDS.has(noun.key) ? subtypeOf(noun.key) : undefined);
}

/** "Charika, the capital of ...", "Kupiansk, a town in ...". */
function appositive(a: Analysis, chunk: Chunk): Candidate | undefined {
  const tokens = a.tokens;
  if (tokens[chunk.last + 1]?.key !== ',') return undefined;
  const article = tokens[chunk.last + 2];
  if (!article || (article.key !== 'the' && article.key !== 'a' && article.key !== 'an')) return undefined;
  for (let i = chunk.last + 3; i <= chunk.last + 5 && i < tokens.length; i++) {
    if (tokens[i].type !== 'word' || tokens[i].shape !== 'lower') return undefined;
    if (APPOSITIVE_PLACE.has(tokens[i].key)) return placeSpan(a, chunk.first, chunk.last, undefined);
  }
  return undefined;
}

function isDash(token: Token | undefined): boolean {
  return token !== undefined && token.key === '-';
}

/** "JAKARTA - ...", "Kabul, Sep 3 (EFE)": the place that opens a dateline. */
function dateline(a: Analysis, chunk: Chunk): Candidate | undefined {
  const tokens = a.tokens;
  const first = tokens[chunk.first];
  if (chunk.first > 0 && tokens[chunk.first - 1].line === first.line) return undefined;
  const next = tokens[chunk.last + 1];
  const datelike = next?.key === ',' && MONTHS.has(tokens[chunk.last + 2]?.key ?? '');
  if (!(isDash(next) && next.spaceBefore) && !datelike && next?.key !== '(') return undefined;
  if (next?.key === '(' && !(tokens[chunk.last + 2]?.shape === 'upper')) return undefined;
  return placeSpan(a, chunk.first, chunk.last, 'town');
}

/** "in Gulbahar", "from Jabul-Saraj": a capitalised name after a locative preposition. Thin evidence. */
function afterPreposition(a: Analysis, chunk: Chunk): Candidate | undefined {
  const tokens = a.tokens;
  const preposition = tokens[chunk.first - 1];
  if (!preposition || !LOCATIVE_PREPOSITIONS.has(preposition.key) || isTitleLine(a, chunk.first)) return undefined;
  const first = tokens[chunk.first];
  if (first.shape === 'upper' || isGivenName(first.key) || hasKnown(a, chunk.first, chunk.last, 'actor')) return undefined;
  return placeSpan(a, chunk.first, chunk.last, undefined, Priority.weak);
}
