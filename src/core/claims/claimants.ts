import * as l10n from '@vscode/l10n';
import type { Entity } from '../entities/entity';
import { relateNames } from '../identity/names';
import { identityOf, sideOf } from '../identity/resolve';
import { isThirdParty } from '../identity/sides';
import { EMPTY_IDENTITIES, type Identities } from '../identity/schema';
import type { TextRange } from '../text/offsets';
import { sentencesAround, type Sentence } from '../text/sentences';
import type { Claimant } from './model';
import { findPronounCues, findSpeakers, withoutTitles } from './speakers';

export interface ClaimantSuggestion {
  name: string;
  affiliation?: string;
  /** The side the claimant speaks for: from the identities file, else its affiliation or itself as an armed group or state. */
  side?: string;
  /** A role rather than a name: "Taliban commander". */
  anonymous?: boolean;
  /** Why it is suggested, for the analyst: `"said" in the same sentence`. */
  reason: string;
}

/** How far around the span sentences are read: a few paragraphs of a news article. */
const CONTEXT_REACH = 2000;
/** Cues naming the source of a source ("citing Reuters"): ranked after the speaker of the same sentence. */
const SECOND_HAND_CUES = new Set(['citing', 'quoting', 'reported by']);

interface Scope {
  range: TextRange;
  describe(cue: string): string;
}

const isQuoteMark = (char: string | undefined): boolean => char === '"' || char === '“' || char === '”';

/** The quotation marks around the span, when the span is quoted speech. */
function quotationAround(text: string, paragraph: TextRange, span: TextRange): TextRange | undefined {
  let open: number | undefined;
  const scanEnd = text[span.start] === '"' || text[span.start] === '“' ? span.start + 1 : span.start;
  for (let index = paragraph.start; index < scanEnd; index++) {
    const char = text[index];
    if (char === '“') open = index;
    else if (char === '”') open = undefined;
    else if (char === '"') open = open === undefined ? index : undefined;
  }
  if (open === undefined) return undefined;
  for (let index = Math.max(open + 1, span.end - 1); index < paragraph.end; index++) {
    if (isQuoteMark(text[index])) return { start: open, end: index + 1 };
  }
  return undefined;
}

function sentenceIndexAt(sentences: Sentence[], offset: number): number {
  const index = sentences.findIndex((sentence) => sentence.end > offset);
  return index === -1 ? sentences.length - 1 : index;
}

/** Speech is attributed right after the closing quote ('," said X.' or '." X said.') or before the opening one. */
function quotationScopes(text: string, sentences: Sentence[], quotation: TextRange): Scope[] {
  const tailSentence = sentences[sentenceIndexAt(sentences, quotation.end)];
  const nextQuote = /["“]/u.exec(text.slice(quotation.end, tailSentence.end));
  const tailEnd = nextQuote ? quotation.end + nextQuote.index : tailSentence.end;
  const headStart = sentences[sentenceIndexAt(sentences, quotation.start)].start;
  return [
    { range: { start: quotation.end, end: tailEnd }, describe: (cue) => l10n.t('speaker after the quotation ("{0}")', cue) },
    { range: { start: headStart, end: quotation.start }, describe: (cue) => l10n.t('speaker before the quotation ("{0}")', cue) },
  ];
}

function scopesAround(text: string, sentences: Sentence[], span: TextRange): { scopes: Scope[]; spanSentences: TextRange } {
  const first = sentenceIndexAt(sentences, span.start);
  const last = Math.max(first, sentenceIndexAt(sentences, span.end - 1));
  const spanSentences = { start: sentences[first].start, end: sentences[last].end };
  const paragraphSentences = sentences.filter((sentence) => sentence.paragraph === sentences[first].paragraph);
  const paragraph = { start: paragraphSentences[0].start, end: paragraphSentences[paragraphSentences.length - 1].end };
  const quotation = quotationAround(text, paragraph, span);

  const scopes: Scope[] = quotation ? quotationScopes(text, sentences, quotation) : [];
  scopes.push({ range: spanSentences, describe: (cue) => l10n.t('"{0}" in the same sentence', cue) });
  if (first > 0) scopes.push({ range: sentences[first - 1], describe: (cue) => l10n.t('"{0}" in the previous sentence', cue) });
  if (last + 1 < sentences.length) scopes.push({ range: sentences[last + 1], describe: (cue) => l10n.t('"{0}" in the next sentence', cue) });
  sentences.forEach((sentence, index) => {
    if (sentence.paragraph === sentences[first].paragraph && (index < first - 1 || index > last + 1)) {
      scopes.push({ range: sentence, describe: (cue) => l10n.t('"{0}" in the same paragraph', cue) });
    }
  });
  return { scopes, spanSentences };
}

const normalised = (name: string): string => name.toLowerCase().replace(/^the\s+/u, '').replace(/\s+/gu, ' ').trim();

/** The claimant a suggestion stands for, without the reason it was suggested. */
export function claimantOf({ name, affiliation, side, anonymous }: ClaimantSuggestion): Claimant {
  return { name, ...(affiliation && { affiliation }), ...(side && { side }), ...(anonymous && { anonymous }) };
}

export interface ClaimantOptions {
  /** The workspace's identities: canonical names and sides. */
  identities?: Identities;
}

/** How far back a full name is looked for: a long news article, so the cost does not grow with a huge text. */
const FULL_NAME_REACH = 20_000;
/** Capitalised words on one line: a title line above the text is no part of a name. */
const CAPITALISED_NAME = /\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+(?:(?:al|el|ul|bin|ibn|de|van)[ \t-])?\p{Lu}[\p{L}\p{M}'’-]+)+/gu;

/**
 * The full name a short one stands for: the last longer name before `before` whose last word is that surname
 * (in any spelling), or whose initials are that acronym ("NRF" after "National Resistance Front").
 */
function fullNameOf(namesBefore: readonly string[], surname: string): string | undefined {
  if (/\s/u.test(surname.trim())) return undefined;
  let found: string | undefined;
  for (const written of namesBefore) {
    if (/^\p{Lu}{2,6}$/u.test(surname)) {
      const relation = relateNames(written.replace(/^(?:The|An?)\s+/u, ''), surname);
      if (relation === 'acronym') found = written.replace(/^(?:The|An?)\s+/u, '');
      continue;
    }
    const words = withoutTitles(written).split(/\s+/u);
    // The name may open with a role or a sentence-opening word: keep at most the last three words.
    for (let first = Math.max(0, words.length - 3); first < words.length - 1; first++) {
      const candidate = words.slice(first).join(' ');
      if (relateNames(candidate, surname) === 'surname') {
        found = candidate;
        break;
      }
    }
  }
  return found;
}

/**
 * Who probably makes the claim at `[start, end)`, most likely first: speakers of a quotation, then speakers in
 * the same sentence, the neighbouring sentences and the paragraph, then actors of the sentence.
 */
export function suggestClaimants(
  text: string,
  start: number,
  end: number,
  entities: readonly Entity[],
  options: ClaimantOptions = {},
): ClaimantSuggestion[] {
  const identities = options.identities ?? EMPTY_IDENTITIES;
  if (!(start >= 0 && end > start && end <= text.length)) return [];
  const span = { start, end };
  const sentences = sentencesAround(text, span, CONTEXT_REACH);
  if (sentences.length === 0) return [];
  const { scopes, spanSentences } = scopesAround(text, sentences, span);

  const canonicalActors = new Map<string, string>();
  const sideActors = new Set<string>();
  const bodies: Entity[] = [];
  /** Groups, bodies and states: "Taliban" is no one's surname. */
  const bodyNames = new Set<string>();
  const places = new Set<string>();
  for (const entity of entities) {
    if (entity.kind === 'actor' && entity.canonical) canonicalActors.set(normalised(entity.text), entity.canonical);
    if (entity.kind === 'actor' && (entity.subtype === 'armed group' || entity.subtype === 'state')) {
      for (const name of [entity.text, entity.canonical]) if (name) sideActors.add(normalised(name));
    }
    if (entity.kind === 'actor' && entity.subtype !== 'person' && entity.end <= start) bodies.push(entity);
    if (entity.kind === 'actor' && entity.subtype && entity.subtype !== 'person') {
      for (const name of [entity.text, entity.canonical]) if (name) bodyNames.add(normalised(name));
    }
    if (entity.kind === 'place') for (const name of [entity.text, entity.canonical]) if (name) places.add(normalised(name));
  }

  const canonical = (written: string): string => {
    const name = written.replace(/^the\s+/iu, '');
    return identityOf(identities, name)?.name ?? canonicalActors.get(normalised(name)) ?? name;
  };
  const suggestions = new Map<string, ClaimantSuggestion>();
  /** "the front" → the last body named before the claim whose name ends in "Front"; "the group" → the last armed group. */
  const bodyNamed = (referent: string | undefined): string | undefined => {
    if (!referent) return undefined;
    for (let index = bodies.length - 1; index >= 0; index--) {
      const body = bodies[index];
      const name = body.canonical ?? body.text;
      if (normalised(name).split(' ').pop() === referent || (referent === 'group' && body.subtype === 'armed group')) return name;
    }
    return undefined;
  };
  let namesBefore: string[] | undefined;
  const fuller = (written: string): string => {
    if (bodyNames.has(normalised(written)) && !/^\p{Lu}{2,6}$/u.test(written)) return written;
    namesBefore ??= [...text.slice(Math.max(0, start - FULL_NAME_REACH), start).matchAll(CAPITALISED_NAME)].map((match) => match[0]);
    return fullNameOf(namesBefore, written) ?? written;
  };
  const suggest = (spoken: string, spokenAffiliation: string | undefined, reason: string, anonymous?: boolean, referent?: string, role?: string): void => {
    const name = canonical(fuller(spoken));
    const key = normalised(name);
    if (places.has(key) || key === '') return;
    // "Ukrainian military analyst": where a neutral speaker works is no side.
    const written = NEUTRAL_ROLES.test(role ?? '') ? undefined : (spokenAffiliation ?? bodyNamed(referent));
    const affiliation = written && canonical(fuller(written));
    const neutral = NEUTRAL_ROLES.test(role ?? (anonymous ? name : '')) || isThirdParty(name);
    const partisan = (candidate: string | undefined): string | undefined =>
      candidate && !places.has(normalised(candidate)) && !isThirdParty(candidate) ? candidate : undefined;
    const side = sideOf(identities, name) ?? sideOf(identities, affiliation)
      ?? (neutral ? undefined : partisan(affiliation))
      ?? (sideActors.has(key) ? name : undefined);
    const known = suggestions.get(key);
    if (!known) {
      suggestions.set(key, { name, ...(affiliation && { affiliation }), ...(side && { side }), ...(anonymous && { anonymous }), reason });
    } else if (!known.affiliation && affiliation) {
      known.affiliation = affiliation;
      known.side ??= side;
    }
  };

  const center = (start + end) / 2;
  for (const scope of scopes) {
    const speakers = findSpeakers(text.slice(scope.range.start, scope.range.end));
    const rank = (cue: string, index: number): number =>
      (SECOND_HAND_CUES.has(cue) ? text.length : 0) + Math.abs(scope.range.start + index - center);
    speakers.sort((a, b) => rank(a.cue, a.index) - rank(b.cue, b.index));
    for (const speaker of speakers) suggest(speaker.name, speaker.affiliation, scope.describe(speaker.cue), speaker.anonymous, speaker.referent, speaker.role);
    const pronoun = speakers.length === 0 ? findPronounCues(text.slice(scope.range.start, scope.range.end))[0] : undefined;
    if (pronoun) {
      const earlier = lastNamedSpeaker(text, sentences, scope.range.start, pronoun === 'it' || pronoun === 'they');
      if (earlier) suggest(earlier.name, earlier.affiliation, l10n.t('"{0}" earlier: the same speaker goes on', earlier.cue), earlier.anonymous, earlier.referent, earlier.role);
    }
  }
  // What the claim names is what it is about: "the Taliban lost 40" is no claim by the Taliban.
  for (const entity of entities) {
    if (entity.kind === 'actor' && entity.start >= spanSentences.start && entity.end <= spanSentences.end && (entity.end <= start || entity.start >= end)) {
      suggest(entity.canonical ?? entity.text, undefined, l10n.t('actor in the sentence'));
    }
  }
  return [...suggestions.values()];
}

/** Speakers who are not parties: their affiliation is where they work or live, not a side. */
const NEUTRAL_ROLES = /\b(?:analysts?|experts?|researchers?|residents?|witness(?:es)?|doctors?|medics?|nurses?|workers?|journalists?|correspondents?|reporters?|rescuers?|activists?|volunteers?)\b/iu;
const SUBJECT = /^["“]?(?:The\s+)?(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{M}'’-]*){0,5})(?:\s+\p{Ll}|,)/u;

/**
 * Who "he said" or "it said" refers to: the last speaker named before `offset` in the examined sentences;
 * failing that, the named subject opening the sentence before ("Russia's Defence Ministry gave ... It said").
 */
function lastNamedSpeaker(text: string, sentences: readonly Sentence[], offset: number, body: boolean): ReturnType<typeof findSpeakers>[number] | undefined {
  let first = true;
  for (let index = sentences.length - 1; index >= 0; index--) {
    const sentence = sentences[index];
    if (sentence.end > offset) continue;
    const fragment = text.slice(sentence.start, sentence.end);
    const speakers = findSpeakers(fragment);
    const named = speakers.filter((speaker) => !speaker.anonymous);
    if (named.length > 0) return named[named.length - 1];
    if (speakers.length > 0) return speakers[speakers.length - 1];
    // "it said" goes back to a body opening the sentence before, "he said" to a person's full name there.
    const subject = first ? SUBJECT.exec(fragment)?.[1] : undefined;
    if (subject && (body || /\s/u.test(subject))) return { name: subject, cue: body ? 'it said' : 'he said', index: 0 };
    first = false;
  }
  return undefined;
}
