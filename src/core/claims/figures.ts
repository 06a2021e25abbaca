import type { Entity, NumberValue } from '../entities/entity';
import { EMPTY_IDENTITIES, type Identities } from '../identity/schema';
import { sideOfGroup } from '../identity/sides';
import type { Measure, Whose } from './model';

/** A number of a claim as figures reads it: offsets into the article. */
export interface FigureInput {
  text: string;
  start: number;
  end: number;
  value?: NumberValue;
}

export interface FigureSuggestion {
  measure: Measure;
  whose?: Whose;
}

export interface FigureContext {
  /** The side of the claim's claimant: "our fighters" belong to it, "the enemy" to the other side. */
  speakerSide?: string;
  /** The sides of the article's claimants and actors; with exactly two, a generic enemy word is the other one. */
  articleSides?: readonly string[];
  identities?: Identities;
  /** Actors of the article, for "their" and for a figure whose group is not repeated ("another 15"). */
  entities?: readonly Entity[];
}

const UNITS_OF_TIME = /^(?:hours?|days?|weeks?|months?|years?|minutes?|nights?)$/u;
const UNITS_OF_DISTANCE = /^(?:km|kms|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m)$/u;
const MONEY_WORDS = /^(?:dollars?|euros?|pounds?|afghanis?|roubles?|rubles?|hryvnias?|pounds?|usd|eur)$/u;
const EQUIPMENT = new Set(`vehicles vehicle tanks tank humvees humvee drones drone rifles rifle weapons weapon guns gun artillery
  systems system boats boat ships ship aircraft jets jet planes plane helicopters helicopter trucks truck pickups pickup mortars
  mortar missiles missile rockets rocket launchers launcher apcs apc carriers carrier ammunition munitions howitzers howitzer
  sukhois sukhoi cars car motorcycles vessels`.split(/\s+/u));
const POSITIONS = new Set(`outposts outpost posts post positions position villages village towns town districts district
  checkpoints checkpoint bases base townships township hills hill settlements settlement cities city provinces province
  bridges ridges ridge areas trenches strongpoints heights`.split(/\s+/u));
const FORCES = new Set('reinforcements brigades brigade battalions battalion units regiments divisions companies'.split(/\s+/u));
const PEOPLE = new Set(`people persons civilians soldiers troops fighters men women children members militants rebels
  insurgents servicemen personnel officers policemen police guards militiamen militia mujahideen residents families
  patients bodies dead casualties prisoners captives hostages combatants mercenaries terrorists recruits volunteers
  commanders officials staff workers farmers students infants babies boys girls others victims
  own enemy attackers invaders occupiers separatists`.split(/\s+/u));
/** Words between a number and its noun that say nothing of what is counted. */
const SKIPPED = new Set('more other additional further another extra some of the their our its his her them those these own armed armoured armored combat special pickup slightly seriously critically heavily lightly'.split(/\s+/u));

/** Cue words for people measures; a participle after the number ("40 were killed") or a verb before it ("killing 40"). */
const PEOPLE_CUES: ReadonlyArray<[RegExp, Measure]> = [
  [/^(?:killed|killing|kill|kills|dead|died|die|deaths?|martyred|lost|losing|lose|loses|casualties|bodies|slain|executed|perished|massacred)$/u, 'killed'],
  [/^(?:wounded|wounding|injured|injuring|hurt|injuries|wounds)$/u, 'wounded'],
  [/^(?:captured|capturing|detained|detaining|arrested|arresting|prisoners?|captives?|surrendered|abducted|kidnapped|seized|taken prisoner|took prisoner)$/u, 'captured'],
  [/^(?:missing|unaccounted)$/u, 'missing'],
  [/^(?:displaced|displacing|fled|fleeing|flee|evacuated|uprooted|homeless|forced from|forced to)$/u, 'displaced'],
  [/^(?:deployed|deploying|deploy|sent|sending|concentrated|massed|amassed|stationed|mobilised|mobilized|dispatched)$/u, 'forces deployed'],
];
const DESTROYED = /^(?:destroyed|destroying|shot down|shooting down|downed|sunk|sank|burned|burnt|hit|lost|knocked out|disabled|struck|damaged)$/u;
const SEIZED = /^(?:seized|seizing|captured|capturing|abandoned|took|taken|taking|confiscated|seize|capture|recovered|left behind|trophies)$/u;
const TAKEN = /^(?:captured|capturing|took|taken|taking|control|controlled|controls|seized|seizing|overran|overrun|stormed|pushed back|retook|recaptured|liberated|fell|held|holds)$/u;

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{Nd}'’-]*|\d[\d,.]*/gu;
/** Two-word cues read as one word. */
const PAIRS = new Set(['taken prisoner', 'took prisoner', 'shot down', 'shooting down', 'knocked out', 'pushed back', 'left behind', 'forced from', 'forced to']);

function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  for (const match of text.slice(start, end).matchAll(WORD)) {
    const word = { text: match[0], lower: match[0].toLowerCase(), start: start + match.index, end: start + match.index + match[0].length };
    const previous = words[words.length - 1];
    if (previous && PAIRS.has(`${previous.lower} ${word.lower}`)) {
      words[words.length - 1] = { text: `${previous.text} ${word.text}`, lower: `${previous.lower} ${word.lower}`, start: previous.start, end: word.end };
    } else words.push(word);
  }
  return words;
}

/** The clause around a number: from the last clause break before it to the next one after it. */
function clauseAround(text: string, start: number, end: number): { start: number; end: number } {
  // A quotation mark right before the number opens a quoted figure, not a clause.
  const before = text.slice(Math.max(0, start - 200), /["“‘]$/u.test(text.slice(0, start)) ? start - 1 : start);
  const punctuation = /[.;:!?"“”«»][^.;:!?"“”«»]*$/u.exec(before);
  const conjunction = /\b(?:but|while|whereas)\s[^.;:!?]*$/u.exec(before);
  const breakBefore = Math.max(punctuation ? punctuation.index + 1 : -1, conjunction ? conjunction.index + conjunction[0].indexOf(' ') + 1 : -1);
  // A quotation mark right after the number closes a quoted figure ('"dozens" of rebels'), not the clause.
  const skip = /^["”’]/u.test(text.slice(end, end + 1)) ? 1 : 0;
  const after = text.slice(end + skip, end + 200);
  const found = /[.;:!?"“”](?=\s|$)|,\s+(?:but|while|whereas|and that|which)\b|\band that\b/u.exec(after);
  const breakAfter = found && { index: found.index + skip };
  return {
    start: breakBefore === -1 ? Math.max(0, start - 200) : Math.max(0, start - 200) + breakBefore,
    end: breakAfter ? end + breakAfter.index : Math.min(text.length, end + 200),
  };
}

const PASSIVE_AUXILIARY = /^(?:were|was|been|are|is|be|being)$/u;

interface Noun {
  /** The words from the number to the noun that is counted ("Islamic Emirate soldiers"), without skipped words. */
  phrase: string;
  head?: string;
  /** "of their", "of our own": the group is named elsewhere. */
  possessive?: 'their' | 'our' | 'its';
  /** Index in `after` of the word after the phrase. */
  next: number;
  /** A lower-case word right after the number that is no known noun: "houses", "assaults". */
  other?: string;
}

/** Words that end the search for the counted noun: verbs, prepositions, conjunctions. */
const NOUN_STOPS = /^(?:were|was|had|have|has|are|is|been|be|will|would|and|or|in|on|at|to|from|over|by|with|after|during|who|which|that|since|across|near|inside|into|including|among)$/u;

function nounAfter(after: Word[]): Noun {
  const kept: Word[] = [];
  let possessive: Noun['possessive'];
  for (let index = 0; index < after.length && index < 6; index++) {
    const word = after[index];
    if (word.lower === 'their' || word.lower === 'them') possessive = 'their';
    else if (word.lower === 'our') possessive = 'our';
    else if (word.lower === 'its') possessive = 'its';
    if (word.lower === 'own' && possessive) return { phrase: '', head: 'own', possessive, next: index + 1 };
    if (EQUIPMENT.has(word.lower) || POSITIONS.has(word.lower) || FORCES.has(word.lower) || PEOPLE.has(word.lower) || UNITS_OF_TIME.test(word.lower)) {
      kept.push(word);
      return { phrase: kept.map((kept) => kept.text).join(' '), head: word.lower, possessive, next: index + 1 };
    }
    if (NOUN_STOPS.test(word.lower) || /^\d/u.test(word.text)) break;
    const nextIsNoun = after[index + 1] !== undefined && PEOPLE.has(after[index + 1].lower);
    if (/^\p{Lu}/u.test(word.text)) kept.push(word);
    else if (SKIPPED.has(word.lower)) continue;
    // "82 wounded patients", "six resistance fighters": a word right before a known noun describes it.
    else if (nextIsNoun && !PEOPLE_CUES.some(([cue]) => cue.test(word.lower))) kept.push(word);
    else if (!nextIsNoun) break;
  }
  const lowercase = after[0] && !NOUN_STOPS.test(after[0].lower) && /^\p{Ll}+$/u.test(after[0].text) && !PEOPLE_CUES.some(([cue]) => cue.test(after[0].lower))
    ? after[0].text : undefined;
  return { phrase: kept.map((word) => word.text).join(' '), possessive, next: 0, ...(lowercase && { other: lowercase }) };
}

/** The nearest cue to the number in the clause: after it (a participle), or before it (an active verb, not a passive's). */
function nearestCue(before: Word[], after: Word[], cues: ReadonlyArray<[RegExp, Measure]>): { measure: Measure; position: 'before' | 'after'; word: Word } | undefined {
  let best: { measure: Measure; position: 'before' | 'after'; word: Word; distance: number } | undefined;
  after.slice(0, 8).forEach((word, distance) => {
    const cue = cues.find(([pattern]) => pattern.test(word.lower));
    if (cue && (!best || distance < best.distance)) best = { measure: cue[1], position: 'after', word, distance };
  });
  for (let index = before.length - 1, distance = 0; index >= 0 && distance < 8; index--, distance++) {
    const word = before[index];
    const cue = cues.find(([pattern]) => pattern.test(word.lower));
    if (!cue) continue;
    const passive = index > 0 && PASSIVE_AUXILIARY.test(before[index - 1].lower);
    if (passive) break;
    if (!best || distance < best.distance) best = { measure: cue[1], position: 'before', word, distance };
    break;
  }
  return best;
}

const SUBJECT_VERBS = /^(?:lost|losing|loses|lose|suffered|suffer|suffers|sustained|deployed|sent|concentrated|massed|amassed|controlled|controls|control|captured|seized|took|taken|killed|destroyed|shot down|sunk|burned|detained|stationed|abandoned|left behind|pushed|held|holds)$/u;
const NOT_SUBJECT = /^(?:that|and|the|a|an|had|has|have|also|now|only|said|would|will|were|was|then)$/u;
const LOSS_VERBS = /^(?:lost|losing|loses|lose|suffered|suffer|suffers|sustained|abandoned|left behind)$/u;

/**
 * The subject of the verb right before the number ("the Taliban lost 40", "Russia had lost 1,240"): the
 * words before the verb back to a comma or a reporting word.
 */
function subjectBefore(text: string, before: Word[]): string | undefined {
  let verb = before.length - 1;
  while (verb >= 0 && !SUBJECT_VERBS.test(before[verb].lower)) {
    if (before.length - 1 - verb > 3) return undefined;
    verb--;
  }
  if (verb < 0) return undefined;
  let end = verb;
  while (end > 0 && /^(?:had|has|have|also|now|reportedly|allegedly|taken)$/u.test(before[end - 1].lower)) end--;
  const subject: Word[] = [];
  for (let index = end - 1; index >= 0 && subject.length < 8; index--) {
    const word = before[index];
    if (/^(?:that|said|says|told|claimed|according|but|while|as|when|if|who)$/u.test(word.lower)) break;
    subject.unshift(word);
    if (index > 0 && /[,;:]/u.test(text.slice(before[index - 1].end, word.start))) break;
  }
  while (subject.length && NOT_SUBJECT.test(subject[0].lower)) subject.shift();
  return subject.length ? subject.map((word) => word.text).join(' ') : undefined;
}

const OWN_SUBJECT = /^(?:we|our\b.*|(?:his|her|its|their) (?:forces|fighters|men|troops|units|navy|army)|(?:the )?(?:group|front|army|movement|military|ministry)(?:'s forces)?)$/iu;

export function suggestFigures(text: string, numbers: readonly FigureInput[], context: FigureContext = {}): FigureSuggestion[] {
  const identities = context.identities ?? EMPTY_IDENTITIES;
  const articleSides = context.articleSides ?? [];
  const suggestions: FigureSuggestion[] = [];
  const actors = (context.entities ?? []).filter((entity) => entity.kind === 'actor');
  const canonicalOf = new Map(actors.filter((actor) => actor.canonical).map((actor) => [actor.text.toLowerCase(), actor.canonical as string]));
  const sideOf = (group: string): string | undefined => {
    const viaCanonical = canonicalOf.get(group.toLowerCase());
    return sideOfGroup(group, context.speakerSide, articleSides, identities)
      ?? (viaCanonical ? sideOfGroup(viaCanonical, context.speakerSide, articleSides, identities) : undefined)
      ?? sideOfContained(group)
      ?? withEpithets(group);
  };
  /** "Islamic Emirate soldiers": the side of an actor named inside the group. */
  const sideOfContained = (group: string): string | undefined => {
    const contained = [...canonicalOf].find(([surface]) => ` ${group.toLowerCase()} `.includes(` ${surface} `))?.[1];
    return contained ? sideOfGroup(contained, context.speakerSide, articleSides, identities) : undefined;
  };
  const withEpithets = (group: string): string | undefined => {
    // "rebels" in an article that says "M23 rebels": the side the article gives that word to. Only a bare
    // word: "resistance fighters" is not the "Taliban fighters" of another sentence.
    const words = group.toLowerCase().split(/\s+/u).filter((word) => word !== 'the');
    const head = words.length === 1 ? words[0] : undefined;
    if (!head || !/^\p{Ll}+$/u.test(head)) return undefined;
    const sides = new Set<string>();
    for (const match of text.matchAll(new RegExp(String.raw`(\p{Lu}[\p{L}\p{Nd}-]*(?:\s+\p{Lu}[\p{L}\p{Nd}-]*){0,3})\s+${head}\b`, 'gu'))) {
      const side = sideOfGroup(match[1], context.speakerSide, articleSides, identities);
      if (side) sides.add(side);
    }
    return sides.size === 1 ? [...sides][0] : undefined;
  };
  const enemy = (): string | undefined =>
    context.speakerSide && articleSides.length === 2 && articleSides.includes(context.speakerSide)
      ? articleSides.find((side) => side !== context.speakerSide)
      : undefined;
  const recentActor = (offset: number): string | undefined => {
    const candidates = actors.filter((entity) => entity.end <= offset && offset - entity.end < 600 && entity.subtype !== 'person' && entity.subtype !== 'outlet'
      && entity.subtype !== 'organisation');
    for (let index = candidates.length - 1; index >= 0; index--) {
      const name = candidates[index].canonical ?? candidates[index].text;
      if (!context.speakerSide || sideOf(name) !== context.speakerSide) return candidates[index].text;
    }
    return undefined;
  };
  const whoseOf = (group: string | undefined): Whose | undefined => {
    const cleaned = group?.replace(/^(?:the|a|an)\s+/iu, '').trim();
    if (!cleaned) return undefined;
    if (OWN_SUBJECT.test(cleaned)) {
      if (!context.speakerSide) return { group: cleaned };
      return { group: context.speakerSide, side: context.speakerSide };
    }
    const side = sideOf(cleaned);
    return side ? { group: cleaned, side } : { group: cleaned };
  };

  let previousGroup: Whose | undefined;
  for (const number of numbers) {
    const clause = clauseAround(text, number.start, number.end);
    const before = wordsIn(text, clause.start, number.start);
    const after = wordsIn(text, number.end, clause.end);
    const clauseText = text.slice(clause.start, clause.end).toLowerCase();
    const inner = number.text.toLowerCase();
    const first = after[0]?.lower ?? '';
    const noun = nounAfter(after);
    const subject = subjectBefore(text, before);
    const lossVerb = before.slice(-4).some((word) => LOSS_VERBS.test(word.lower));
    let suggestion: FigureSuggestion;
    if (number.value?.currency || /^[$€£]|\b(?:dollars?|euros?|usd)\b/u.test(inner) || MONEY_WORDS.test(first)
      || (/^(?:million|billion|bn|m)$/u.test(first) && MONEY_WORDS.test(after[1]?.lower ?? ''))) {
      suggestion = { measure: 'money' };
    } else if (number.value?.percent) {
      suggestion = { measure: 'other' };
    } else if (UNITS_OF_TIME.test(first) || /\b(?:hours?|days?|weeks?|months?|years?)$/u.test(inner)) {
      suggestion = { measure: 'duration' };
    } else if (UNITS_OF_DISTANCE.test(first) || /\d\s*(?:km|kilomet(?:re|er)s?|miles?)$/u.test(inner)) {
      suggestion = { measure: 'distance' };
    } else if (noun.head && EQUIPMENT.has(noun.head)) {
      const verbs = [...before.slice(-6), ...after.slice(noun.next, noun.next + 4)];
      const measure: Measure = verbs.some((word) => SEIZED.test(word.lower)) && !verbs.some((word) => DESTROYED.test(word.lower) && word.lower !== 'lost')
        ? 'equipment seized'
        : 'equipment destroyed';
      const owner = noun.phrase.split(' ').slice(0, -1).filter((word) => /^\p{Lu}/u.test(word)).join(' ');
      const whose = owner ? whoseOf(owner)
        : lossVerb && subject ? whoseOf(subject)
        : noun.possessive === 'their' ? (previousGroup ?? whoseOf(recentActor(number.start)))
        : lossVerb || /\b(?:along with|and)\s*$/u.test(text.slice(Math.max(clause.start, number.start - 20), number.start).toLowerCase()) ? previousGroup
        : enemyWhose(enemy());
      suggestion = { measure, ...(whose && { whose }) };
    } else if (noun.head && POSITIONS.has(noun.head)) {
      const verbs = [...before.slice(-6), ...after.slice(noun.next, noun.next + 4)];
      if (verbs.some((word) => TAKEN.test(word.lower)) || /\b(?:pushed|drove|forced) \w+ (?:back|out)\b/u.test(clauseText)) {
        const whose = subject ? whoseOf(subject) : undefined;
        suggestion = { measure: 'positions taken', ...(whose && { whose }) };
      } else suggestion = { measure: 'other' };
    } else if (noun.head && FORCES.has(noun.head)) {
      const whose = whoseOf(subject) ?? enemyWhose(context.speakerSide);
      suggestion = { measure: 'forces deployed', ...(whose && { whose }) };
    } else {
      const cue = nearestCue(before, after, PEOPLE_CUES);
      const peopleNoun = noun.head === undefined || PEOPLE.has(noun.head) || noun.head === 'own';
      if (!cue || !peopleNoun || (noun.head === undefined && noun.phrase === '' && cue.position === 'after' && after.indexOf(cue.word) > 3)) {
        const group = noun.phrase || noun.other;
        const whose = group ? whoseOf(group) : undefined;
        suggestion = { measure: 'other', ...(whose && { whose }) };
      } else {
        const capitalised = /^\p{Lu}/u.test(noun.phrase);
        const generic = noun.head === undefined || /^(?:men|members|troops|servicemen|personnel|own|others|bodies|casualties|dead|soldiers|fighters)$/u.test(noun.head);
        let whose: Whose | undefined;
        if (noun.possessive === 'our' || noun.head === 'own') whose = noun.possessive === 'their' ? whoseOf(subject) : whoseOf('our');
        else if (capitalised) whose = whoseOf(noun.phrase);
        else if (subject && generic && (lossVerb || cue.measure === 'forces deployed')) whose = whoseOf(subject);
        else if (noun.possessive === 'their' && generic) whose = whoseOf(recentActor(number.start)) ?? enemyWhose(enemy());
        else if (noun.phrase && !/^(?:bodies|casualties|dead)$/u.test(noun.head ?? '')) whose = whoseOf(noun.phrase);
        else whose = previousGroup ?? whoseOf(recentActor(number.start));
        if (!whose && noun.head === 'bodies') whose = enemyWhose(enemy());
        suggestion = { measure: cue.measure, ...(whose && { whose }) };
      }
    }
    if (suggestion.whose && suggestion.measure !== 'positions taken' && suggestion.measure !== 'other') previousGroup = suggestion.whose;
    suggestions.push(suggestion);
  }
  return suggestions;
}

const enemyWhose = (side: string | undefined): Whose | undefined => (side ? { group: side, side } : undefined);

/** The category a claim's figures make likely: a killed or wounded figure makes a casualties claim. */
export function categoryFromMeasures(measures: readonly (Measure | undefined)[], categories: readonly string[]): string | undefined {
  const has = (...wanted: Measure[]) => measures.some((measure) => measure !== undefined && wanted.includes(measure));
  const pick = (category: string) => (categories.includes(category) ? category : undefined);
  if (has('killed', 'wounded', 'missing', 'captured')) return pick('casualties');
  if (has('positions taken')) return pick('territorial control');
  if (has('equipment destroyed', 'equipment seized')) return pick('equipment');
  return undefined;
}

/**
 * The claim with a suggested measure and whose for every figure that has none (a format 1 claim, or one
 * tagged before the suggestion existed): for showing only; the sidecar is rewritten only when the analyst
 * changes the claim.
 */
export function withSuggestedFigures<T extends { numbers: readonly (FigureInput & { measure?: Measure; whose?: Whose })[] }>(
  claim: T,
  text: string,
  context: FigureContext = {},
): T {
  if (claim.numbers.every((number) => number.measure !== undefined)) return claim;
  const suggested = suggestFigures(text, claim.numbers, context);
  return {
    ...claim,
    numbers: claim.numbers.map((number, index) => (number.measure !== undefined ? number : {
      ...number, measure: suggested[index].measure, ...(suggested[index].whose && !number.whose && { whose: suggested[index].whose }),
    })),
  };
}

/**
 * As withSuggestedFigures, reading only the claim's own quote with its prefix and suffix, for places that
 * hold the claim but not its article (the Claims view).
 */
export function withSuggestedFiguresFromQuote<T extends {
  anchor: { start: number };
  quote: { exact: string; prefix: string };
  numbers: readonly (FigureInput & { measure?: Measure; whose?: Whose })[];
}>(claim: T & { quote: { suffix: string } }, context: FigureContext = {}): T {
  if (claim.numbers.every((number) => number.measure !== undefined)) return claim;
  const text = claim.quote.prefix + claim.quote.exact + claim.quote.suffix;
  const shift = claim.anchor.start - claim.quote.prefix.length;
  const local = claim.numbers.map((number) => ({ ...number, start: number.start - shift, end: number.end - shift }));
  if (local.some((number) => number.start < 0 || number.end > text.length || text.slice(number.start, number.end) !== number.text)) return claim;
  const suggested = suggestFigures(text, local, context);
  return {
    ...claim,
    numbers: claim.numbers.map((number, index) => (number.measure !== undefined ? number : {
      ...number, measure: suggested[index].measure, ...(suggested[index].whose && !number.whose && { whose: suggested[index].whose }),
    })),
  };
}
