import { tokenize } from '../text/tokenize';
import type { Tokens } from '../text/tokens';
import { type CaseRule, caseRuleOf } from './caseRules';

/** The folded words of a phrase and what each requires of its capitalisation. */
export interface PhraseWords {
  readonly keys: string[];
  readonly cases: CaseRule[];
}

const PLAIN_PHRASE = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
const SINGLE_CAPITALISED = /^[A-Z][a-z]+$/;

/** One capitalised ASCII word, "Kabul": most names. */
export function isSingleCapitalised(word: string): boolean {
  return SINGLE_CAPITALISED.test(word);
}

/** Hyphens and apostrophes inside a word ("Jabal-os-Saraj", "Kramators'k") may be written or left out. */
export function isSkippableJoin(tokens: Tokens, i: number): boolean {
  if (!tokens.isPunct(i) || tokens.spaceBefore(i)) return false;
  const key = tokens.keys[i];
  if (key !== '-' && key !== "'") return false;
  return tokens.has(i + 1) && !tokens.spaceBefore(i + 1) && !tokens.isPunct(i + 1);
}

/** The words of a phrase, or undefined when it has none or opens with a mark. */
export function phraseWords(phrase: string): PhraseWords | undefined {
  return plainWords(phrase) ?? tokenWords(phrase);
}

/**
 * ASCII words separated by single spaces, the common case, read with a regular expression and split: the
 * index is built once, mostly before its code is optimised, and built-ins run at full speed from the start.
 */
function plainWords(phrase: string): PhraseWords | undefined {
  if (!PLAIN_PHRASE.test(phrase)) return undefined;
  const keys: string[] = [];
  const cases: CaseRule[] = [];
  for (const word of phrase.split(' ')) {
    keys.push(word.toLowerCase());
    cases.push(word.length > 1 && word === word.toUpperCase() ? 'upper' : word[0] === word[0].toLowerCase() ? 'any' : 'capital');
  }
  return { keys, cases };
}

/** Any other phrase, read by the tokenizer as the text will be. */
function tokenWords(phrase: string): PhraseWords | undefined {
  const tokens = tokenize(phrase);
  if (tokens.length === 0 || tokens.isPunct(0)) return undefined;
  const keys: string[] = [];
  const cases: CaseRule[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (isSkippableJoin(tokens, i)) continue;
    keys.push(tokens.keys[i]);
    cases.push(caseRuleOf(tokens.shape(i)));
  }
  return { keys, cases };
}
