import type { Candidate } from '../candidate';
import type { ActorSubtype } from '../entity';
import { ORGANISATION_HEADS } from '../lexicon/context';
import { isDemonym } from '../lexicon/demonyms';
import { isCommonWord, wordSet } from '../lexicon/words';
import { Shape } from '../text/tokens';
import { isStateDemonym } from '../lexicon/states';
import { type Analysis, chunkStartingAt, hasKnown, isTitleLine, ruleCandidate, skipNoise } from './analysis';
import type { Chunk } from './chunks';

const ARMED_HEADS = wordSet('front forces force army armies brigade brigades battalion battalions regiment division corps guard guards militia militias legion command');
const OUTLET_HEADS = wordSet('times news post journal herald tribune gazette press radio television channel review magazine daily telegraph');
const STATE_HEADS = wordSet('empire emirate caliphate');
/** Heads of a state's own forces and agencies, whose demonym belongs to the name: "Kenyan Army", "Senegalese National Police". */
const STATE_INSTITUTION_HEADS = wordSet('army forces force police navy gendarmerie guard agency');
/** Words that open a name and make it an organisation: "Radio Dalsan", "Operation Lightning Storm". */
const LEADING_HEADS = wordSet('radio operation');

function subtypeOf(head: string, before: string | undefined): ActorSubtype {
  if (head === 'agency' && before === 'news') return 'outlet';
  if (ARMED_HEADS.has(head)) return 'armed group';
  if (OUTLET_HEADS.has(head)) return 'outlet';
  if (STATE_HEADS.has(head)) return 'state';
  return 'organisation';
}

/** Organisations named by their last word: "National Resistance Front", "Bakhtar News Agency", "Ministry of Defence". */
export function organisationCandidates(a: Analysis): Candidate[] {
  const found: Candidate[] = [];
  for (const chunk of a.chunks) {
    const organisation = headed(a, chunk) ?? beforeGroupNoun(a, chunk);
    if (organisation) found.push(organisation);
  }
  return found;
}

/** Lowercase words after a group's name: "the Kokorat Sanras gang", "Ras Kamboni militia". */
const GROUP_NOUNS = wordSet('gang gangs militia militias coalition faction factions rebels insurgents movement alliance cartel');

/** An unknown name right before a group noun: "the Ras Kamboni militia", "men of the Kokorat Sanras gang". */
function beforeGroupNoun(a: Analysis, chunk: Chunk): Candidate | undefined {
  const tokens = a.tokens;
  const next = chunk.last + 1;
  if (!GROUP_NOUNS.has(tokens.key(next) ?? '') || tokens.shape(next) !== Shape.Lower || tokens.line(next) !== tokens.line(chunk.last)) return undefined;
  // The capitalised words just before the noun: "Gunmen of the Kokorat Sanras gang" -> "Kokorat Sanras".
  let first = chunk.last;
  while (first > chunk.first && tokens.isWord(first - 1) && tokens.shape(first - 1) === Shape.Capitalised) first--;
  first = skipNoise(a, first, chunk.last);
  if (first > chunk.last || hasKnown(a, first, chunk.last) || isTitleLine(a, first)) return undefined;
  for (let i = first; i <= chunk.last; i++) {
    if (!tokens.isWord(i) || tokens.shape(i) !== Shape.Capitalised || isDemonym(tokens.keys[i]) || isCommonWord(tokens.keys[i])) return undefined;
  }
  if (first === chunk.last && tokens.sentenceStart(first)) return undefined;
  return ruleCandidate(first, chunk.last, 'actor', 'armed group');
}

/** Where a name ending at `head` starts after "of": "Fighters of the Popular Front" -> "Popular Front". */
export function afterLastOf(a: Analysis, first: number, head: number): number {
  for (let i = head - 1; i > first; i--) if (a.tokens.keys[i] === 'of' && a.tokens.shape(i) === Shape.Lower) return i + 1;
  return first;
}

const ORDINAL_SUFFIXES = wordSet('st nd rd th');

/** Digits and an attached ordinal suffix just before `i`: the "68th" of "68th Brigade". */
function isOrdinalBefore(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  return (
    tokens.isDigits(i - 2) &&
    ORDINAL_SUFFIXES.has(tokens.key(i - 1) ?? '') &&
    !tokens.spaceBefore(i - 1) &&
    tokens.spaceBefore(i) &&
    tokens.line(i - 2) === tokens.line(i)
  );
}

function headed(a: Analysis, whole: Chunk): Candidate | undefined {
  let chunk = whole;
  const tokens = a.tokens;
  if (isTitleLine(a, chunk.first)) return undefined;
  let head = -1;
  const keys = tokens.keys;
  for (let i = chunk.last; i >= chunk.first; i--) {
    if (ORGANISATION_HEADS.has(keys[i]) && tokens.shape(i) !== Shape.Lower) {
      head = i;
      break;
    }
  }
  if (head < 0) {
    for (let i = chunk.first; i < chunk.last; i++) if (LEADING_HEADS.has(keys[i]) && tokens.shape(i) === Shape.Capitalised) head = i;
    if (head < 0) return undefined;
    chunk = { ...chunk, first: head };
  }
  // "Front of Afghanistan", "Ministry of Defence": the name goes on after "of".
  let last = tokens.key(head + 1) === 'of' && head < chunk.last ? chunk.last : head;
  // "Radio Dalsan", "Operation Lightning Storm": the name follows its head.
  if (head === chunk.first && head < chunk.last && LEADING_HEADS.has(keys[head]) && !hasKnown(a, head + 1, chunk.last)) last = chunk.last;
  // "Center for Countering Disinformation", "Alliance of Patriots for Justice": the name goes on after "for",
  // and over the country it serves: "Network for Peace in the Democratic Republic of Congo".
  if (last === chunk.last && tokens.key(last + 1) === 'for' && tokens.shape(last + 1) === Shape.Lower) {
    const next = chunkStartingAt(a, tokens.key(last + 2) === 'the' ? last + 3 : last + 2);
    if (next && tokens.line(next.first) === tokens.line(head) && !tokens.sentenceStart(next.first)) last = next.last;
    const country = a.known[tokens.key(last + 2) === 'the' ? last + 3 : last + 2];
    if (last > head && tokens.key(last + 1) === 'in' && country?.subtype === 'country') last = country.last;
  }
  let first = skipNoise(a, afterLastOf(a, chunk.first, head), head);
  // "Ugandan People's Defence Force": a possessive opens the name.
  if (first === chunk.first && tokens.key(first - 1) === 's' && tokens.key(first - 2) === "'" && !tokens.spaceBefore(first - 1) && !tokens.spaceBefore(first - 2)) {
    if (tokens.shape(first - 3) === Shape.Capitalised && !a.known[first - 3] && !tokens.sentenceStart(first - 3)) first -= 3;
  }
  // "Russian Navy": a language name is noise on its own, not before a state's forces.
  if (first > chunk.first && first - 1 >= afterLastOf(a, chunk.first, head) && isStateDemonym(keys[first - 1]) && STATE_INSTITUTION_HEADS.has(keys[head])) first--;
  const stateForce = isStateDemonym(tokens.key(first) ?? '') && STATE_INSTITUTION_HEADS.has(keys[head]);
  // "Afghan National Resistance Front": the demonym is not part of the name (see the guidelines), but it is of a
  // state's own forces: "Libyan National Army", "Senegalese National Police".
  if (isDemonym(tokens.key(first) ?? '') && head - first >= 2 && !stateForce) first++;
  // "68th Separate Jaeger Brigade", "110th Brigade": a unit's number is part of its name.
  if (first === chunk.first && first <= head && ARMED_HEADS.has(keys[head]) && isOrdinalBefore(a, first)) first -= 2;
  if (first > head || (first === head && last === head)) return undefined;
  // "Taliban Forces": a known actor with a generic word after it.
  let modifiersKnown = true;
  for (let i = first; i < head; i++) if (a.known[i]?.kind !== 'actor' && !isDemonym(keys[i])) modifiersKnown = false;
  if (modifiersKnown && last === head && !stateForce) return undefined;
  return ruleCandidate(first, last, 'actor', subtypeOf(keys[head], tokens.key(head - 1)));
}
