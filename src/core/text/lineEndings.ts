export const LINE_ENDINGS = ['LF', 'CRLF', 'mixed', 'none'] as const;
export type LineEnding = (typeof LINE_ENDINGS)[number];

export function detectLineEnding(text: string): LineEnding {
  let crlf = 0;
  let lf = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    if (index > 0 && text.charCodeAt(index - 1) === 0x0d) crlf++;
    else lf++;
    if (crlf > 0 && lf > 0) return 'mixed';
  }
  if (crlf > 0) return 'CRLF';
  return lf > 0 ? 'LF' : 'none';
}

/**
 * A text with its CRLF line breaks read as LF, and the offsets between both. Texts without CR pay nothing.
 */
export class CrlfAsLf {
  private constructor(
    readonly normalized: string,
    /** Offsets in the original text of each CR that precedes an LF. */
    private readonly crs: readonly number[],
  ) {}

  static of(text: string): CrlfAsLf {
    if (!text.includes('\r\n')) return new CrlfAsLf(text, []);
    const crs: number[] = [];
    for (let index = text.indexOf('\r\n'); index !== -1; index = text.indexOf('\r\n', index + 2)) crs.push(index);
    return new CrlfAsLf(text.replace(/\r\n/g, '\n'), crs);
  }

  /** How many of the CRs lie before `offset` of the original text. */
  private countBefore(offset: number): number {
    let low = 0;
    let high = this.crs.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.crs[middle] < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  toNormalized(offset: number): number {
    return this.crs.length === 0 ? offset : offset - this.countBefore(offset);
  }

  /** The original offset of a normalized one; at a line break, the offset before the CR. */
  toOriginal(offset: number): number {
    if (this.crs.length === 0) return offset;
    // The k-th CR (0-based) sits at normalized offset crs[k] - k, just before its LF.
    let low = 0;
    let high = this.crs.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.crs[middle] - middle < offset) low = middle + 1;
      else high = middle;
    }
    return offset + low;
  }

  crsBetween(start: number, end: number): number {
    return this.crs.length === 0 ? 0 : this.countBefore(end) - this.countBefore(start);
  }
}
