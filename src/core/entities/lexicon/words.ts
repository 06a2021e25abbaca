import { COMMON_WORDS } from '../data/commonWords.generated';
import { type SerializedWordTable, WordTable } from '../matcher/wordTable';

function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/));
}

/** What isCommonWord asks of the word list. */
interface WordLookup {
  has(key: string): boolean;
}

let common: WordLookup | undefined;

/** Decodes the generated front-coded list (see scripts/gazetteer/generate.mjs). */
function frontDecoded(coded: string): string[] {
  const words: string[] = [];
  let previous = '';
  for (const item of coded.split(' ')) {
    previous = previous.slice(0, parseInt(item[0], 36)) + item.slice(1);
    words.push(previous);
  }
  return words;
}

/** The common words as a table serialised at build time, which loads at once where decoding the list takes milliseconds. */
export function provideSerializedCommonWords(data: SerializedWordTable): void {
  const table = WordTable.deserialize(data);
  common = { has: (key) => table.find(key) >= 0 };
}

/** The common words as a word table, for serialising at build time. */
export function commonWordTable(): WordTable {
  const words = frontDecoded(COMMON_WORDS);
  const list = words.join(' ');
  const spans: number[] = [];
  let start = 0;
  for (const word of words) {
    spans.push(start, start + word.length);
    start += word.length + 1;
  }
  const table = new WordTable();
  table.addSpans(list, spans);
  return table;
}

/** Frequent English words (folded), with their plurals: capitalised at a sentence start they are not names. */
export function isCommonWord(key: string): boolean {
  common ??= new Set(frontDecoded(COMMON_WORDS));
  if (common.has(key)) return true;
  if (key.length < 4 || !key.endsWith('s')) return false;
  // "rescuers", "activists", "casualties": the word list holds singulars of the less frequent words.
  return common.has(key.slice(0, -1)) || (key.endsWith('ies') && common.has(key.slice(0, -3) + 'y')) || (key.endsWith('es') && common.has(key.slice(0, -2)));
}

export const MONTHS = wordSet(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec`);

export const WEEKDAYS = wordSet('monday tuesday wednesday thursday friday saturday sunday');

/** Capitalised words that are never names on their own. */
export const NEVER_NAMES = wordSet(`
  the a an and or but if of in on at to for from by with as this that these those there here
  he she it we they i you his her its our their my your
  mr mrs ms dr god allah islam christianity judaism christmas ramadan eid easter
  english arabic russian ukrainian persian dari pashto french spanish chinese
  internet web covid coronavirus
  read also related articles photo photos video videos image images file source sources update breaking
  live exclusive opinion analysis editorial comment comments advertisement
  am pm gmt utc`);

export function isCalendarWord(key: string): boolean {
  return MONTHS.has(key) || WEEKDAYS.has(key);
}

export { wordSet };
