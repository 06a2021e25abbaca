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

/** Case rules by their two-bit codes, so phrases written alike share one list. */
const CASE_RULES: readonly CaseRule[] = ['any', 'capital', 'upper'];
const MAX_SHARED_CASES = 15;
const sharedLists = new Map<number, readonly CaseRule[]>();

/** A list equal to `cases`, shared with every phrase written alike: a gazetteer has thousands of phrases and a few dozen patterns. */
export function sharedCases(cases: CaseRule[]): readonly CaseRule[] {
  if (cases.length > MAX_SHARED_CASES) return cases;
  let code = 1;
  for (const rule of cases) code = code * 4 + CASE_RULES.indexOf(rule);
  let found = sharedLists.get(code);
  if (!found) sharedLists.set(code, (found = cases));
  return found;
}
