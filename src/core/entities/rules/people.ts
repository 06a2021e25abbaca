import type { Candidate } from '../candidate';
import { isDemonym } from '../lexicon/demonyms';
import { isGivenName } from '../lexicon/givenNames';
import { ORGANISATION_HEADS, PLACE_HEADS, ROLE_WORDS, TITLE_WORDS } from '../lexicon/context';
import { isCommonWord, wordSet } from '../lexicon/words';
import { Shape } from '../text/tokens';
import { type Analysis, chunkEndingAt, isDemonymSpan, knownExactly, ruleCandidate, skipNoise } from './analysis';
import { type Chunk, isNameWord } from './chunks';

const MAX_NAME_WORDS = 4;
/** Words before "by" in a credit line: "Reporting by", "Editing by", "Photo by". */
const CREDIT_WORDS = wordSet('reporting editing writing written compiled photo photos photograph photographs video graphics interviews research');
const HONORIFICS = wordSet('mr mrs ms dr prof sir lady lord');
const INNER_NAME_WORDS = wordSet('sheikh shaykh');
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
export function personSpan(a: Analysis, first: number, last: number, honorific = false, inByline = false, introduced = false): Candidate | undefined {
  const keys = a.tokens.keys;
  first = skipNoise(a, first, last);
  // "Ukrainian President Volodymyr Zelenskiy": titles and nationalities are not part of the name.
  while (first < last && (TITLE_WORDS.has(keys[first]) || isDemonym(keys[first]))) first = skipNoise(a, first + 1, last);
  // "Energy Minister Svitlana Grynchuk": the name starts after the last title inside the run.
  for (let i = last - 1; i > first; i--) {
    // "Mohamed Sheikh Hassan": after a given name, "Sheikh" is part of a Somali or Arabic name.
    if (INNER_NAME_WORDS.has(keys[i]) && isGivenName(keys[i - 1])) continue;
    if (TITLE_WORDS.has(keys[i]) && a.tokens.shape(i) === Shape.Capitalised) {
      first = skipNoise(a, i + 1, last);
      break;
    }
  }
  // Up to four name words; connectors between them do not count: "Abdel Wahid al-Nur", "Shams al-Din Kabashi".
  for (let i = first, words = 0; i <= last; i++) {
    if (isNameWord(a.tokens, i) && ++words === MAX_NAME_WORDS) {
      last = i;
      break;
    }
  }
  while (last >= first && !isNameWord(a.tokens, last)) last--;
  if (first > last) return undefined;
  if (isDemonymSpan(a, first, last)) return undefined;
  if (ORGANISATION_HEADS.has(keys[last]) || PLACE_HEADS.has(keys[last])) return undefined;
  for (let i = first; i < last; i++) if (keys[i] === 'of' || ORGANISATION_HEADS.has(keys[i])) return undefined;
  if (first === last && (TITLE_WORDS.has(keys[first]) || ROLE_WORDS.has(keys[first]))) return undefined;
  // A lone ordinary word is a name only mid-sentence after an honorific: "Mr. Smith", not "spokesman Police".
  if (first === last && isCommonWord(keys[first]) && !(honorific && !a.tokens.sentenceStart(first))) return undefined;
  const known = knownExactly(a, first, last);
  if (known) return undefined;
  // "Vladimir Saldo", and any name in a byline: a first name that is also a town opens a person's name.
  const start = first < last && (inByline || isGivenName(keys[first])) && a.known[first]?.kind === 'place' && knownExactly(a, first, first) ? first + 1 : first;
  for (let i = start; i <= last; i++) {
    const known = a.known[i];
    if (known && known.subtype !== 'person' && !(introduced && first < last && isOneWordTown(known))) return undefined;
  }
  return ruleCandidate(first, last, 'actor', 'person');
}

/** After a role or title, a town's name inside a longer name is part of it: "his deputy, Abebe Gondar". */
function isOneWordTown(known: Candidate): boolean {
  return known.first === known.last && (known.subtype === 'town' || known.subtype === 'region');
}

/** "Afghan Vice President Amrullah Saleh": the name after the last title inside a capitalised run. */
function afterTitle(a: Analysis, chunk: Chunk): Candidate | undefined {
  for (let i = chunk.last - 1; i >= chunk.first; i--) {
    if (INNER_NAME_WORDS.has(a.tokens.keys[i]) && i > chunk.first && isGivenName(a.tokens.keys[i - 1])) continue;
    if (TITLE_WORDS.has(a.tokens.keys[i]) && isNameWord(a.tokens, i)) return personSpan(a, afterTitleOf(a, i + 1, chunk.last), chunk.last, false, false, true);
  }
  return undefined;
}

/** Past the rest of a title written with "of": "Secretary of State Marco Rubio", "Minister of Foreign Affairs X". */
function afterTitleOf(a: Analysis, first: number, last: number): number {
  const keys = a.tokens.keys;
  if (keys[first] !== 'of') return first;
  let i = first + 1;
  while (i < last && (keys[i] === 'the' || keys[i] === 'and' || keys[i] === '-' || TITLE_WORDS.has(keys[i]) || isCommonWord(keys[i]))) i++;
  return i;
}

/** "spokesman Zabihullah Mujahid", "commander Ahmad Shah Masoud", "the spokesperson, Fahim Dashti". */
function afterRole(a: Analysis, chunk: Chunk): Candidate | undefined {
  const tokens = a.tokens;
  let before = chunk.first - 1;
  if (tokens.key(before) === ',' || tokens.key(before) === '.') before--;
  const role = tokens.key(before);
  if (role === undefined || !ROLE_WORDS.has(role) || tokens.line(before) !== tokens.line(chunk.first)) return undefined;
  return personSpan(a, chunk.first, chunk.last, HONORIFICS.has(role), false, true);
}

/** "Fahim Dashti, spokesman for ...", "Zabihullah Mujahid, a Taliban spokesman". */
function beforeRole(a: Analysis, chunk: Chunk): Candidate | undefined {
  const tokens = a.tokens;
  if (tokens.key(chunk.last + 1) !== ',') return undefined;
  // "Ahmed Bile Warsame, who chairs the council, said".
  if (tokens.key(chunk.last + 2) === 'who') return personSpan(a, chunk.first, chunk.last);
  for (let i = chunk.last + 2; i <= chunk.last + 2 + MAX_APPOSITIVE_WORDS && i < tokens.length; i++) {
    if (tokens.isPunct(i) && tokens.keys[i] !== "'") return undefined;
    if (tokens.shape(i) === Shape.Lower && ROLE_WORDS.has(tokens.keys[i])) return personSpan(a, chunk.first, chunk.last, false, false, true);
  }
  return undefined;
}

/** "Ali Nazary", "Ahmad Shah Massoud": a capitalised run that opens with a common given name. */
function fromGivenName(a: Analysis, chunk: Chunk): Candidate | undefined {
  const first = skipNoise(a, chunk.first, chunk.last);
  if (first >= chunk.last || !isGivenName(a.tokens.keys[first])) return undefined;
  // "Andriy Kovalenko of the NSDC": the name ends before "of".
  let end = chunk.last;
  for (let i = first + 1; i < chunk.last; i++) {
    if (a.tokens.keys[i] === 'of' && a.tokens.shape(i) === Shape.Lower) {
      end = i - 1;
      break;
    }
  }
  const last = a.tokens.keys[end];
  if (ORGANISATION_HEADS.has(last) || PLACE_HEADS.has(last)) return undefined;
  return personSpan(a, first, end);
}

/** "By Jane Doe and Peter Novak": the names in a byline. */
function byline(a: Analysis, chunk: Chunk): Candidate | undefined {
  const tokens = a.tokens;
  // Walk back over earlier names of the same byline to the one that opens it.
  let opening: Chunk | undefined = chunk;
  while (opening && opening.first > 0 && (tokens.keys[opening.first - 1] === 'and' || tokens.keys[opening.first - 1] === ',')) {
    opening = chunkEndingAt(a, opening.first - 2);
  }
  if (!opening) return undefined;
  // "Reporting by Jane Doe", "additional reporting by ...; Editing by ...": a credit line's names.
  if (tokens.key(opening.first - 1) === 'by' && CREDIT_WORDS.has(tokens.key(opening.first - 2) ?? '') && tokens.line(opening.first - 2) === tokens.line(opening.first)) {
    return personSpan(a, chunk.first, chunk.last, false, true);
  }
  if (tokens.keys[opening.first] !== 'by' || (opening.first > 0 && tokens.line(opening.first - 1) === tokens.line(opening.first))) return undefined;
  return personSpan(a, chunk === opening ? chunk.first + 1 : chunk.first, chunk.last, false, true);
}
