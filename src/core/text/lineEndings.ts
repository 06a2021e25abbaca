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
