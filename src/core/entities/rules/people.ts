import type { Candidate } from '../candidate';
import { isDemonym } from '../lexicon/demonyms';
import { isGivenName } from '../lexicon/givenNames';
import { ORGANISATION_HEADS, PLACE_HEADS, ROLE_WORDS, TITLE_WORDS } from '../lexicon/context';
import { isCommonWord, wordSet } from '../lexicon/words';
import { type Analysis, chunkEndingAt, isDemonymSpan, knownExactly, ruleCandidate, skipNoise } from './analysis';
import { type Chunk, isNameWord } from './chunks';

const MAX_NAME_WORDS = 4;
const HONORIFICS = wordSet('mr mrs ms dr prof sir lady lord');
/** Words between a name's comma and its role: "X, a Taliban spokesman", "X, another spokesman". */
const MAX_APPOSITIVE_WORDS = 6;

/** People found by the words around them: titles, roles, appositions, given names. */
export function peopleCandidates(a: Analysis): Candidate[] {
  const found: Candidate[] = [];
  for (const chunk of a.chunks) {
    const person = afterTitle(a, chunk) ?? afterRole(a, chunk) ?? beforeRole(a, chunk) ?? byline(a, chunk) ?? fromGivenName(a, chunk);
    if (person) found.push(person);
  }
  return found;
}

/** A name of up to four words from `first`, or undefined when it reads as something other than a person. */
export function personSpan(a: Analysis, first: number, last: number, honorific = false): Candidate | undefined {
  first = skipNoise(a, first, last);
  // "Ukrainian President Volodymyr Zelenskiy": titles and nationalities are not part of the name.
  while (first < last && (TITLE_WORDS.has(a.tokens[first].key) || isDemonym(a.tokens[first].key))) first = skipNoise(a, first + 1, last);
  last = Math.min(last, first + MAX_NAME_WORDS - 1);
  while (last >= first && !isNameWord(a.tokens[last])) last--;
  if (first > last) return undefined;
  const tokens = a.tokens;
  if (isDemonymSpan(a, first, last)) return undefined;
  if (ORGANISATION_HEADS.has(tokens[last].key) || PLACE_HEADS.has(tokens[last].key)) return undefined;
  for (let i = first; i < last; i++) if (tokens[i].key === 'of' || ORGANISATION_HEADS.has(tokens[i].key)) return undefined;
  if (first === last && (TITLE_WORDS.has(tokens[first].key) || ROLE_WORDS.has(tokens[first].key))) return undefined;
  // A lone ordinary word is a name only mid-sentence after an honorific: "Mr. Smith", not "spokesman Police".
  if (first === last && isCommonWord(tokens[first].key) && !(honorific && !tokens[first].sentenceStart)) return undefined;
  const known = knownExactly(a, first, last);
  if (known) return undefined;
  for (let i = first; i <= last; i++) if (a.known[i] && a.known[i]!.subtype !== 'person') return undefined;
  return ruleCandidate(first, last, 'actor', 'person');
}

/** "Afghan Vice President Amrullah Saleh": the name after the last title inside a capitalised run. */
function afterTitle(a: Analysis, chunk: Chunk): Candidate | undefined {
  for (let i = chunk.last - 1; i >= chunk.first; i--) {
    if (TITLE_WORDS.has(a.tokens[i].key) && isNameWord(a.tokens[i])) return personSpan(a, i + 1, chunk.last);
  }
  return undefined;
}

/** "spokesman Zabihullah Mujahid", "commander Ahmad Shah Masoud", "the spokesperson, Fahim Dashti". */
function afterRole(a: Analysis, chunk: Chunk): Candidate | undefined {
  let before = chunk.first - 1;
  if (a.tokens[before]?.key === ',' || a.tokens[before]?.key === '.') before--;
  const role = a.tokens[before];
  if (!role || !ROLE_WORDS.has(role.key) || role.line !== a.tokens[chunk.first].line) return undefined;
  return personSpan(a, chunk.first, chunk.last, HONORIFICS.has(role.key));
}

/** "Fahim Dashti, spokesman for ...", "Zabihullah Mujahid, a Taliban spokesman". */
function beforeRole(a: Analysis, chunk: Chunk): Candidate | undefined {
  const tokens = a.tokens;
  if (tokens[chunk.last + 1]?.key !== ',') return undefined;
  for (let i = chunk.last + 2; i <= chunk.last + 2 + MAX_APPOSITIVE_WORDS && i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === 'punct' && token.key !== "'") return undefined;
    if (token.shape === 'lower' && ROLE_WORDS.has(token.key)) return personSpan(a, chunk.first, chunk.last);
  }
  return undefined;
}

/** "Ali Nazary", "Ahmad Shah Massoud": a capitalised run that opens with a common given name. */
function fromGivenName(a: Analysis, chunk: Chunk): Candidate | undefined {
  const first = skipNoise(a, chunk.first, chunk.last);
  if (first >= chunk.last || !isGivenName(a.tokens[first].key)) return undefined;
  const last = a.tokens[chunk.last];
  if (ORGANISATION_HEADS.has(last.key) || PLACE_HEADS.has(last.key)) return undefined;
  return personSpan(a, first, chunk.last);
}

/** "By Jane Doe and Peter Novak": the names in a byline. */
function byline(a: Analysis, chunk: Chunk): Candidate | undefined {
  const tokens = a.tokens;
  // Walk back over earlier names of the same byline to the one that opens it.
  let opening: Chunk | undefined = chunk;
  while (opening && opening.first > 0 && (tokens[opening.first - 1].key === 'and' || tokens[opening.first - 1].key === ',')) {
    opening = chunkEndingAt(a, opening.first - 2);
  }
  if (!opening) return undefined;
  const by = tokens[opening.first];
  if (by.key !== 'by' || (opening.first > 0 && tokens[opening.first - 1].line === by.line)) return undefined;
  return personSpan(a, chunk === opening ? chunk.first + 1 : chunk.first, chunk.last);
}
