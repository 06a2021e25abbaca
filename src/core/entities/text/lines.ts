import { SENTENCE_END } from './tokenize';
import { Shape, type Tokens } from './tokens';

export interface Line {
  /** Most longer words are capitalised: a headline, a caption, a byline. */
  readonly titleCase: boolean;
  /** Most words are in capitals: capitals say nothing about acronyms here. */
  readonly allCaps: boolean;
}

/** How each line of the tokenized text is written. */
export function describeLines(tokens: Tokens): Line[] {
  const count = tokens.length === 0 ? 1 : tokens.line(tokens.length - 1) + 1;
  const longWords = new Uint32Array(count);
  const capitalised = new Uint32Array(count);
  const words = new Uint32Array(count);
  const upper = new Uint32Array(count);
  /** The line ends like a sentence: a period (or a quote after one) after a lowercase word somewhere. */
  const sentenceLike = new Uint8Array(count);
  for (let i = 0; i < tokens.length; i++) {
    const line = tokens.line(i);
    if (tokens.isPunct(i) && SENTENCE_END.has(tokens.keys[i]) && tokens.line(i + 1) !== line) sentenceLike[line] = 1;
    const shape = tokens.shape(i);
    if (!tokens.isWord(i) || shape === Shape.Caseless) continue;
    words[line]++;
    if (shape === Shape.Upper) upper[line]++;
    if (tokens.textLength(i) >= 4) {
      longWords[line]++;
      if (shape !== Shape.Lower) capitalised[line]++;
    }
  }
  const lines: Line[] = [];
  for (let i = 0; i < count; i++) {
    const allCaps = words[i] >= 3 && upper[i] / words[i] >= 0.6;
    // A headline capitalises its words and has no final period; a sentence full of names still has one.
    const headline = longWords[i] >= 3 && capitalised[i] / longWords[i] >= 0.7 && !(sentenceLike[i] && capitalised[i] < longWords[i]);
    lines.push({ titleCase: allCaps || headline, allCaps });
  }
  return lines;
}
