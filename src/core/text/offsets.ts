/** A half-open range of UTF-16 code units: `start` inclusive, `end` exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** Whole chunks are compared as strings first, which is many times faster than code unit by code unit on a 1 MB text. */
const CHUNK = 256;

export function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let length = 0;
  while (length + CHUNK <= limit && a.slice(length, length + CHUNK) === b.slice(length, length + CHUNK)) length += CHUNK;
  while (length < limit && a.charCodeAt(length) === b.charCodeAt(length)) length++;
  return length;
}

/** Length of the common suffix, never reaching into the first `reserved` code units of either string. */
export function commonSuffixLength(a: string, b: string, reserved = 0): number {
  const limit = Math.min(a.length, b.length) - reserved;
  let length = 0;
  while (length + CHUNK <= limit
    && a.slice(a.length - length - CHUNK, a.length - length) === b.slice(b.length - length - CHUNK, b.length - length)) length += CHUNK;
  while (length < limit && a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)) length++;
  return length;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Moves `offset` back by one when it would split a surrogate pair, so slices never hold half an emoji. */
export function snapBackToCodePoint(text: string, offset: number): number {
  const splitsPair = offset > 0 && offset < text.length
    && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
  return splitsPair ? offset - 1 : offset;
}

/** Moves `offset` forward by one when it would split a surrogate pair. */
export function snapForwardToCodePoint(text: string, offset: number): number {
  return snapBackToCodePoint(text, offset) === offset ? offset : offset + 1;
}
