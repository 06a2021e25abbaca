const ASCII_LETTERS = /^[\x00-\x7f]*$/;
const MARKS = /\p{M}/gu;
const cache = new Map<string, string>();
const CACHE_LIMIT = 50000;

/** Lowercase with diacritics removed, so "Kandahār", "KANDAHAR" and "kandahar" share one key. */
export function foldWord(word: string): string {
  if (ASCII_LETTERS.test(word)) return word.toLowerCase();
  let folded = cache.get(word);
  if (folded === undefined) {
    folded = word.normalize('NFD').replace(MARKS, '').toLowerCase();
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, folded);
  }
  return folded;
}

/** One spelling per punctuation mark: curly quotes, dashes and their look-alikes collapse. */
export function foldPunctuation(mark: string): string {
  switch (mark) {
    case '’':
    case '‘':
    case 'ʼ':
    case '`':
    case '´':
      return "'";
    case '–':
    case '—':
    case '‐':
    case '‑':
    case '−':
      return '-';
    case '“':
    case '”':
    case '„':
    case '«':
    case '»':
      return '"';
    default:
      return mark;
  }
}
