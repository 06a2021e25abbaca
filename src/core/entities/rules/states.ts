import { type Candidate, candidate, Priority } from '../candidate';
import { AGENT_VERBS, AUXILIARIES, LOCATIVE_PREPOSITIONS } from '../lexicon/context';
import { wordSet } from '../lexicon/words';
import { Shape } from '../text/tokens';
import type { Analysis } from './analysis';

/** Words that may stand between a country and its verb: "the United States and the G7 among others have vowed". */
const COORDINATION = wordSet('and the among others both together with along');
const MAX_GAP = 8;
const RELATIVES = wordSet('which who that');
const BEFORE_TERRITORY = wordSet('of to at on for over across');

/**
 * Countries that act: "Russia said", "UK To Pay", "the USSR, which controlled Kabul ... withdrew".
 * A country is a place unless it is clearly the subject of an action (see the guidelines).
 */
export function stateCandidates(a: Analysis, countries: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const country of countries) {
    const before = a.tokens.key(country.first - 1);
    if (before !== undefined && (LOCATIVE_PREPOSITIONS.has(before) || BEFORE_TERRITORY.has(before))) continue;
    if (a.tokens.key(country.last + 1) === "'") continue;
    if (actsAfter(a, country.last + 1) || isAddressed(a, country.first, country.last)) {
      found.push(candidate(country.first, country.last, 'actor', 'rule', Priority.override, 'state', country.canonical, country.alias, country.value));
    }
  }
  return found;
}

/** Verbs whose object is a party asked or charged to act: "accused the UAE of arming", "urged Russia to withdraw". */
const ACCUSING = wordSet('accuse accuses accused accusing blame blames blamed blaming');
const URGING = wordSet('urge urges urged urging press presses pressed pressing');

/** Passives whose "by" names the party that acted: "an exchange mediated by the UAE". */
const BY_AGENT = wordSet(`
  mediated brokered backed supported funded financed armed hosted led sponsored supplied imposed launched
  carried conducted ordered organised organized condemned recognised recognized sanctioned invaded attacked`);

/** A country that is the object of accusing or urging is a party to the action, so an actor. */
function isAddressed(a: Analysis, first: number, last: number): boolean {
  const tokens = a.tokens;
  let before = first - 1;
  if (tokens.key(before) === 'the') before--;
  const verb = tokens.key(before) ?? '';
  const after = tokens.key(last + 1);
  if (verb === 'by') return BY_AGENT.has(tokens.key(before - 1) ?? '');
  return (ACCUSING.has(verb) && (after === 'of' || after === 'for')) || (URGING.has(verb) && after === 'to');
}

function actsAfter(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const line = tokens.line(i - 1);
  // Skip what is coordinated with the country, then a relative pronoun: "the USSR, which controlled".
  for (let gap = 0; gap < MAX_GAP && tokens.has(i) && tokens.line(i) === line; gap++) {
    const key = tokens.keys[i];
    // "Pakistan, Afghanistan Agree To Ceasefire": coordinated countries share the verb.
    if (COORDINATION.has(key) || key === ',' || a.known[i]?.kind === 'actor' || a.known[i]?.subtype === 'country') i++;
    else {
      if (RELATIVES.has(key)) i++;
      break;
    }
  }
  for (let aux = 0; aux < 2 && AUXILIARIES.has(tokens.key(i) ?? ''); aux++) i++;
  // A headline: "UK To Pay $41 Million".
  if (tokens.key(i) === 'to' && tokens.shape(i) !== Shape.Lower) i++;
  return tokens.has(i) && tokens.line(i) === line && AGENT_VERBS.has(tokens.keys[i]);
}
