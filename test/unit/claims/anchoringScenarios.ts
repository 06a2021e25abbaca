/**
 * Random articles, claims and edits for the property tests and the anchoring bench: texts with repeated
 * sentences and duplicated paragraphs, and a bookkeeping of where each claim's text truly is after an edit
 * (or that it is gone), kept by the edit itself rather than by any search.
 */
import { quoteSelector, type Anchored, type AnchorResult } from '../../../src/core/claims/anchoring';

export type Random = () => number;

/** mulberry32: a small seeded generator, so that a failing case can be replayed from its seed. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'the', 'army', 'said', 'at', 'least', '40', 'fighters', 'were', 'killed', 'near', 'Rokha', 'on', 'Sunday', 'while',
  'officials', 'in', 'Kabul', 'denied', 'any', 'losses', 'and', 'residents', 'fled', 'the', 'valley', 'after', 'heavy',
  'shelling', 'a', 'commander', 'told', 'reporters', 'that', '12', 'posts', 'fell', 'Taliban', 'spokesman', 'rejected',
  'account', '🚨', 'Andarab', '📍Khost', 'convoy', 'of', 'trucks', 'seized', 'two', 'vehicles', 'bridge',
];

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const between = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

function sentence(random: Random): string {
  const words = Array.from({ length: between(random, 5, 12) }, () => pick(random, WORDS));
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}.`;
}

/** Paragraphs of sentences; with `repeats`, some sentences repeated in other paragraphs and some paragraphs repeated whole. */
export function randomParagraphs(random: Random, count: number, repeats = true): string[][] {
  const paragraphs: string[][] = [];
  for (let index = 0; index < count; index++) {
    if (repeats && paragraphs.length > 1 && random() < 0.15) {
      paragraphs.push([...pick(random, paragraphs.slice(0, -1))]);
      continue;
    }
    const sentences = Array.from({ length: between(random, 1, 4) }, () => sentence(random));
    if (repeats && paragraphs.length > 0 && random() < 0.3) sentences.splice(between(random, 0, sentences.length), 0, pick(random, pick(random, paragraphs)));
    paragraphs.push(sentences);
  }
  return paragraphs;
}

export const joinParagraphs = (paragraphs: string[][]): string => paragraphs.map((sentences) => sentences.join(' ')).join('\n\n');

/** A claim with where its text truly is in the edited text: undefined when it is gone. */
export interface TrackedClaim extends Anchored {
  truth: { start: number; end: number } | undefined;
}

/** Claims on random word-aligned spans of random sentences, at most one per sentence, never overlapping. */
export function randomClaims(random: Random, text: string, count: number): TrackedClaim[] {
  const sentences = [...text.matchAll(/[^ \n][^.\n]*\./g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const chosen = new Set<number>();
  const claims: TrackedClaim[] = [];
  for (let attempt = 0; attempt < count * 3 && claims.length < count; attempt++) {
    const index = Math.floor(random() * sentences.length);
    if (chosen.has(index)) continue;
    chosen.add(index);
    const span = sentences[index];
    const words = [...text.slice(span.start, span.end).matchAll(/\S+/g)].map((match) => ({ start: span.start + match.index, end: span.start + match.index + match[0].length }));
    const first = random() < 0.3 ? 0 : between(random, 0, words.length - 1);
    const last = random() < 0.3 ? words.length - 1 : between(random, first, Math.min(words.length - 1, first + 6));
    const start = words[first].start;
    const end = words[last].end;
    claims.push({ anchor: { start, end }, quote: quoteSelector(text, start, end), truth: { start, end } });
  }
  return claims.sort((a, b) => a.anchor.start - b.anchor.start);
}

/** One replacement of `[start, end)` by `inserted`; claims follow it, and an edit across a claim's edge is not made. */
export interface Edit {
  start: number;
  end: number;
  inserted: string;
}

/** An edit across a claim's edge, or (for a word swap) over a whole claim, whose text then survives elsewhere. */
export function straddlesAClaim(claims: readonly TrackedClaim[], edit: Edit, orCovers = false): boolean {
  return claims.some(({ truth }) => truth && ((edit.start < truth.start && edit.end > truth.start && edit.end < truth.end)
    || (edit.start > truth.start && edit.start < truth.end && edit.end > truth.end)
    || (orCovers && edit.start <= truth.start && edit.end >= truth.end)));
}

/** Applies an edit to the text and to the bookkeeping. An edit inside a claim resizes it; one covering it deletes it. */
export function applyEdit(text: string, claims: TrackedClaim[], edit: Edit): string {
  const delta = edit.inserted.length - (edit.end - edit.start);
  for (const claim of claims) {
    const { truth } = claim;
    if (!truth) continue;
    if (edit.end <= truth.start) claim.truth = { start: truth.start + delta, end: truth.end + delta };
    else if (edit.start >= truth.end) continue;
    else if (edit.start <= truth.start && edit.end >= truth.end) claim.truth = undefined;
    else claim.truth = { start: truth.start, end: truth.end + delta };
  }
  return text.slice(0, edit.start) + edit.inserted + text.slice(edit.end);
}

export type ScoredOutcome = 'right' | 'wrong' | 'review' | 'orphan';

/** Right: placed where the bookkeeping says, or orphaned when the text is gone. Wrong: placed anywhere else. */
export function score(claim: TrackedClaim, result: AnchorResult): ScoredOutcome {
  if (result.state === 'orphan') return claim.truth ? 'orphan' : 'right';
  if (result.state === 'needs-review') return 'review';
  return claim.truth && claim.truth.start === result.start && claim.truth.end === result.end ? 'right' : 'wrong';
}

export const PERTURBATIONS = [
  'insert paragraph at top',
  'paste paragraph copy above',
  'typo fix inside claim',
  'claim sentence deleted, copy elsewhere',
  'word reorder',
  'replace a word',
  'delete words',
  'large rewrite',
  'CRLF conversion',
] as const;
export type Perturbation = (typeof PERTURBATIONS)[number];

export interface Scenario {
  oldText: string;
  newText: string;
  claims: TrackedClaim[];
}

function paragraphStarts(paragraphs: string[][]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const sentences of paragraphs) {
    starts.push(offset);
    offset += sentences.join(' ').length + 2;
  }
  return starts;
}

function wordsOf(text: string, from = 0, to = text.length): { start: number; end: number }[] {
  return [...text.slice(from, to).matchAll(/[^\s]+/g)].map((match) => ({ start: from + match.index, end: from + match.index + match[0].length }));
}

/** Tries an edit until it does not cross a claim's edge; gives up (no edit) after a few tries. */
function editAvoidingEdges(claims: TrackedClaim[], propose: () => Edit | undefined, orCovers = false): Edit | undefined {
  for (let attempt = 0; attempt < 20; attempt++) {
    const edit = propose();
    if (edit && !straddlesAClaim(claims, edit, orCovers)) return edit;
  }
  return undefined;
}

/** An article with claims, changed by one perturbation; the claims know where their text went. */
export function scenario(random: Random, kind: Perturbation, repeats = true, paragraphCount = 8, claimCount = 10): Scenario {
  const paragraphs = randomParagraphs(random, paragraphCount, repeats);
  let deletedSentence: { start: number; end: number } | undefined;
  if (kind === 'claim sentence deleted, copy elsewhere') {
    const source = Math.floor(random() * paragraphs.length);
    const sentenceIndex = Math.floor(random() * paragraphs[source].length);
    const copyTo = (source + 1 + Math.floor(random() * (paragraphs.length - 1))) % paragraphs.length;
    paragraphs[copyTo] = [...paragraphs[copyTo], paragraphs[source][sentenceIndex]];
    const start = paragraphStarts(paragraphs)[source] + paragraphs[source].slice(0, sentenceIndex).reduce((sum, s) => sum + s.length + 1, 0);
    deletedSentence = { start, end: start + paragraphs[source][sentenceIndex].length };
  }
  const oldText = joinParagraphs(paragraphs);
  const claims = randomClaims(random, oldText, claimCount);
  if (deletedSentence) {
    const { start, end } = deletedSentence;
    const inside = claims.filter((claim) => claim.anchor.start >= start && claim.anchor.end <= end);
    if (inside.length === 0) {
      claims.push({ anchor: { start, end }, quote: quoteSelector(oldText, start, end), truth: { start, end } });
      claims.sort((a, b) => a.anchor.start - b.anchor.start);
    }
  }

  let newText = oldText;
  const edit = (change: Edit | undefined) => {
    if (change) newText = applyEdit(newText, claims, change);
  };
  const starts = paragraphStarts(paragraphs);
  switch (kind) {
    case 'insert paragraph at top':
      edit({ start: 0, end: 0, inserted: `${joinParagraphs(randomParagraphs(random, 1))}\n\n` });
      break;
    case 'paste paragraph copy above': {
      // Next to an identical paragraph, the copy and the original could not be told apart by anyone.
      const source = between(random, 2, paragraphs.length - 1);
      const copy = paragraphs[source].join(' ');
      const places = Array.from({ length: source }, (_, index) => index)
        .filter((index) => paragraphs[index].join(' ') !== copy && (index === 0 || paragraphs[index - 1].join(' ') !== copy));
      if (places.length === 0) break;
      const at = starts[pick(random, places)];
      edit({ start: at, end: at, inserted: `${copy}\n\n` });
      break;
    }
    case 'typo fix inside claim': {
      const shortest = [...claims].sort((a, b) => (a.anchor.end - a.anchor.start) - (b.anchor.end - b.anchor.start));
      const claim = shortest[Math.floor(random() * Math.min(3, shortest.length))];
      const word = pick(random, wordsOf(oldText, claim.anchor.start, claim.anchor.end).filter((w) => w.end - w.start >= 3)) ?? undefined;
      if (!word) break;
      const at = between(random, word.start + 1, word.end - 2);
      const letter = pick(random, ['e', 'i', 'n', 'r']);
      const variants: Edit[] = [
        { start: at, end: at + 1, inserted: oldText[at] === letter ? 'a' : letter },
        { start: at, end: at, inserted: letter },
        { start: at, end: at + 1, inserted: '' },
      ];
      edit(pick(random, variants));
      break;
    }
    case 'claim sentence deleted, copy elsewhere': {
      const { start, end } = deletedSentence!;
      edit(oldText[end] === ' ' ? { start, end: end + 1, inserted: '' } : { start: Math.max(0, start - (oldText[start - 1] === ' ' ? 1 : 0)), end, inserted: '' });
      break;
    }
    case 'word reorder':
      edit(editAvoidingEdges(claims, () => {
        const words = wordsOf(oldText);
        const index = Math.floor(random() * (words.length - 1));
        const [first, second] = [words[index], words[index + 1]];
        if (oldText.slice(first.end, second.start) !== ' ') return undefined;
        return { start: first.start, end: second.end, inserted: `${oldText.slice(second.start, second.end)} ${oldText.slice(first.start, first.end)}` };
      }, true));
      break;
    case 'replace a word':
      edit(editAvoidingEdges(claims, () => {
        const word = pick(random, wordsOf(oldText));
        const replacement = pick(random, WORDS);
        return replacement === oldText.slice(word.start, word.end) ? undefined : { start: word.start, end: word.end, inserted: replacement };
      }));
      break;
    case 'delete words':
      edit(editAvoidingEdges(claims, () => {
        const words = wordsOf(oldText);
        const index = Math.floor(random() * words.length);
        const last = Math.min(words.length - 1, index + between(random, 0, 5));
        const end = oldText[words[last].end] === ' ' ? words[last].end + 1 : words[last].end;
        return oldText.slice(words[index].start, end).includes('\n') ? undefined : { start: words[index].start, end, inserted: '' };
      }));
      break;
    case 'large rewrite': {
      const first = Math.floor(random() * paragraphs.length);
      const last = Math.min(paragraphs.length - 1, first + between(random, 1, 3));
      const end = starts[last] + paragraphs[last].join(' ').length;
      edit({ start: starts[first], end, inserted: joinParagraphs(randomParagraphs(random, last - first + 1)) });
      break;
    }
    case 'CRLF conversion': {
      const linesBefore = (offset: number) => oldText.slice(0, offset).split('\n').length - 1;
      for (const claim of claims) {
        claim.truth = { start: claim.anchor.start + linesBefore(claim.anchor.start), end: claim.anchor.end + linesBefore(claim.anchor.end) };
      }
      newText = oldText.replace(/\n/g, '\r\n');
      break;
    }
  }
  return { oldText, newText, claims };
}

/** True when the claim's quote with all its stored context occurs more than once in the old text: the quote alone cannot tell the copies apart. */
export function indistinguishableByQuote(claim: Anchored, oldText: string): boolean {
  const { prefix, exact, suffix } = claim.quote;
  const whole = prefix + exact + suffix;
  const first = oldText.indexOf(whole);
  return first !== -1 && oldText.indexOf(whole, first + 1) !== -1;
}
