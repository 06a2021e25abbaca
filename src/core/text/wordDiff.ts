/**
 * The edits between two runs of changed lines, word by word: see textDiff.ts. Letter by letter only inside
 * a word that mostly stayed, a typo fixed.
 */
import { diffChars, diffWordsWithSpace, type Change } from 'diff';
import type { TextEdit } from './textEdits';

/** Words changed beyond this in one run of changed lines make it one replacement. */
const MAX_CHANGED_WORDS = 1_000;
/** A run of changed lines longer than this is one replacement: a word diff of it would cost too much. */
const MAX_WORD_DIFF_LENGTH = 50_000;
/** A replaced word this short is compared letter by letter, to tell a typo fixed from another word. */
const MAX_TYPO_WORD_LENGTH = 64;
/** Share of the letters a word must keep for its change to be a typo fixed rather than a new word. */
const TYPO_KEPT_SHARE = 0.6;

interface Replacement {
  /** Offset in the old text. */
  start: number;
  removed: string;
  added: string;
}

/** Each stretch of removed and added changes between two unchanged ones, as one replacement. */
function replacements(changes: readonly Change[], offset: number): Replacement[] {
  const found: Replacement[] = [];
  let oldOffset = offset;
  let pending: Replacement | undefined;
  for (const change of changes) {
    if (!change.added && !change.removed) {
      if (pending) found.push(pending);
      pending = undefined;
      oldOffset += change.value.length;
      continue;
    }
    pending ??= { start: oldOffset, removed: '', added: '' };
    if (change.removed) {
      pending.removed += change.value;
      oldOffset += change.value.length;
    } else {
      pending.added += change.value;
    }
  }
  if (pending) found.push(pending);
  return found;
}

const asEdit = ({ start, removed, added }: Replacement): TextEdit => ({ start, end: start + removed.length, newLength: added.length });

/** The edits turning `removed` into `added`, at `offset` of the old text: word by word when affordable. */
export function wordEdits(removed: string, added: string, offset: number): TextEdit[] {
  const whole = { start: offset, removed, added };
  if (removed.length === 0 || added.length === 0 || removed.length + added.length > MAX_WORD_DIFF_LENGTH) return [asEdit(whole)];
  const changes = diffWordsWithSpace(removed, added, { maxEditLength: MAX_CHANGED_WORDS });
  if (!changes) return [asEdit(whole)];
  return replacements(withoutChanceEqualities(changes), offset).flatMap(typoEdits);
}

/**
 * A rewritten sentence shares spaces and small words with the old one by chance. An unchanged stretch no
 * longer than the changes on both sides of it is taken as part of one change (diff-match-patch's semantic
 * cleanup), so that a claim's word kept by chance in the middle of a rewrite does not look untouched.
 */
function withoutChanceEqualities(changes: Change[]): Change[] {
  // Runs: an unchanged stretch, or the removed and added text between two unchanged stretches.
  interface Run { equal: string; removed: string; added: string; changed: boolean }
  const runs: Run[] = [];
  for (const change of changes) {
    const last = runs[runs.length - 1];
    if (!change.added && !change.removed) {
      runs.push({ equal: change.value, removed: '', added: '', changed: false });
    } else if (last?.changed) {
      if (change.removed) last.removed += change.value;
      else last.added += change.value;
    } else {
      runs.push({ equal: '', removed: change.removed ? change.value : '', added: change.added ? change.value : '', changed: true });
    }
  }
  const merged: Run[] = [];
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index];
    const before = merged[merged.length - 1];
    const after = runs[index + 1];
    const size = (changed: Run) => Math.max(changed.removed.length, changed.added.length);
    if (!run.changed && before?.changed && after?.changed && run.equal.length <= Math.min(size(before), size(after))) {
      before.removed += run.equal + after.removed;
      before.added += run.equal + after.added;
      index++;
      continue;
    }
    if (run.changed && before?.changed) {
      before.removed += run.removed;
      before.added += run.added;
      continue;
    }
    merged.push({ ...run });
  }
  return merged.flatMap((run): Change[] => (run.changed
    ? [
        ...(run.removed ? [{ value: run.removed, added: false, removed: true, count: 1 }] : []),
        ...(run.added ? [{ value: run.added, added: true, removed: false, count: 1 }] : []),
      ]
    : [{ value: run.equal, added: false, removed: false, count: 1 }]));
}

/**
 * A replacement letter by letter when it fixes a typo ("militnts" to "militants" keeps the claim's span,
 * with one letter inserted), else whole. Unrelated words always share a few letters, which must not make
 * a deleted claim look edited.
 */
function typoEdits(replacement: Replacement): TextEdit[] {
  const { start, removed, added } = replacement;
  const longest = Math.max(removed.length, added.length);
  if (removed.length === 0 || added.length === 0 || longest > MAX_TYPO_WORD_LENGTH) return [asEdit(replacement)];
  const changes = diffChars(removed, added);
  const kept = changes.reduce((sum, change) => (change.added || change.removed ? sum : sum + change.value.length), 0);
  return kept < TYPO_KEPT_SHARE * longest ? [asEdit(replacement)] : replacements(changes, start).map(asEdit);
}
