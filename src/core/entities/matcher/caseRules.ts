import { Shape, type Tokens } from '../text/tokens';

/** What a phrase requires of each matched word's capitalisation. */
export type CaseRule = 'any' | 'capital' | 'upper';

export function caseRuleOf(shape: Shape): CaseRule {
  if (shape === Shape.Upper) return 'upper';
  if (shape === Shape.Capitalised) return 'capital';
  return 'any';
}

function caseAllows(rule: CaseRule, tokens: Tokens, i: number): boolean {
  switch (rule) {
    case 'any':
      return true;
    case 'capital':
      return tokens.shape(i) !== Shape.Lower;
    case 'upper':
      // "Nato" for "NATO" is house style in many papers; "Un" for "UN" is never meant.
      return tokens.shape(i) === Shape.Upper || (tokens.textLength(i) >= 4 && tokens.shape(i) === Shape.Capitalised);
  }
}

/** Whether the tokens at `path` (one per rule) are written as `cases` requires; undefined allows any case. */
export function fits(cases: readonly CaseRule[] | undefined, tokens: Tokens, path: readonly number[]): boolean {
  if (!cases) return true;
  for (let k = 0; k < cases.length; k++) if (!caseAllows(cases[k], tokens, path[k])) return false;
  return true;
}

const sharedLists = new Map<string, readonly CaseRule[]>();

/** A list equal to `cases`, shared with every phrase written alike: a gazetteer has thousands of phrases and a few dozen patterns. */
export function sharedCases(cases: CaseRule[]): readonly CaseRule[] {
  const pattern = cases.join(' ');
  let found = sharedLists.get(pattern);
  if (!found) sharedLists.set(pattern, (found = cases));
  return found;
}
