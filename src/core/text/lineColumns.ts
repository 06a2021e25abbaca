/** A zero-based line and UTF-16 column, as editors count them. */
export interface LineColumn {
  line: number;
  character: number;
}

/** Where `offset` falls in `text`; `\r\n` and `\n` both end a line. */
export function lineColumnAt(text: string, offset: number): LineColumn {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let line = 0;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < clamped; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, character: clamped - lineStart };
}
