import type { Tokens } from '../text/tokens';

export type WordSequence = readonly string[];

/**
 * Word sequences ("according to", "at least") grouped by their last word, so a rule looking for one before
 * a span checks only those that end with the word it finds there.
 */
export class SequencesByLastWord {
  private readonly groups = new Map<string, WordSequence[]>();

  /** `sequences` in order of precedence. */
  constructor(sequences: readonly WordSequence[]) {
    for (const sequence of sequences) {
      const last = sequence[sequence.length - 1];
      const group = this.groups.get(last);
      if (group) group.push(sequence);
      else this.groups.set(last, [sequence]);
    }
  }

  /** The first sequence, in order of precedence, whose folded words the tokens spell ending at token `last`. */
  firstEndingAt(tokens: Tokens, last: number): WordSequence | undefined {
    const key = tokens.key(last);
    const group = key === undefined ? undefined : this.groups.get(key);
    if (!group) return undefined;
    for (const sequence of group) if (spells(tokens, sequence, last - sequence.length + 1)) return sequence;
    return undefined;
  }
}

function spells(tokens: Tokens, sequence: WordSequence, start: number): boolean {
  if (start < 0) return false;
  for (let k = 0; k < sequence.length; k++) if (tokens.keys[start + k] !== sequence[k]) return false;
  return true;
}
