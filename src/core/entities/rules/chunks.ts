import { Shape, type Tokens } from '../text/tokens';

/** A run of capitalised words that may be one name: "National Resistance Front of Afghanistan". */
export interface Chunk {
  readonly first: number;
  readonly last: number;
}

/** Lowercase words that stay inside a name: "al Qaeda", "Front of Afghanistan", "Lashkar-e-Taiba". */
const CONNECTORS = new Set(['al', 'el', 'ul', 'ud', 'ad', 'bin', 'ibn', 'bint', 'de', 'del', 'da', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'os', 'e', 'i', 'y', 'of', 'the']);
const MAX_GLUE = 3;

/** A capitalised or all-caps word; false outside the text. */
export function isNameWord(tokens: Tokens, i: number): boolean {
  if (!tokens.isWord(i)) return false;
  const shape = tokens.shape(i);
  return shape === Shape.Capitalised || shape === Shape.Upper;
}

/** A hyphen or apostrophe inside a word, but not the possessive "'s". */
function isInnerJoin(tokens: Tokens, i: number): boolean {
  if (!tokens.isPunct(i) || tokens.spaceBefore(i) || !tokens.has(i + 1) || tokens.spaceBefore(i + 1) || tokens.isPunct(i + 1)) return false;
  const key = tokens.keys[i];
  if (key === '-') return true;
  return key === "'" && tokens.keys[i + 1] !== 's';
}

function isGlue(tokens: Tokens, i: number): boolean {
  if (isInnerJoin(tokens, i)) return true;
  const key = tokens.keys[i];
  if (!tokens.isWord(i) || tokens.shape(i) !== Shape.Lower || !CONNECTORS.has(key)) return false;
  // "the" only in "of the": "Organisation of the Islamic Conference", not "told CNN the Taliban".
  return key !== 'the' || tokens.key(i - 1) === 'of';
}

/** The index of the name word that continues the chunk ending at `last`, or -1. */
function continuation(tokens: Tokens, last: number): number {
  const line = tokens.line(last);
  for (let j = last + 1; j <= last + 1 + MAX_GLUE && j < tokens.length; j++) {
    if (tokens.line(j) !== line || tokens.sentenceStart(j)) return -1;
    if (isNameWord(tokens, j)) return j;
    // "G7", "M23": digits written against a name.
    if (j === last + 1 && tokens.isDigits(j) && !tokens.spaceBefore(j)) return j;
    if (!isGlue(tokens, j)) return -1;
  }
  return -1;
}

/** Every maximal run of capitalised words, joined across connectors and inner hyphens, never across a line or sentence. */
export function findChunks(tokens: Tokens): Chunk[] {
  const chunks: Chunk[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens, i)) continue;
    let last = i;
    for (let next = continuation(tokens, last); next >= 0; next = continuation(tokens, last)) last = next;
    chunks.push({ first: i, last });
    i = last;
  }
  return chunks;
}
