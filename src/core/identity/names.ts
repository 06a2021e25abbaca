/**
 * Comparing names as analysts meet them: in several transliterations (Dashti, Dasti, Dashty; Massoud,
 * Masoud, Masood), with or without the given name, in full or as an acronym.
 */

/** Lower case without accents, apostrophes or a leading "the", spaces collapsed: "the Taliban's" and "Taliban's" compare equal. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʿʾ]/gu, '')
    .replace(/[^\p{L}\p{Nd}]+/gu, ' ')
    .trim()
    .replace(/^the\s+/u, '');
}

const wordsOf = (name: string): string[] => foldName(name).split(' ').filter(Boolean);

/**
 * A key equal for spellings of one word in different transliterations: digraphs folded (sh→s, kh→k, ph→f),
 * doubled letters single, y/w read as vowels, and the vowels after the first letter dropped.
 */
export function phoneticKey(word: string): string {
  let key = foldName(word).replace(/\s+/gu, '');
  key = key
    .replace(/sch|sh|ch/gu, 's')
    .replace(/zh/gu, 'z')
    .replace(/kh|q|ck|c(?=[aou])|gh(?=\p{L})/gu, (match) => (match.startsWith('g') ? 'g' : 'k'))
    .replace(/ph/gu, 'f')
    .replace(/th/gu, 't')
    .replace(/dh/gu, 'd')
    .replace(/j/gu, 'dz')
    .replace(/w/gu, 'v')
    .replace(/y/gu, 'i')
    .replace(/(\p{L})\1+/gu, '$1');
  const first = key.charAt(0);
  return first + key.slice(1).replace(/[aeiou]+/gu, '');
}

/** Levenshtein distance, for the short strings names are. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** Two spellings of one word: the same transliteration key and few edits apart (a third of the longer word). */
export function sameWord(a: string, b: string): boolean {
  const x = foldName(a);
  const y = foldName(b);
  if (x === y) return true;
  if (x.length < 4 || y.length < 4) return false;
  return phoneticKey(x) === phoneticKey(y) && editDistance(x, y) <= Math.ceil(Math.max(x.length, y.length) / 3);
}

export type NameRelation = 'same' | 'spelling' | 'surname' | 'acronym';

/** Initials of the capitalised words of a name: "National Resistance Front" → "nrf". */
function initials(name: string): string {
  return name
    .split(/[\s-]+/u)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join('')
    .toLowerCase();
}

const isAcronym = (name: string): boolean => /^\p{Lu}{2,6}$/u.test(name.trim());

/**
 * How two names may refer to one claimant: the same once folded, spellings of the same words, one the
 * other's surname (a single word matching the last word of a longer name), or one the other's acronym.
 */
export function relateNames(a: string, b: string): NameRelation | undefined {
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (x.length === 0 || y.length === 0) return undefined;
  if (x.join(' ') === y.join(' ')) return 'same';
  if (x.length === y.length && x.every((word, index) => sameWord(word, y[index]))) return 'spelling';
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (short.length === 1 && long.length <= 4 && short[0].length >= 4 && sameWord(short[0], long[long.length - 1])) return 'surname';
  const [acronym, full] = isAcronym(a) ? [a, b] : isAcronym(b) ? [b, a] : [];
  if (acronym && full && !isAcronym(full) && initials(full) === acronym.toLowerCase()) return 'acronym';
  return undefined;
}
