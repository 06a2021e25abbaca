import { type Candidate, candidate, Priority } from '../candidate';
import { AGENT_VERBS, AUXILIARIES, LOCATIVE_PREPOSITIONS } from '../lexicon/context';
import { wordSet } from '../lexicon/words';
import { Shape } from '../text/tokens';
import type { Analysis } from './analysis';

/** Words that may stand between a country and its verb: "the United States and the G7 among others have vowed". */
const COORDINATION = wordSet('and the among others both together with along its their allies partners');
const MAX_GAP = 8;
const RELATIVES = wordSet('which who that');
const BEFORE_TERRITORY = wordSet('of to at on for over across');
/** Between a subject and its verb, besides auxiliaries: "Tripoli did not say", "Ankara now says". */
const CLAUSE_ADVERBS = wordSet('did does do not now still never already also again repeatedly');
/** Forms of "be": "was hit", "were shelled" are passives, so the subject did not act. */
const BE = wordSet('is was were are been be');
const QUOTES = new Set(['"', '“', '”']);
const LIST_JOINERS = wordSet(', and the');
/** Participles that describe where or what a place is: "Chad, bordered by Libya", "Somalia located on the coast". */
const STATES_OF_BEING = wordSet('located based situated bordered landlocked surrounded populated known');
/** "the Turkey-backed faction", "a US-led coalition": the country does the backing. */
const BACKING = wordSet('backed led sponsored funded supported armed financed');

/**
 * Countries, and capitals standing for governments, that act: "Russia said", "UK To Pay", "the USSR, which
 * controlled Kabul ... withdrew", "Nairobi rejected", "the Turkey-backed faction". A country is a place unless it
 * is clearly the subject of an action, a party addressed or a backer (see the guidelines).
 */
export function stateCandidates(a: Analysis, countries: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const states = new Set<number>();
  for (const country of countries) for (let i = country.first; i <= country.last; i++) states.add(i);
  for (const country of countries) {
    // "spread into Uganda, Kenya and Tanzania": a list opened by a locative preposition is territory.
    const head = listHead(a, country.first, country.last);
    const before = a.tokens.key(a.tokens.key(head - 1) === 'the' ? head - 2 : head - 1);
    const territory = before !== undefined && (LOCATIVE_PREPOSITIONS.has(before) || BEFORE_TERRITORY.has(before));
    // "called on Morocco to reopen": this "on" addresses a party.
    if (territory && !(before === 'on' && isAddressed(a, head, country.last))) continue;
    if (a.tokens.key(country.last + 1) === "'") continue;
    const acts = actsAfter(a, country.last + 1, states) || actsAfterClause(a, country.last + 1, states);
    if (isBacker(a, country.last) || acts || isAddressed(a, head, country.last)) {
      found.push(candidate(country.first, country.last, 'actor', 'rule', Priority.override, 'state', country.canonical, country.alias, country.value));
    }
  }
  return found;
}

/**
 * The first name of a list the name at `first` belongs to: "Kenya, Uganda and Tanzania" from
 * "Tanzania". A list has an "and": in "In Ukraine, Russia fired" the comma closes a phrase.
 */
function listHead(a: Analysis, first: number, last: number): number {
  const tokens = a.tokens;
  let head = first;
  for (let i = first - 1, steps = 0; i >= 0 && steps < MAX_GAP && tokens.line(i) === tokens.line(first); i--, steps++) {
    const key = tokens.keys[i];
    if (LIST_JOINERS.has(key)) continue;
    const known = a.known[i];
    if (known?.subtype === 'country' || known?.kind === 'actor') {
      head = known.first;
      i = known.first;
      continue;
    }
    break;
  }
  const end = afterList(a, last);
  for (let i = head; i < end; i++) if (a.tokens.keys[i] === 'and') return head;
  return first;
}

/** Past a list that continues after the name ending at `last`: "Morocco and Algeria to reopen" -> "to". */
function afterList(a: Analysis, last: number): number {
  const tokens = a.tokens;
  let end = last + 1;
  for (let i = end; tokens.has(i); ) {
    while (tokens.has(i) && LIST_JOINERS.has(tokens.keys[i])) i++;
    const known = a.known[i];
    if (i === end || !known) break;
    end = i = known.last + 1;
  }
  return end;
}

/** Verbs whose object is a party asked or charged to act: "accused the UAE of arming", "urged Russia to withdraw". */
const ACCUSING = wordSet('accuse accuses accused accusing blame blames blamed blaming');
const URGING = wordSet('urge urges urged urging press presses pressed pressing');
/** "called on China to stop". */
const CALLING = wordSet('call calls called calling');

/** Passives whose "by" names the party that acted: "an exchange mediated by the UAE". */
const BY_AGENT = wordSet(`
  mediated brokered backed supported funded financed armed hosted led sponsored supplied imposed launched
  carried conducted ordered organised organized condemned recognised recognized sanctioned invaded attacked`);

/** A country that is the object of accusing or urging is a party to the action, so an actor. */
function isAddressed(a: Analysis, first: number, last: number): boolean {
  const tokens = a.tokens;
  let before = first - 1;
  if (tokens.key(before) === 'the') before--;
  let verb = tokens.key(before) ?? '';
  if (verb === 'on' && CALLING.has(tokens.key(before - 1) ?? '')) verb = 'urge';
  const after = tokens.key(afterList(a, last));
  if (verb === 'by') return BY_AGENT.has(tokens.key(before - 1) ?? '');
  return (ACCUSING.has(verb) && (after === 'of' || after === 'for')) || (URGING.has(verb) && after === 'to');
}

function isBacker(a: Analysis, last: number): boolean {
  const tokens = a.tokens;
  return tokens.key(last + 1) === '-' && !tokens.spaceBefore(last + 1) && !tokens.spaceBefore(last + 2) && BACKING.has(tokens.key(last + 2) ?? '');
}

const MAX_CLAUSE = 16;

/** "Uganda, which has troops in the country, called for calm": the verb after a relative clause between commas. */
function actsAfterClause(a: Analysis, i: number, states: ReadonlySet<number>): boolean {
  const tokens = a.tokens;
  if (tokens.key(i) !== ',' || !RELATIVES.has(tokens.key(i + 1) ?? '')) return false;
  const line = tokens.line(i);
  for (let j = i + 2; j < i + MAX_CLAUSE && tokens.has(j) && tokens.line(j) === line; j++) {
    const key = tokens.keys[j];
    if (key === '.' || key === ';' || QUOTES.has(key)) return false;
    // "some 10,000 troops": a thousands separator does not close the clause.
    if (key === ',' && !(tokens.isDigits(j - 1) && tokens.isDigits(j + 1) && !tokens.spaceBefore(j + 1))) return actsAfter(a, j + 1, states);
  }
  return false;
}

/** A past tense or a progressive after its subject: "Algeria hired", "Ankara has not replied", "are pressing". */
function looksLikeAction(a: Analysis, i: number, passive: boolean): boolean {
  const tokens = a.tokens;
  const key = tokens.keys[i];
  if (tokens.shape(i) !== Shape.Lower || key.length < 5) return false;
  if (key.endsWith('ing')) return passive && tokens.key(i + 1) !== 'to';
  return key.endsWith('ed') && !passive;
}

function actsAfter(a: Analysis, i: number, states: ReadonlySet<number>): boolean {
  const tokens = a.tokens;
  const line = tokens.line(i - 1);
  let afterComma = false;
  // Skip what is coordinated with the country, then a relative pronoun: "the USSR, which controlled".
  for (let gap = 0; gap < MAX_GAP && tokens.has(i) && tokens.line(i) === line; gap++) {
    const key = tokens.keys[i];
    // "Pakistan, Afghanistan Agree To Ceasefire": coordinated countries share the verb.
    if (COORDINATION.has(key) || key === ',' || a.known[i]?.kind === 'actor' || states.has(i)) {
      afterComma = key === ',';
      i++;
    } else {
      if (RELATIVES.has(key)) i++;
      break;
    }
  }
  // "said Kenya "will not leave"".
  if (QUOTES.has(tokens.key(i) ?? '')) i++;
  let be = false;
  for (let aux = 0; aux < 3 && tokens.has(i) && (AUXILIARIES.has(tokens.keys[i]) || CLAUSE_ADVERBS.has(tokens.keys[i])); aux++) {
    be ||= BE.has(tokens.keys[i]);
    i++;
  }
  // A headline: "UK To Pay $41 Million".
  if (tokens.key(i) === 'to' && tokens.shape(i) !== Shape.Lower) i++;
  if (!tokens.has(i) || tokens.line(i) !== line) return false;
  // "Libya was hit by floods", "Chad occupied by rebels": the subject of a passive did not act.
  if (tokens.key(i + 1) === 'by' && (be || tokens.keys[i].endsWith('ed'))) return false;
  if (STATES_OF_BEING.has(tokens.keys[i])) return false;
  return AGENT_VERBS.has(tokens.keys[i]) || (!afterComma && looksLikeAction(a, i, be));
}
