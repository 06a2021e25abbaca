import { type Candidate, Priority } from '../candidate';
import { AGENT_VERBS, AUXILIARIES, LOCATIVE_PREPOSITIONS } from '../lexicon/context';
import { wordSet } from '../lexicon/words';
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
    const before = a.tokens[country.first - 1];
    if (before && (LOCATIVE_PREPOSITIONS.has(before.key) || BEFORE_TERRITORY.has(before.key))) continue;
    if (a.tokens[country.last + 1]?.key === "'") continue;
    if (actsAfter(a, country.last + 1)) found.push({ ...country, kind: 'actor', subtype: 'state', source: 'rule', priority: Priority.override });
  }
  return found;
}

function actsAfter(a: Analysis, i: number): boolean {
  const tokens = a.tokens;
  const line = tokens[i - 1].line;
  // Skip what is coordinated with the country, then a relative pronoun: "the USSR, which controlled".
  for (let gap = 0; gap < MAX_GAP && tokens[i] && tokens[i].line === line; gap++) {
    const token = tokens[i];
    if (COORDINATION.has(token.key) || token.key === ',' || a.known[i]?.kind === 'actor') i++;
    else {
      if (RELATIVES.has(token.key)) i++;
      break;
    }
  }
  for (let aux = 0; aux < 2 && AUXILIARIES.has(tokens[i]?.key ?? ''); aux++) i++;
  // A headline: "UK To Pay $41 Million".
  if (tokens[i]?.key === 'to' && tokens[i].shape !== 'lower') i++;
  return tokens[i] !== undefined && tokens[i].line === line && AGENT_VERBS.has(tokens[i].key);
}
