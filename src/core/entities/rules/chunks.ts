import type { Token } from '../text/tokens';

/** A run of capitalised words that may be one name: "National Resistance Front of Afghanistan". */
export interface Chunk {
  readonly first: number;
  readonly last: number;
}

/** Lowercase words that stay inside a name: "al Qaeda", "Front of Afghanistan", "Lashkar-e-Taiba". */
const CONNECTORS = new Set(['al', 'el', 'ul', 'ud', 'ad', 'bin', 'ibn', 'bint', 'de', 'del', 'da', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'os', 'e', 'i', 'y', 'of', 'the']);
const MAX_GLUE = 3;

export function isNameWord(token: Token | undefined): boolean {
  return token !== undefined && token.type === 'word' && (token.shape === 'capitalised' || token.shape === 'upper');
}

/** A hyphen or apostrophe inside a word, but not the possessive "'s". */
function isInnerJoin(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (token.type !== 'punct' || token.spaceBefore || !next || next.spaceBefore || next.type === 'punct') return false;
  if (token.key === '-') return true;
  return token.key === "'" && next.key !== 's';
}

function isGlue(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (isInnerJoin(tokens, i)) return true;
  if (token.type !== 'word' || token.shape !== 'lower' || !CONNECTORS.has(token.key)) return false;
  // "the" only in "of the": "Organisation of the Islamic Conference", not "told CNN the Taliban".
  return token.key !== 'the' || tokens[i - 1]?.key === 'of';
}

/** The index of the name word that continues the chunk ending at `last`, or -1. */
function continuation(tokens: readonly Token[], last: number): number {
  const line = tokens[last].line;
  for (let j = last + 1; j <= last + 1 + MAX_GLUE && j < tokens.length; j++) {
    const token = tokens[j];
    if (token.line !== line || token.sentenceStart) return -1;
    if (isNameWord(token)) return j;
    // "G7", "M23": digits written against a name.
    if (j === last + 1 && token.type === 'digits' && !token.spaceBefore) return j;
    if (!isGlue(tokens, j)) return -1;
  }
  return -1;
}

/** Every maximal run of capitalised words, joined across connectors and inner hyphens, never across a line or sentence. */
export function findChunks(tokens: readonly Token[]): Chunk[] {
  const chunks: Chunk[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens[i])) continue;
    let last = i;
    for (let next = continuation(tokens, last); next >= 0; next = continuation(tokens, last)) last = next;
    chunks.push({ first: i, last });
    i = last;
  }
  return chunks;
}
