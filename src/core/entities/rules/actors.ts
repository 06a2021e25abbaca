import { type Candidate, Priority } from '../candidate';
import { ACTOR_CUES, LOCATIVE_PREPOSITIONS, ORGANISATION_HEADS, SPEECH_VERBS, TITLE_WORDS } from '../lexicon/context';
import { isGivenName } from '../lexicon/givenNames';
import { SequencesByLastWord } from '../lexicon/wordSequences';
import { isCommonWord, wordSet } from '../lexicon/words';
import { Shape } from '../text/tokens';
import { type Analysis, chunkEndingAt, hasKnown, isDemonymSpan, knownExactly, ruleCandidate, skipNoise } from './analysis';
import type { Chunk } from './chunks';
import { personSpan } from './people';

/** Capitalised abbreviations that are not actors. */
const NOT_ACRONYMS = wordSet(`
  tv am pm gmt utc bst est cet eet msk usd eur gbp afn uah rub id ids ok ceo cfo phd dna hiv aids covid sars pdf url
  faq gps ied ieds rpg rpgs ak uav uavs apc apcs mlrs himars atacms manpads nasams atgm sam sams icbm hq vip sos
  lgbt lgbtq ai it pr vpn sms ngo ngos cctv isbn atm gdp cpi pow pows idp idps kia wia nb ps ad bc ce bce
  ii iii iv vi vii viii ix xi xii xiii xiv xv xx us uk eu un
  fpv ifv mbt vbied jdam gmlrs uas bmp btr mrap spg mia isr ew sim usb mp mps pm pdt edt cest eest nb aka asap
  rip faq diy npc ceo coo cto svp evp lng cng co2 km kg mm`);
const ROMAN = /^[ivxlcdm]+$/;
const CUES = new SequencesByLastWord(ACTOR_CUES);
const OCCUPATION_PLURAL = /(?:ers|ors|ists|ics|ians|ants|ents|ives|eers|ees)$/;

/** Actors found by how the text cites them, and acronyms. */
export function actorCandidates(a: Analysis): Candidate[] {
  const found: Candidate[] = [];
  for (const chunk of a.chunks) {
    const actor = speaker(a, chunk) ?? cited(a, chunk) ?? photoCredit(a, chunk) ?? acronymDefinition(a, chunk) ?? datelineAgency(a, chunk);
    if (actor) found.push(actor);
  }
  found.push(...acronyms(a));
  return found;
}

/** A person, or an organisation when the name holds an organisation word ("Ministry of Defence") or is an acronym. */
function actorSpan(a: Analysis, first: number, last: number): Candidate | undefined {
  first = skipNoise(a, first, last);
  if (first > last || knownExactly(a, first, last) || isDemonymSpan(a, first, last)) return undefined;
  const tokens = a.tokens;
  // "Rescuers said", "Activists told": a plural of an occupation opening a sentence.
  if (first === last && tokens.sentenceStart(first) && OCCUPATION_PLURAL.test(tokens.keys[first])) return undefined;
  if (first === last && tokens.shape(first) === Shape.Upper) return ruleCandidate(first, last, 'actor', 'organisation');
  // "Defence Cabinet Secretary Aden Duale said": after a title inside the run, the speaker is the person.
  for (let i = last - 1; i > first; i--) {
    if (TITLE_WORDS.has(tokens.keys[i]) && tokens.shape(i) === Shape.Capitalised) {
      const person = personSpan(a, first, last, false, false, true);
      if (person) return person;
      break;
    }
  }
  for (let i = first; i <= last; i++) {
    // "Gen. Dmytro Brazhnyuk of the Unmanned Systems Forces said": the speaker is the person before "of".
    if (tokens.keys[i] === 'of' && tokens.shape(i) === Shape.Lower && i > first) return personSpan(a, first, i - 1);
    if (ORGANISATION_HEADS.has(tokens.keys[i])) {
      // "the Presidential Office Andriy Yermak said": a person's name after the organisation is not part of it.
      const person = i < last && (a.known[i + 1]?.subtype === 'person' || isGivenName(tokens.keys[i + 1]));
      return ruleCandidate(first, person ? i : last, 'actor', 'organisation');
    }
  }
  if (first === last && isCommonWord(tokens.keys[first])) return undefined;
  return personSpan(a, first, last);
}

/** "Masoud told CNN", "Dashti said": a name right before a verb of speech. */
function speaker(a: Analysis, chunk: Chunk): Candidate | undefined {
  const tokens = a.tokens;
  let next = chunk.last + 1;
  if (tokens.key(next) === ',' && SPEECH_VERBS.has(tokens.key(next + 1) ?? '')) next++;
  if (!tokens.has(next) || tokens.shape(next) !== Shape.Lower || !SPEECH_VERBS.has(tokens.keys[next])) return undefined;
  // "on a pilgrimage in Medina, condemned": a place closing a phrase, not the speaker.
  if (LOCATIVE_PREPOSITIONS.has(tokens.key(chunk.first - 1) ?? '')) return undefined;
  return actorSpan(a, chunk.first, chunk.last);
}

/** "according to Dashti", "told EFE", "citing TASS", "led by Ahmed Shah Masood". */
function cited(a: Analysis, chunk: Chunk): Candidate | undefined {
  const tokens = a.tokens;
  const the = tokens.keys[chunk.first] === 'the' && tokens.shape(chunk.first) === Shape.Capitalised && !tokens.sentenceStart(chunk.first) ? chunk.first : -1;
  if (!CUES.firstEndingAt(tokens, chunk.first - 1)) return undefined;
  // "told Gondar's residents": the possessor is not the one told.
  if (tokens.key(chunk.last + 1) === "'" && tokens.key(chunk.last + 2) === 's') return undefined;
  // "told The Continent", "according to The Hill": a capitalised "The" mid-sentence belongs to an outlet's name.
  if (the >= 0 && the < chunk.last && !hasKnown(a, the + 1, chunk.last)) return ruleCandidate(the, chunk.last, 'actor', 'outlet');
  return actorSpan(a, chunk.first, chunk.last);
}

/** Labels of a credit line: "Photo: AFP/Genya Savilov". */
const CREDIT_LABELS = wordSet('photo photos photograph image picture credit');

/** "(Wikimedia Commons/Hamid Mohammadi)", "(AP Photo/John Smith)": both sides of a credit are actors. */
function photoCredit(a: Analysis, chunk: Chunk): Candidate | undefined {
  const before = a.tokens.key(chunk.first - 1);
  const after = a.tokens.key(chunk.last + 1);
  const tokens = a.tokens;
  const lineEnds = !tokens.has(chunk.last + 1) || tokens.line(chunk.last + 1) !== tokens.line(chunk.last);
  // "Photo: AFP/Genya Savilov": a credit line without parentheses.
  const labelled = (i: number): boolean => tokens.key(i) === ':' && CREDIT_LABELS.has(tokens.key(i - 1) ?? '') && tokens.line(i) === tokens.line(chunk.first);
  const opensCredit = (before === '(' || labelled(chunk.first - 1)) && after === '/';
  const closesCredit = before === '/' && (after === ')' || (lineEnds && (labelled(chunk.first - 3) || labelled(chunk.first - 4))));
  if (!opensCredit && !closesCredit) return undefined;
  if (chunk.first === chunk.last) return ruleCandidate(chunk.first, chunk.last, 'actor', 'organisation');
  return actorSpan(a, chunk.first, chunk.last);
}

const DASHES = new Set(['-', '–', '—']);

/** "KAMPALA, March 3 (Mwangaza) - Police arrested": the agency in a dateline. */
function datelineAgency(a: Analysis, chunk: Chunk): Candidate | undefined {
  const tokens = a.tokens;
  if (chunk.first !== chunk.last || tokens.key(chunk.first - 1) !== '(' || tokens.key(chunk.last + 1) !== ')' || !DASHES.has(tokens.key(chunk.last + 2) ?? '')) return undefined;
  if (a.known[chunk.first] || isCommonWord(tokens.keys[chunk.first]) || tokens.line(chunk.first) !== tokens.line(chunk.last + 2)) return undefined;
  return ruleCandidate(chunk.first, chunk.last, 'actor', 'outlet');
}

/** "National Resistance Front (NRF)": the acronym after a name is an actor too. */
function acronymDefinition(a: Analysis, chunk: Chunk): Candidate | undefined {
  const tokens = a.tokens;
  if (chunk.first !== chunk.last || tokens.shape(chunk.first) !== Shape.Upper) return undefined;
  if (tokens.key(chunk.first - 1) !== '(' || tokens.key(chunk.last + 1) !== ')') return undefined;
  const longForm = chunkEndingAt(a, chunk.first - 2);
  if (!longForm || longForm.last === longForm.first) return undefined;
  if (knownExactly(a, chunk.first, chunk.last)) return undefined;
  return ruleCandidate(chunk.first, chunk.last, 'actor', 'organisation');
}

/** Capitals outside all-caps lines: "NRF", "SPLM-N". Weak evidence, so they yield to anything else. */
function acronyms(a: Analysis): Candidate[] {
  const found: Candidate[] = [];
  const tokens = a.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens.isWord(i) || tokens.shape(i) !== Shape.Upper || a.known[i] || a.lines[tokens.line(i)].allCaps) continue;
    const key = tokens.keys[i];
    const length = tokens.textLength(i);
    if (length < 2 || length > 8 || NOT_ACRONYMS.has(key) || ROMAN.test(key) || isCommonWord(key)) continue;
    // "MONUSCO", "UNMISCO", but not a shouted word in a heading: "WORLD BRIEFING:".
    if (length > 6 && (tokens.line(i - 1) !== tokens.line(i) || tokens.shape(i - 1) === Shape.Upper || tokens.shape(i + 1) === Shape.Upper || tokens.key(i + 1) === ':')) continue;
    // An acronym with a suffix: "SPLM-N".
    let last = i;
    if (tokens.key(i + 1) === '-' && !tokens.spaceBefore(i + 1) && tokens.shape(i + 2) === Shape.Upper && !tokens.spaceBefore(i + 2)) last = i + 2;
    found.push(ruleCandidate(i, last, 'actor', 'organisation', Priority.weak));
    i = last;
  }
  return found;
}
