import { ABBREVIATIONS } from './abbreviations';
import type { TextRange } from './offsets';

export interface Sentence extends TextRange {
  /** Counts blank-line paragraph breaks from the start of the examined window. */
  paragraph: number;
}

const BOUNDARY = /(?:\r?\n[ \t]*){2,}|[.!?…]+["”’'»)\]]*(?=\s)/gu;
const SENTENCE_OPENER = /^\s+["“‘'(«]?[\p{Lu}\p{Nd}]/u;

function endsWithAbbreviation(textBeforePeriod: string): boolean {
  const word = /(?:^|[^\p{L}.])([\p{L}.]+)$/u.exec(textBeforePeriod)?.[1];
  if (!word) return false;
  return ABBREVIATIONS.has(word.toLowerCase()) || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word);
}

/**
 * Sentences of `text` overlapping `[range.start - reach, range.end + reach)`; only that window is read, so
 * the cost does not grow with the article. The first and last sentences may be cut by the window.
 */
export function sentencesAround(text: string, range: TextRange, reach: number): Sentence[] {
  const windowStart = Math.max(0, range.start - reach);
  const window = text.slice(windowStart, Math.min(text.length, range.end + reach));
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let sentenceStart = 0;
  const close = (end: number): void => {
    let start = sentenceStart;
    while (start < end && /\s/.test(window[start])) start++;
    while (end > start && /\s/.test(window[end - 1])) end--;
    if (end > start) sentences.push({ start: windowStart + start, end: windowStart + end, paragraph });
  };
  for (const boundary of window.matchAll(BOUNDARY)) {
    const isParagraphBreak = boundary[0].includes('\n');
    if (!isParagraphBreak) {
      const opensSentence = SENTENCE_OPENER.test(window.slice(boundary.index + boundary[0].length, boundary.index + boundary[0].length + 8));
      const period = boundary[0] === '.';
      if (!opensSentence || (period && endsWithAbbreviation(window.slice(Math.max(0, boundary.index - 12), boundary.index)))) continue;
    }
    close(isParagraphBreak ? boundary.index : boundary.index + boundary[0].length);
    sentenceStart = boundary.index + boundary[0].length;
    if (isParagraphBreak) paragraph++;
  }
  close(window.length);
  return sentences;
}
