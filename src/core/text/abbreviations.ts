/**
 * Words written with a period that ends no sentence ("Gen. Dostum", "Sept. 2", "approx. 40"), lower case:
 * the one list both the recognizer's tokenizer and the sentence splitter of claimant suggestions use.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'capt', 'cpt', 'sgt', 'cpl', 'maj', 'brig', 'adm', 'cmdr', 'gov',
  'sen', 'rep', 'pres', 'rev', 'st', 'jr', 'sr', 'no', 'vol', 'vs', 'etc', 'inc', 'ltd', 'co', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'fig',
]);
