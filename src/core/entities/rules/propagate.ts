import { type Candidate, candidate, Priority } from '../candidate';
import type { EntitySubtype } from '../entity';
import { isGivenName } from '../lexicon/givenNames';
import { PLACE_HEADS, PLACE_NOUNS } from '../lexicon/context';
import { isCommonWord } from '../lexicon/words';
import { PhraseIndex } from '../matcher/phraseIndex';
import { Shape, type Tokens } from '../text/tokens';
import type { RuleKind } from './analysis';

interface Learned {
  readonly kind: RuleKind;
  readonly subtype?: EntitySubtype;
}

/**
 * Names the rules found once, found again everywhere in the same text: "Shotul district" makes every
 * "Shotul" a place, "Fahim Dashti" makes "Dashti" a person, "(NRF)" makes every "NRF" an actor.
 */
export function propagatedCandidates(text: string, tokens: Tokens, resolved: readonly Candidate[]): Candidate[] {
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
    if (entity.kind === 'place' && entity.first === entity.last) placeWords.add(tokens.keys[entity.first]);
    if (entity.source !== 'rule') continue;
    const learned: Learned = { kind: entity.kind, subtype: entity.subtype };
    learn(text.slice(tokens.start(entity.first), tokens.end(entity.last)), learned);
    const last = entity.last;
    if (entity.kind === 'place' && last > entity.first && PLACE_HEADS.has(tokens.keys[last])) {
      // "Panjshir Valley" -> "Panjshir"
      learn(text.slice(tokens.start(entity.first), tokens.end(last - 1)), learned);
      if (last - 1 === entity.first) placeWords.add(tokens.keys[entity.first]);
    }
    if (entity.kind === 'actor' && entity.subtype === 'person' && last > entity.first && isSurname(tokens, last)) learn(tokens.text(last), learned);
  }
  const found: Candidate[] = [];
  index.forEachMatch(tokens, (first, last, learned) => found.push(candidate(first, last, learned.kind, 'rule', Priority.propagated, learned.subtype)));
  found.push(...lowercasePlaces(tokens, placeWords));
  return found;
}

function isSurname(tokens: Tokens, i: number): boolean {
  const key = tokens.keys[i];
  return tokens.isWord(i) && tokens.shape(i) === Shape.Capitalised && tokens.textLength(i) >= 3 && !isCommonWord(key) && !isGivenName(key);
}

/** "panjshir valley": a known place written in lowercase, recognisable only by the feature word after it. */
function lowercasePlaces(tokens: Tokens, placeWords: ReadonlySet<string>): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens.shape(i) !== Shape.Lower || !placeWords.has(tokens.keys[i])) continue;
    if (tokens.shape(i + 1) === Shape.Lower && PLACE_NOUNS.has(tokens.keys[i + 1])) found.push(candidate(i, i, 'place', 'rule', Priority.propagated));
  }
  return found;
}
