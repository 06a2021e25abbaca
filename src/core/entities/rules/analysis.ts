import { type Candidate, candidate, Priority } from '../candidate';
import type { EntityKind, EntitySubtype } from '../entity';
import { isDemonym, isDemonymOf } from '../lexicon/demonyms';
import { isGivenName } from '../lexicon/givenNames';
import { isCalendarWord, isCommonWord, NEVER_NAMES } from '../lexicon/words';
import type { Line } from '../text/lines';
import type { Tokens } from '../text/tokens';
import type { Chunk } from './chunks';

/** What the context rules read: the tokens, their lines, the capitalised runs and what the gazetteers found. */
export interface Analysis {
  readonly tokens: Tokens;
  readonly lines: readonly Line[];
  readonly chunks: readonly Chunk[];
  /** The gazetteer entity covering each token, if any. */
  readonly known: readonly (Candidate | undefined)[];
  /** Whether a single folded word names a known place (for demonyms such as "Panjshiris"). */
  readonly isPlaceWord: (key: string) => boolean;
}

export type RuleKind = Exclude<EntityKind, 'number'>;

export function ruleCandidate(first: number, last: number, kind: RuleKind, subtype: EntitySubtype | undefined, priority: number = Priority.strong): Candidate {
  return candidate(first, last, kind, 'rule', priority, subtype);
}

export function isTitleLine(a: Analysis, i: number): boolean {
  return a.lines[a.tokens.line(i)].titleCase;
}

/** A capitalised word that says nothing about a name: an article, a weekday, a common word opening a sentence. */
export function isNoise(a: Analysis, i: number): boolean {
  if (!a.tokens.isWord(i)) return false;
  const key = a.tokens.keys[i];
  if (NEVER_NAMES.has(key) || isCalendarWord(key)) return true;
  if (a.known[i]) return false;
  const opening = a.tokens.sentenceStart(i) || isTitleLine(a, i);
  return opening && isCommonWord(key) && !isGivenName(key);
}

/** `first` moved past leading noise words; greater than `last` when nothing is left. */
export function skipNoise(a: Analysis, first: number, last: number): number {
  while (first <= last && (isNoise(a, first) || !a.tokens.isWord(first))) first++;
  return first;
}

/** The known entity spanning exactly `first..last`. */
export function knownExactly(a: Analysis, first: number, last: number): Candidate | undefined {
  const known = a.known[first];
  return known && known.first === first && known.last === last ? known : undefined;
}

export function hasKnown(a: Analysis, first: number, last: number, kind?: RuleKind): boolean {
  for (let i = first; i <= last; i++) if (a.known[i] && (!kind || a.known[i]!.kind === kind)) return true;
  return false;
}

/** A span of a single demonym or a people named after a known place: "Afghan", "Panjshiris". */
export function isDemonymSpan(a: Analysis, first: number, last: number): boolean {
  if (first !== last) return false;
  const key = a.tokens.keys[first];
  if (isDemonym(key)) return true;
  return !a.known[first] && isDemonymOf(key, a.isPlaceWord);
}

/** The chunk that starts exactly at token `i`, found by binary search. */
export function chunkStartingAt(a: Analysis, i: number): Chunk | undefined {
  const chunk = chunkContaining(a, i);
  return chunk && chunk.first === i ? chunk : undefined;
}

function chunkContaining(a: Analysis, i: number): Chunk | undefined {
  let low = 0;
  let high = a.chunks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const chunk = a.chunks[middle];
    if (i < chunk.first) high = middle - 1;
    else if (i > chunk.last) low = middle + 1;
    else return chunk;
  }
  return undefined;
}

/** The chunk that ends exactly at token `i`. */
export function chunkEndingAt(a: Analysis, i: number): Chunk | undefined {
  const chunk = chunkContaining(a, i);
  return chunk && chunk.last === i ? chunk : undefined;
}
