import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { mergeClaimSets, type MergeConflict } from '../../core/claims/merge';
import type { Claim } from '../../core/claims/model';
import { createSidecar, parseSidecar, serializeSidecar, type DocumentInfo, type Sidecar } from '../../core/claims/sidecar';
import { problemText } from '../../core/validation/problemMessage';
import { EXIT, usageError, type CliCommand } from '../command';
import type { CliIo } from '../io';

const show = (value: unknown): string => {
  const text = JSON.stringify(value) ?? 'nothing';
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
};

/** The line a conflict adds to the claim's note: visible in the editor, valid in the format, nothing lost. */
export function conflictNote(conflict: MergeConflict): string {
  if (conflict.field === 'deleted') {
    return l10n.t('[merge conflict] removed on one branch, changed on the other: the changed claim was kept. Remove it again if it should go, then delete this line.');
  }
  const [kept, other] = conflict.kept === 'ours' ? [conflict.ours, conflict.theirs] : [conflict.theirs, conflict.ours];
  const otherSide = conflict.kept === 'ours' ? l10n.t('theirs') : l10n.t('ours');
  return l10n.t('[merge conflict] {0}: kept {1} from {2}, the newer change; {3} had {4}. Settle it, then delete this line.',
    conflict.field, show(kept), conflict.kept === 'ours' ? l10n.t('ours') : l10n.t('theirs'), otherSide, show(other));
}

/** Conflicts recorded in the notes of their claims. */
export function recordConflicts(claims: readonly Claim[], conflicts: readonly MergeConflict[]): Claim[] {
  return claims.map((claim) => {
    const lines = conflicts.filter((conflict) => conflict.claimId === claim.id).map(conflictNote);
    return lines.length === 0 ? claim : { ...claim, note: [claim.note, ...lines].filter(Boolean).join('\n') };
  });
}

/** Each document field from the side that changed it; both changed it: ours (the article merges on its own). */
function mergeDocument(base: DocumentInfo | undefined, ours: DocumentInfo, theirs: DocumentInfo): DocumentInfo {
  const merged: Record<string, unknown> = { ...ours };
  const keys = new Set([...Object.keys(ours), ...Object.keys(theirs)]) as Set<keyof DocumentInfo>;
  for (const key of keys) {
    const oursUnchanged = base !== undefined && JSON.stringify(ours[key]) === JSON.stringify(base[key]);
    if (!oursUnchanged) continue;
    if (theirs[key] === undefined) delete merged[key];
    else merged[key] = theirs[key];
  }
  return merged as DocumentInfo;
}

/**
 * A claim placed on the other branch's longer article, kept for the analyst inside this one's length and
 * marked for review (it keeps its quote), so the merged file stays a valid sidecar.
 */
function withinArticle(claim: Claim, length: number): Claim {
  if (claim.anchor.end <= length || length === 0) return claim;
  const end = length;
  const start = Math.min(claim.anchor.start, end - 1);
  const reason = l10n.t('merged from a branch where the article was longer: find it again and confirm');
  return { ...claim, anchor: { start, end }, attention: claim.attention ?? { state: 'needs-review', reason } };
}

export interface DriverResult {
  /** What to write over ours; undefined: leave ours as it is. */
  text?: string;
  conflicts: MergeConflict[];
  error?: string;
}

function read(label: string, text: string): Sidecar | string {
  const parsed = parseSidecar(text);
  return parsed.ok ? parsed.sidecar : l10n.t('{0} is not a valid sidecar: {1}', label, parsed.problems[0] ? problemText(parsed.problems[0].message) : '');
}

/** The merge of three sidecar texts; an empty or invalid base counts as none (both added the file). */
export function mergeSidecarTexts(baseText: string, oursText: string, theirsText: string): DriverResult {
  const ours = read(l10n.t('ours'), oursText);
  const theirs = read(l10n.t('theirs'), theirsText);
  if (typeof ours === 'string' || typeof theirs === 'string') return { conflicts: [], error: typeof ours === 'string' ? ours : theirs as string };
  const base = baseText.trim() === '' ? undefined : read(l10n.t('base'), baseText);
  const baseSidecar = typeof base === 'string' ? undefined : base;
  const { claims, conflicts } = mergeClaimSets(baseSidecar?.claims, ours.claims, theirs.claims);
  const document = mergeDocument(baseSidecar?.document, ours.document, theirs.document);
  const text = serializeSidecar(createSidecar(document, recordConflicts(claims, conflicts).map((claim) => withinArticle(claim, document.length))));
  const check = parseSidecar(text);
  if (!check.ok) return { conflicts, error: l10n.t('the merged claims are not a valid sidecar: {0}', check.problems[0] ? problemText(check.problems[0].message) : '') };
  return { text, conflicts };
}

export const mergeDriverCommand: CliCommand = {
  summary: () => l10n.t('git merge driver for sidecars: merges claims by id, field by field'),
  help: () => l10n.t(`Usage: claimlens merge-driver BASE OURS THEIRS

A git merge driver for *.claims.json (git passes %O %A %B). Merges the two branches' claims by id,
field by field, and writes a valid sidecar over OURS, never conflict markers. A field changed two
ways since BASE keeps the newer claim's value, and the claim's note gets a line starting
"[merge conflict]" naming the field and the other value.

Set up, in the repository:
  .gitattributes:  *.claims.json merge=claimlens
  git config merge.claimlens.name "Claim Lens sidecar merge"
  git config merge.claimlens.driver "npx claimlens merge-driver %O %A %B"

Exit status: 0 merged cleanly, 1 merged with conflicts recorded in notes (or OURS/THEIRS invalid:
OURS left as it is), 2 on a usage error.
`),
  options: {},
  async run({ positionals }, io: CliIo) {
    if (positionals.length !== 3) throw usageError(l10n.t('Expected three files: BASE OURS THEIRS.'));
    const [baseFile, oursFile, theirsFile] = positionals.map((file) => path.resolve(io.cwd(), file));
    const result = mergeSidecarTexts(io.readFile(baseFile), io.readFile(oursFile), io.readFile(theirsFile));
    if (result.text === undefined) {
      io.stderr(`claimlens merge-driver: ${result.error}\n`);
      return EXIT.failed;
    }
    io.writeFile(oursFile, result.text);
    for (const conflict of result.conflicts) io.stderr(l10n.t('claimlens merge-driver: conflict on claim {0}: {1}', conflict.claimId, conflict.field) + '\n');
    return result.conflicts.length === 0 ? EXIT.ok : EXIT.failed;
  },
};
