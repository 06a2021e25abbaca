import type { Candidate } from '../candidate';
import type { ActorSubtype } from '../entity';
import { ORGANISATION_HEADS } from '../lexicon/context';
import { isDemonym } from '../lexicon/demonyms';
import { wordSet } from '../lexicon/words';
import { Shape } from '../text/tokens';
import { type Analysis, chunkStartingAt, isTitleLine, ruleCandidate, skipNoise } from './analysis';
import type { Chunk } from './chunks';

const ARMED_HEADS = wordSet('front forces force army armies brigade brigades battalion battalions regiment division corps guard guards militia militias legion command');
const OUTLET_HEADS = wordSet('times news post journal herald tribune gazette press radio television channel review magazine daily telegraph');
const STATE_HEADS = wordSet('empire emirate caliphate');

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
    const organisation = headed(a, chunk);
    if (organisation) found.push(organisation);
  }
  return found;
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

function headed(a: Analysis, chunk: Chunk): Candidate | undefined {
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
  if (head < 0) return undefined;
  // "Front of Afghanistan", "Ministry of Defence": the name goes on after "of".
  let last = tokens.key(head + 1) === 'of' && head < chunk.last ? chunk.last : head;
  // "Center for Countering Disinformation", "Institute for the Study of War": the name goes on after "for".
  if (head === chunk.last && tokens.key(head + 1) === 'for' && tokens.shape(head + 1) === Shape.Lower) {
    const next = chunkStartingAt(a, tokens.key(head + 2) === 'the' ? head + 3 : head + 2);
    if (next && tokens.line(next.first) === tokens.line(head) && !tokens.sentenceStart(next.first)) last = next.last;
  }
  let first = skipNoise(a, afterLastOf(a, chunk.first, head), head);
  // "Afghan National Resistance Front": the demonym is not part of the name (see the guidelines).
  if (isDemonym(tokens.key(first) ?? '') && head - first >= 2) first++;
  // "68th Separate Jaeger Brigade", "110th Brigade": a unit's number is part of its name.
  if (first === chunk.first && first <= head && ARMED_HEADS.has(keys[head]) && isOrdinalBefore(a, first)) first -= 2;
  if (first > head || (first === head && last === head)) return undefined;
  // "Taliban Forces": a known actor with a generic word after it.
  let modifiersKnown = true;
  for (let i = first; i < head; i++) if (a.known[i]?.kind !== 'actor' && !isDemonym(keys[i])) modifiersKnown = false;
  if (modifiersKnown && last === head) return undefined;
  return ruleCandidate(first, last, 'actor', subtypeOf(keys[head], tokens.key(head - 1)));
}
