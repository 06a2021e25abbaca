import { ROLE_WORDS, SPEECH_VERBS, TITLE_WORDS } from '../entities/lexicon/context';
import { isCommonWord } from '../entities/lexicon/words';
import { lazy } from '../lazy';

/** Who a sentence says is speaking: "X said", "said X", "according to X", "citing X", with role forms. */
export interface Speaker {
  name: string;
  affiliation?: string;
  /** A role rather than a name: "a Taliban commander". */
  anonymous?: boolean;
  /** The body a speaker is attached to when named by a common noun: "front" in "the front's spokesman". */
  referent?: string;
  /** The role word that introduced the speaker, lower-cased: "spokesman", "analyst". */
  role?: string;
  /** The attribution cue as written, lower-cased: "said", "according to", "citing", ... */
  cue: string;
  /** Offset of the cue in the examined fragment. */
  index: number;
}

type Attribution = Pick<Speaker, 'name' | 'affiliation' | 'anonymous' | 'referent' | 'role'>;

/** The recognizer's speech verbs (one vocabulary for both), with the reporting verbs of claims. */
const CUES_AFTER_SPEAKER = [...new Set([
  ...SPEECH_VERBS, 'said', 'says', 'told', 'claimed', 'claims', 'reported', 'reports', 'stated', 'added', 'announced', 'confirmed',
  'denied', 'insisted', 'wrote', 'tweeted', 'posted', 'noted', 'warned', 'alleged', 'declared', 'explained', 'acknowledged',
  'dismissed', 'rejected', 'counted',
])];
const CUES_BEFORE_SPEAKER = [
  'said', 'says', 'claimed', 'stated', 'added', 'announced', 'confirmed', 'insisted', 'wrote', 'tweeted', 'noted',
  'warned', 'alleged', 'declared', 'explained', 'according to', 'citing', 'quoting', 'reported by',
];
const CUE = new RegExp(`\\b(?:${[...new Set([...CUES_BEFORE_SPEAKER, ...CUES_AFTER_SPEAKER])].join('|')})\\b`, 'giu');

const ROLES = [...new Set([
  ...ROLE_WORDS,
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'official', 'officials', 'source', 'sources',
  'commander', 'commanders', 'minister', 'ministry', 'governor', 'chief', 'head', 'leader', 'leaders', 'deputy',
  'envoy', 'representative', 'representatives', 'analyst', 'witness', 'witnesses', 'resident', 'residents',
  'officer', 'officers', 'member', 'members', 'fighter', 'fighters', 'police', 'army', 'agency', 'channel',
  'newspaper', 'broadcaster', 'outlet', 'correspondent', 'reporter', 'statement', 'report',
  'department', 'office', 'authorities', 'directorate', 'council', 'committee', 'government', 'junta', 'military', 'navy',
  'medics', 'medic', 'doctors', 'doctor', 'nurses', 'staff', 'worker', 'workers', 'volunteers', 'rescuers', 'activists',
].filter((role) => !['son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'nephew', 'cousin', 'widow', 'mr', 'mrs', 'ms', 'dr', 'rev'].includes(role)))]
  // Longest first, so that "spokespeople" is not read as "spokes" and a shorter role.
  .sort((a, b) => b.length - a.length);
/** Roles that are documents: "a Taliban statement said" is a claim by the Taliban. */
const DOCUMENT_ROLES = new Set(['statement', 'report']);
const NOT_NAMES = [
  'A', 'An', 'The', 'On', 'In', 'At', 'By', 'For', 'From', 'To', 'Of', 'And', 'But', 'Or', 'So', 'If', 'As', 'After',
  'Before', 'Meanwhile', 'However', 'Later', 'Earlier', 'Also', 'Then', 'Still', 'Yet', 'He', 'She', 'They', 'We', 'It',
  'I', 'You', 'His', 'Her', 'Their', 'Its', 'Our', 'This', 'That', 'These', 'Those', 'There', 'Here',
];
const CALENDAR_WORDS = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul',
  'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];
/** Words that may follow a speaker named after the cue: "said Mujahid on Thursday", "citing TASS Sept. 2". */
const FOLLOWERS = new Set([
  'on', 'in', 'at', 'to', 'from', 'after', 'before', 'during', 'while', 'when', 'citing', 'quoting', 'according', 'late',
  'early', 'last', 'this', 'earlier', 'later', 'yesterday', 'today', 'tonight', ...CALENDAR_WORDS.map((word) => word.toLowerCase()),
]);

const END_OF_WORD = String.raw`(?![\p{L}\p{M}])`;
/** Lower-case only: a capitalised role word after a name is part of the name ("Bakhtar News Agency"). */
const ROLE = `(?:${ROLES.join('|')})${END_OF_WORD}`;
/** A role word opening the sentence is capitalised all the same ("Officials said"). */
const OPENING_ROLE = new RegExp(`^(?:(?:The|An?)\\s+)?(?:${ROLES.map((role) => role[0].toUpperCase() + role.slice(1)).join('|')})${END_OF_WORD}`, 'u');
const NAME_WORD = String.raw`(?!(?:${[...NOT_NAMES, ...CALENDAR_WORDS].join('|')})${END_OF_WORD})`
  + String.raw`(?:(?:al|el|ad|ar|as|ash|at|ul)-)?\p{Lu}(?:[\p{L}\p{M}\p{Nd}.\-]|['’](?!s${END_OF_WORD}))*`;
const CONNECTOR = String.raw`(?:of|for|al|el|bin|ibn|de|du|da|van|von|der|ul)\s+(?:the\s+)?`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:${CONNECTOR})?${NAME_WORD})*(?:\s+\(\p{Lu}[\p{L}.]*\))?`;
const ARTICLE = String.raw`(?:[Tt]he|[Aa]n?)\s+`;
/** "Congolese army spokesman": lower-case body words complete a capitalised affiliation. */
const AFFILIATION = String.raw`(?:${NAME}(?:\s+(?:army|military|government|police|navy|ministry|forces|militia|authorities))?|army|military|police|navy|junta)`;
/** "Doctors at Kyeshero hospital", "a Taliban commander in Baghlan": where an unnamed speaker is. */
const WHERE = String.raw`(?:\s+(?:in|at|from)\s+(?:the\s+)?${NAME}(?:\s+\p{Ll}+)?)?`;
/** "a spokesman for the ethnic armed group": a body named by common nouns, resolved by the caller. */
const LOWERCASE_BODY = String.raw`(?:\s+(?:for|of|with|at|from|in)\s+(?:the\s+)?[\p{Ll}'’\- ]+)?`;
const ADJECTIVES = (max: number) => String.raw`(?:(?!(?:army|military|police|navy|junta)\s)\p{Ll}[\p{Ll}\-]*(?:['’]s)?\s+){0,${max}}`;
/** "head of foreign relations of the NRF": a few words may complete the role before its organisation. */
const ROLE_COMPLEMENT = String.raw`(?:\s+\p{Ll}[\p{Ll}\-]*){0,3}?`;
const POSSESSIVE = String.raw`(?:['’]s)?`;
const OF = String.raw`\s+(?:for|of|with|at|from|in)\s+(?:the\s+)?`;

const anchored = (source: string): RegExp => new RegExp(`^${source}$`, 'u');
/** Tried in order on a candidate phrase; the first that matches the whole phrase wins. */
const phrases = lazy((): readonly RegExp[] => [
  // Taliban spokesman Zabihullah Mujahid · the group's chief spokesman Zabihullah Mujahid · spokesman Zabihullah Mujahid
  anchored(`(?:${ARTICLE})?${ADJECTIVES(3)}(?:(?<affiliation>${AFFILIATION})${POSSESSIVE}\\s+)?${ADJECTIVES(2)}(?<role>${ROLE})\\s+(?<name>${NAME})`),
  // Zabihullah Mujahid, the Taliban spokesman · Ahmad Massoud, the leader of the NRF
  anchored(`(?<name>${NAME}),\\s+(?:${ARTICLE})?${ADJECTIVES(3)}(?:(?<affiliation>${AFFILIATION})${POSSESSIVE}\\s+)?${ADJECTIVES(2)}`
    + `(?<role>${ROLE})(?:${ROLE_COMPLEMENT}${OF}${ADJECTIVES(3)}(?<organisation>${NAME})|${LOWERCASE_BODY})`),
  // An NRF spokesperson, Fahim Dashti · a Taliban commander, Qari Fasihuddin
  anchored(`(?:${ARTICLE})?${ADJECTIVES(3)}(?:(?<affiliation>${AFFILIATION})${POSSESSIVE}\\s+)?${ADJECTIVES(2)}(?<role>${ROLE}),\\s+(?<name>${NAME})`),
  // a spokesman for the insurgent group National Resistance Front
  anchored(`(?:${ARTICLE})?${ADJECTIVES(3)}(?<role>${ROLE})${ROLE_COMPLEMENT}${OF}${ADJECTIVES(3)}(?<organisation>${NAME})`),
  // a military source · senior Taliban officials · the Taliban's spokesman · a Taliban statement
  anchored(`(?:${ARTICLE})?(?<described>${ADJECTIVES(3)}(?:(?<affiliation>${AFFILIATION})${POSSESSIVE}\\s+)?${ADJECTIVES(2)}(?<role>${ROLE})${WHERE})`),
  // Bakhtar News Agency · the Taliban
  anchored(`(?:${ARTICLE})?(?<name>${NAME})`),
]);

const withoutAcronym = (name: string): string => name.replace(/\s*\([^()]*\)$/u, '');

/** Counted people are what a claim is about, not who makes it: "at least six resistance fighters". */
const QUANTITY = /\d|\b(?:at least|more than|less than|up to|some|about|around|dozens?|hundreds?|thousands?|scores?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|few|all|both)\b/iu;
/** "Local residents": a common word opening the sentence is not an affiliation. */
const BODY_WORDS = new Set(['army', 'military', 'government', 'police', 'navy', 'ministry', 'junta', 'presidency']);
const isAffiliationWord = (name: string): boolean => {
  const word = name.toLowerCase();
  return name.split(/\s+/u).length > 1 || /^\p{Lu}{2,}$/u.test(name) || BODY_WORDS.has(word) || !isCommonWord(word);
};

/** "Lieutenant Colonel Guillaume Ndjike" → "Guillaume Ndjike": titles stay out of the claimant's name. */
export function withoutTitles(name: string): string {
  const words = name.split(/\s+/u);
  let first = 0;
  while (first < words.length - 2 && TITLE_WORDS.has(words[first].toLowerCase().replace(/\.$/u, ''))) first++;
  return words.slice(first).join(' ');
}

/** The common noun standing for a body: "front" in "the front's spokesman", "group" in "for the ethnic armed group". */
function referentOf(phrase: string): string | undefined {
  return /\bthe\s+(?:[\p{Ll}-]+\s+)*?(\p{Ll}+)['’]s\s/u.exec(phrase)?.[1]
    ?? /\b(?:for|of)\s+the\s+(?:[\p{Ll}-]+\s+)*(\p{Ll}+)$/u.exec(phrase)?.[1];
}

function speakerOf(groups: Partial<Record<string, string>>, phrase: string): Attribution | undefined {
  const found = attributionOf(groups);
  const attribution = found && groups.role ? { ...found, role: groups.role.toLowerCase() } : found;
  if (!attribution || attribution.affiliation) return attribution;
  const possessor = /^(?<owner>\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*)*)['’]s\s+\p{Lu}/u.exec(attribution.name)?.groups?.owner;
  if (possessor) return { ...attribution, affiliation: possessor };
  const referent = referentOf(phrase);
  return referent ? { ...attribution, referent } : attribution;
}

function attributionOf(groups: Partial<Record<string, string>>): Attribution | undefined {
  if (groups.affiliation && !isAffiliationWord(groups.affiliation)) groups = { ...groups, affiliation: undefined };
  const organisation = groups.organisation ?? groups.affiliation;
  const affiliation = organisation && withoutAcronym(organisation);
  const role = groups.role?.toLowerCase();
  if (groups.name) return { name: withoutTitles(withoutAcronym(groups.name)), ...(affiliation && { affiliation }) };
  if (role && DOCUMENT_ROLES.has(role)) return affiliation ? { name: affiliation } : undefined;
  if (groups.organisation && affiliation) return { name: `${affiliation} ${role}`, affiliation, anonymous: true };
  if (!groups.described || QUANTITY.test(groups.described)) return undefined;
  const described = groups.described.replace(/['’]s(?=\s)/gu, '');
  return { name: described, ...(affiliation && { affiliation }), anonymous: true };
}

function parsePhrase(words: string): Attribution | undefined {
  const phrase = words.replace(OPENING_ROLE, (opening) => opening.toLowerCase());
  for (const pattern of phrases()) {
    const groups = pattern.exec(phrase)?.groups;
    if (groups) return speakerOf(groups, phrase);
  }
  return undefined;
}

const MAX_PHRASE_WORDS = 14;
/** Words between a speaker and the cue: "Karimi later added", "the ministry has said"; not "were" (passive: "were reported"). */
const TRAILING_ADVERBS = /(?:\s+(?:also|later|earlier|again|then|previously|recently|further|has|have|had|himself|herself|themselves|itself))+$/u;
/** ", who asked not to be named," ", speaking on condition of anonymity,": asides between a speaker and the cue. */
const ASIDE = /,\s*(?:who|speaking|declining|asking|requesting|wishing)\b[^,]*,?\s*$/u;
const FRAGMENT_REACH = 160;

/** The speaker ending right before a cue: the longest phrase that parses, after the last clause break. */
function speakerBefore(textBeforeCue: string): Attribution | undefined {
  const clause = textBeforeCue.split(/[;:"“”«»]|[.!?](?=\s)/u).pop() ?? '';
  const parts = clause.replace(/[\s,]+$/u, '').replace(TRAILING_ADVERBS, '').replace(ASIDE, '').replace(/[\s,]+$/u, '').split(/,\s*/u);
  if (parts.length >= 2) {
    const appositive = parsePhrase(parts.slice(-2).join(', ').trim());
    if (appositive) return appositive;
  }
  const words = (parts.pop() ?? '').trim().split(/\s+/u);
  for (let first = Math.max(0, words.length - MAX_PHRASE_WORDS); first < words.length; first++) {
    const speaker = parsePhrase(words.slice(first).join(' '));
    if (speaker) return speaker;
  }
  return undefined;
}

/** The speaker right after a cue; it must end the clause or be followed by a time or place ("on Thursday"). */
function speakerAfter(textAfterCue: string): Attribution | undefined {
  const clause = textAfterCue.split(/[,;:!?"“”«»()[\]]|\.(?=\s|$)/u)[0];
  const words = clause.trim().split(/\s+/u).slice(0, MAX_PHRASE_WORDS);
  for (let end = words.length; end > 0; end--) {
    const follower = words[end];
    if (follower !== undefined && !FOLLOWERS.has(follower.toLowerCase())) continue;
    const speaker = parsePhrase(words.slice(0, end).join(' '));
    if (speaker) return speaker;
  }
  return undefined;
}

const PRONOUN_CUE = new RegExp(`\\b(?:he|she|they|it)\\s+(?:(?:also|later|then|further)\\s+)?(?:${CUES_AFTER_SPEAKER.join('|')})\\b`, 'giu');

/** "he said", "she added", "it said": speech whose speaker was named earlier; the pronoun, lower-cased. */
export function findPronounCues(fragment: string): string[] {
  return [...fragment.matchAll(PRONOUN_CUE)].map((match) => match[0].split(/\s/u)[0].toLowerCase());
}

export function findSpeakers(fragment: string): Speaker[] {
  const speakers: Speaker[] = [];
  for (const match of fragment.matchAll(CUE)) {
    const cue = match[0].toLowerCase();
    const textBefore = fragment.slice(Math.max(0, match.index - FRAGMENT_REACH), match.index);
    const textAfter = fragment.slice(match.index + match[0].length, match.index + match[0].length + FRAGMENT_REACH);
    const after = CUES_BEFORE_SPEAKER.includes(cue) ? speakerAfter(textAfter) : undefined;
    // In "<claim>, said <speaker>" what precedes the comma is the claim, not a speaker.
    const inverted = after !== undefined && /,\s*$/u.test(textBefore);
    const before = CUES_AFTER_SPEAKER.includes(cue) && !inverted ? speakerBefore(textBefore) : undefined;
    for (const speaker of [before, after]) if (speaker) speakers.push({ ...speaker, cue, index: match.index });
  }
  return speakers;
}
