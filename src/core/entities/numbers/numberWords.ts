/** Cardinal number words and their values. */
export const UNITS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

export const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Words that multiply what comes before them: "two hundred", "8.8 million", "$41bn". */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['bn', 1e9], ['mn', 1e6], ['mln', 1e6], ['tn', 1e12],
]);

/** Vague plural quantities, valued by ACLED's convention (tens = 10, dozens = 12, hundreds = 100). */
export const VAGUE_PLURALS: ReadonlyMap<string, { value: number; max: number }> = new Map([
  ['tens', { value: 10, max: 99 }],
  ['dozens', { value: 12, max: 99 }],
  ['scores', { value: 20, max: 99 }],
  ['hundreds', { value: 100, max: 999 }],
  ['thousands', { value: 1e3, max: 9999 }],
  ['millions', { value: 1e6, max: 9999999 }],
  ['billions', { value: 1e9, max: 9999999999 }],
]);

/** Vague multipliers before a scale word: "several thousand", "a few hundred". */
export const VAGUE_MULTIPLIERS: ReadonlyMap<string, { min: number; max: number }> = new Map([
  ['several', { min: 3, max: 9 }],
  ['few', { min: 2, max: 5 }],
  ['many', { min: 2, max: 9 }],
]);

export const DOZEN = 12;

/** Words for a share: "30 percent", "30 per cent". */
export const PERCENT_WORDS = new Set(['percent', 'pct']);

export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₴', 'UAH'], ['₽', 'RUB'], ['₹', 'INR'],
]);

/** Approximation words before a number, left out of the span but kept in `value.qualifier` (see the guidelines). */
export const QUALIFIERS: readonly (readonly string[])[] = [
  ['at', 'least'], ['at', 'most'], ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['up', 'to'],
  ['as', 'many', 'as'], ['as', 'few', 'as'], ['no', 'fewer', 'than'], ['no', 'less', 'than'], ['no', 'more', 'than'],
  ['close', 'to'], ['upwards', 'of'], ['in', 'excess', 'of'], ['an', 'estimated'], ['just', 'over'], ['just', 'under'],
  ['about'], ['around'], ['approximately'], ['roughly'], ['nearly'], ['almost'], ['over'], ['under'], ['some'],
  ['estimated'], ['circa'], ['exactly'],
].sort((a, b) => b.length - a.length);

/** What a qualifier says about the bounds of the number it qualifies. */
export function boundsOf(qualifier: string): 'min' | 'max' | undefined {
  if (/^(at least|more than|over|upwards of|in excess of|no fewer than|no less than|just over)$/.test(qualifier)) return 'min';
  if (/^(at most|less than|fewer than|up to|under|no more than|just under|as many as)$/.test(qualifier)) return 'max';
  return undefined;
}
