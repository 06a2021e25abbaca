import { canonicalClaim, compareClaims, type Claim } from './model';

/**
 * What a merge compares and takes as one: the place of a claim (anchor, quote and attention move
 * together, or a quote would end up at another claim's offsets) and each field the analyst edits.
 */
export const MERGED_FIELDS = [
  'place', 'claimant', 'category', 'status', 'actors', 'places', 'numbers', 'links', 'note', 'author', 'created',
] as const;
export type MergedField = (typeof MERGED_FIELDS)[number];

/** The same field changed two ways since the common base; the newer claim's value was kept. */
export interface MergeConflict {
  claimId: string;
  /** 'deleted': one side removed the claim, the other changed it; the changed claim was kept. */
  field: MergedField | 'deleted';
  ours: unknown;
  theirs: unknown;
  kept: 'ours' | 'theirs';
}

export interface MergedClaims {
  claims: Claim[];
  conflicts: MergeConflict[];
}

type Canonical = ReturnType<typeof canonicalClaim>;

function fieldOf(claim: Canonical, field: MergedField): unknown {
  return field === 'place' ? { anchor: claim.anchor, quote: claim.quote, attention: claim.attention } : claim[field];
}

function withField(claim: Canonical, field: MergedField, value: unknown): Canonical {
  if (field !== 'place') return { ...claim, [field]: value };
  const place = value as Pick<Canonical, 'anchor' | 'quote' | 'attention'>;
  return { ...claim, anchor: place.anchor, quote: place.quote, attention: place.attention };
}

/** canonicalClaim fixes key order, so equal values serialise alike. */
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const newer = (ours: Claim, theirs: Claim): 'ours' | 'theirs' => (theirs.modified > ours.modified ? 'theirs' : 'ours');

function withoutUndefined(claim: Canonical): Claim {
  return JSON.parse(JSON.stringify(claim)) as Claim;
}

/** Field by field: a field changed on one side only takes that change; changed both ways, the newer claim wins. */
function mergeClaim(base: Claim | undefined, ours: Claim, theirs: Claim, conflicts: MergeConflict[]): Claim {
  const [b, o, t] = [base && canonicalClaim(base), canonicalClaim(ours), canonicalClaim(theirs)];
  if (same(o, t)) return ours;
  const winner = newer(ours, theirs);
  let merged = o;
  for (const field of MERGED_FIELDS) {
    const [oursValue, theirsValue] = [fieldOf(o, field), fieldOf(t, field)];
    if (same(oursValue, theirsValue)) continue;
    const baseValue = b && fieldOf(b, field);
    if (b && same(oursValue, baseValue)) merged = withField(merged, field, theirsValue);
    else if (b && same(theirsValue, baseValue)) continue;
    else {
      conflicts.push({ claimId: ours.id, field, ours: oursValue, theirs: theirsValue, kept: winner });
      if (winner === 'theirs') merged = withField(merged, field, theirsValue);
    }
  }
  return withoutUndefined({ ...merged, modified: ours.modified > theirs.modified ? ours.modified : theirs.modified });
}

/**
 * Three-way merge of one article's claims by id, as two analysts (or two windows) changed them since a
 * common `base`: additions on both sides are kept, a removal applies unless the other side changed the
 * claim, and each field merges on its own. Without a base (undefined) every difference is a conflict,
 * settled by the newer `modified`. Never drops a claim that either side still has changed.
 */
export function mergeClaimSets(base: readonly Claim[] | undefined, ours: readonly Claim[], theirs: readonly Claim[]): MergedClaims {
  const byId = (claims: readonly Claim[] | undefined) => new Map((claims ?? []).map((claim) => [claim.id, claim]));
  const [baseById, oursById, theirsById] = [byId(base), byId(ours), byId(theirs)];
  const conflicts: MergeConflict[] = [];
  const merged: Claim[] = [];
  const ids = new Set([...oursById.keys(), ...theirsById.keys()]);
  for (const id of ids) {
    const [b, o, t] = [baseById.get(id), oursById.get(id), theirsById.get(id)];
    if (o && t) merged.push(mergeClaim(b, o, t, conflicts));
    else {
      const kept = (o ?? t)!;
      const removedByOther = base !== undefined && b !== undefined;
      if (!removedByOther) merged.push(kept);
      else if (!same(canonicalClaim(kept), canonicalClaim(b))) {
        merged.push(kept);
        conflicts.push({ claimId: id, field: 'deleted', ours: o ?? null, theirs: t ?? null, kept: o ? 'ours' : 'theirs' });
      }
    }
  }
  return { claims: merged.sort(compareClaims), conflicts };
}
