/**
 * Converts between the UTF-16 offsets the editor and sidecars use and the Unicode code point offsets that
 * brat and the W3C TextPositionSelector count. Only astral characters (emoji, some scripts) differ: each is
 * two UTF-16 code units and one code point.
 */
export interface CodePointIndex {
  toCodePoint(utf16Offset: number): number;
  toUtf16(codePointOffset: number): number;
  /** The text's length in code points. */
  readonly length: number;
}

const identity = (offset: number): number => offset;

export function codePointIndex(text: string): CodePointIndex {
  /** UTF-16 offsets of astral characters' high surrogates, ascending. */
  const astral: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) astral.push(index++);
    }
  }
  if (astral.length === 0) return { toCodePoint: identity, toUtf16: identity, length: text.length };
  /** How many astral characters start before `limit`, reading `at(i)` as the position of the i-th one. */
  const countBefore = (limit: number, at: (i: number) => number): number => {
    let low = 0;
    let high = astral.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (at(middle) < limit) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return {
    toCodePoint: (utf16Offset) => utf16Offset - countBefore(utf16Offset - 1, (i) => astral[i]),
    toUtf16: (codePointOffset) => codePointOffset + countBefore(codePointOffset, (i) => astral[i] - i),
    length: text.length - astral.length,
  };
}
