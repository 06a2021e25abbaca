/** More words than this make a phrase, not a name ("Islamic Revolutionary Guard Corps Quds Force" has 6). */
export const MAX_NAME_WORDS = 6;
const MAX_NAME_LENGTH = 80;
/** Marks that end or split a sentence, quote or list: a name has none. */
const SENTENCE_PUNCTUATION = /[!?;:,"“”„«»()[\]{}…]/u;
/** "St.", "Gen.", "U.N." inside a name. */
const ABBREVIATION = /^(\p{Lu}\p{L}{0,3}\.)+$/u;
/** "U.S." may end a name; any other final full stop ends a sentence. */
const INITIALS = /^(\p{L}\.){2,}$/u;

/**
 * Whether a selection could be a name worth adding to the gazetteer: one to six words on one line,
 * starting with a letter, without sentence punctuation; full stops only in abbreviations.
 */
export function isNameLike(selection: string): boolean {
  const text = selection.trim();
  if (text === '' || text.length > MAX_NAME_LENGTH || /[\r\n]/.test(text)) return false;
  if (!/^\p{L}/u.test(text) || SENTENCE_PUNCTUATION.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > MAX_NAME_WORDS) return false;
  return words.every((word, index) => {
    if (!word.includes('.')) return true;
    return index === words.length - 1 ? INITIALS.test(word) : ABBREVIATION.test(word);
  });
}
