/** Texts up to this size are read whole, so a name found once is found everywhere in them. */
const WHOLE_TEXT_LIMIT = 256 * 1024;
const SEGMENT_SIZE = 128 * 1024;
const SEARCH_WINDOW = 32 * 1024;

function isBoundary(code: number): boolean {
  // Whitespace and ASCII punctuation other than hyphens, dots and apostrophes, which may sit inside names and numbers.
  return code <= 32 || code === 0x2028 || code === 0x2029 || (code < 128 && !/[\w.'-]/.test(String.fromCharCode(code)));
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Where the segment starting at `start` should end: a line break, else a space or punctuation, else anywhere safe. */
function segmentEnd(text: string, start: number): number {
  const target = start + SEGMENT_SIZE;
  if (target + SEARCH_WINDOW >= text.length) return text.length;
  const newline = text.indexOf('\n', target);
  if (newline >= 0 && newline < target + SEARCH_WINDOW) return newline + 1;
  for (let i = target; i < target + SEARCH_WINDOW; i++) if (isBoundary(text.charCodeAt(i))) return i + 1;
  return isLowSurrogate(text.charCodeAt(target)) ? target + 1 : target;
}

/**
 * Cuts a large text into segments of about 128 KB at line breaks (or spaces, or punctuation), so the
 * memory a recognition needs stays bounded however long the text or its lines are, and fewer tokens outlive
 * the young generation of the garbage collector. News articles are far shorter and are read whole.
 */
export function segments(text: string): { start: number; end: number }[] {
  if (text.length <= WHOLE_TEXT_LIMIT) return [{ start: 0, end: text.length }];
  const found: { start: number; end: number }[] = [];
  for (let start = 0; start < text.length; ) {
    const end = segmentEnd(text, start);
    found.push({ start, end });
    start = end;
  }
  return found;
}
