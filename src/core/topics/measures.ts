import type { Claim, ClaimNumber, Measure } from '../claims/model';

/** Words right after a figure that say what it counts: "40 Taliban were killed", "35 injured". */
const MEASURE_WORDS: ReadonlyArray<[RegExp, Measure]> = [
  [/\b(?:killed|dead|died|deaths?|slain|lost their lives|fatalities|bodies|martyred|perished)\b/iu, 'killed'],
  [/\b(?:wounded|injured|injuries|hurt|casualties)\b/iu, 'wounded'],
  [/\b(?:captured|taken prisoner|prisoners?|detained|surrendered|arrested)\b/iu, 'captured'],
  [/\b(?:missing|unaccounted)\b/iu, 'missing'],
  [/\b(?:displaced|fled|refugees|evacuated)\b/iu, 'displaced'],
];
/** How far after a figure its measure word may stand, and never past the next figure. */
const REACH = 60;

/** The measure the analyst set, else one read from the words after the figure in the claim's quote. */
export function measureOf(claim: Claim, index: number): Measure | undefined {
  const number = claim.numbers[index];
  return number.measure ?? inferMeasure(claim, number, claim.numbers[index + 1]);
}

function inferMeasure(claim: Claim, number: ClaimNumber, next: ClaimNumber | undefined): Measure | undefined {
  const from = number.end - claim.anchor.start;
  const to = Math.min(from + REACH, next ? next.start - claim.anchor.start : Infinity);
  if (from < 0 || from > claim.quote.exact.length) return undefined;
  const after = claim.quote.exact.slice(from, to);
  return MEASURE_WORDS.find(([pattern]) => pattern.test(after))?.[1];
}
