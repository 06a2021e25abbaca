import { type Candidate, Priority } from '../candidate';
import type { EntitySubtype } from '../entity';
import { isGivenName } from '../lexicon/givenNames';
import { PLACE_HEADS, PLACE_NOUNS } from '../lexicon/context';
import { isCommonWord } from '../lexicon/words';
import { PhraseIndex } from '../matcher/phraseIndex';
import type { Token } from '../text/tokens';
import type { RuleKind } from './analysis';

interface Learned {
  readonly kind: RuleKind;
  readonly subtype?: EntitySubtype;
}

/**
 * Names the rules found once, found again everywhere in the same text: "Shotul district" makes every
 * "Shotul" a place, "Fahim Dashti" makes "Dashti" a person, "(NRF)" makes every "NRF" an actor.
 */
export function propagatedCandidates(text: string, tokens: readonly Token[], resolved: readonly Candidate[]): Candidate[] {
  const index = new PhraseIndex<Learned>();
  const placeWords = new Set<string>();
  const learnedPhrases = new Set<string>();
  const learn = (phrase: string, learned: Learned): void => {
    if (learnedPhrases.has(phrase)) return;
    learnedPhrases.add(phrase);
    index.add(phrase, learned);
  };
  for (const entity of resolved) {
    if (entity.kind === 'number') continue;
    const learned: Learned = { kind: entity.kind, subtype: entity.subtype };
    if (entity.kind === 'place' && entity.first === entity.last) placeWords.add(tokens[entity.first].key);
    if (entity.source !== 'rule') continue;
    learn(text.slice(tokens[entity.first].start, tokens[entity.last].end), learned);
    const last = tokens[entity.last];
    if (entity.kind === 'place' && entity.last > entity.first && PLACE_HEADS.has(last.key)) {
      // "Panjshir Valley" -> "Panjshir"
      learn(text.slice(tokens[entity.first].start, tokens[entity.last - 1].end), learned);
      if (entity.last - 1 === entity.first) placeWords.add(tokens[entity.first].key);
    }
    if (entity.kind === 'actor' && entity.subtype === 'person' && entity.last > entity.first && isSurname(last)) learn(last.text, learned);
  }
  const found: Candidate[] = [];
  for (const match of index.findAll(tokens)) {
    found.push({ first: match.first, last: match.last, kind: match.value.kind, subtype: match.value.subtype, source: 'rule', priority: Priority.propagated });
  }
  found.push(...lowercasePlaces(tokens, placeWords));
  return found;
}

function isSurname(token: Token): boolean {
  return token.type === 'word' && token.shape === 'capitalised' && token.text.length >= 3 && !isCommonWord(token.key) && !isGivenName(token.key);
}

/** "panjshir valley": a known place written in lowercase, recognisable only by the feature word after it. */
function lowercasePlaces(tokens: readonly Token[], placeWords: ReadonlySet<string>): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i];
    if (token.shape !== 'lower' || !placeWords.has(token.key)) continue;
    const next = tokens[i + 1];
    if (next.shape === 'lower' && PLACE_NOUNS.has(next.key)) found.push({ first: i, last: i, kind: 'place', source: 'rule', priority: Priority.propagated });
  }
  return found;
}
