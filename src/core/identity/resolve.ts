import * as l10n from '@vscode/l10n';
import { foldName, relateNames, type NameRelation } from './names';
import type { Identities, IdentityClaimant, Side } from './schema';

/** A claimant as the Claims view groups it: one key for all its spellings, the name to show, its side. */
export interface ResolvedClaimant {
  key: string;
  label: string;
  side?: string;
}

/** What resolution needs of a claim's claimant; a sidecar's `Claimant` fits. */
export interface ClaimantLike {
  name: string;
  affiliation?: string;
  side?: string;
}

const namesOf = (entry: { name: string; aliases?: readonly string[] }): string[] => [entry.name, ...(entry.aliases ?? [])];

/** The identity whose name or alias is `name` once folded (case, accents, a leading "the"). */
export function identityOf(identities: Identities, name: string): IdentityClaimant | undefined {
  const folded = foldName(name);
  if (!folded) return undefined;
  return identities.claimants.find((entry) => namesOf(entry).some((alias) => foldName(alias) === folded));
}

/** The side `name` belongs to: a side's own name or member, the side of a known claimant, or of the acronym of either. */
export function sideOf(identities: Identities, name: string | undefined): string | undefined {
  if (!name) return undefined;
  const folded = foldName(name);
  if (!folded) return undefined;
  const direct = identities.sides.find((side) => [side.name, ...(side.members ?? [])].some((member) => foldName(member) === folded));
  if (direct) return direct.name;
  const identity = identityOf(identities, name);
  if (identity?.side) return sideOf(identities, identity.side) ?? identity.side;
  if (identity && identity.name !== name) {
    const viaName = sideOf(identities, identity.name);
    if (viaName) return viaName;
  }
  const related = identities.sides.find((side) =>
    [side.name, ...(side.members ?? [])].some((member) => relateNames(member, name) === 'acronym'));
  return related?.name;
}

/**
 * One claimant however it is spelled: the identity naming it (by name or alias) gives the key, the label
 * and the side; else the claimant's own name, with the side it carries or that of its affiliation.
 */
export function resolveClaimant(identities: Identities, claimant: ClaimantLike): ResolvedClaimant {
  const identity = identityOf(identities, claimant.name);
  const label = identity?.name ?? claimant.name;
  const side = (identity?.side && (sideOf(identities, identity.side) ?? identity.side))
    ?? sideOf(identities, label)
    ?? (claimant.side && (sideOf(identities, claimant.side) ?? claimant.side))
    ?? sideOf(identities, claimant.affiliation);
  return { key: foldName(label), label, ...(side && { side }) };
}

export interface MergeProposal {
  /** The name to keep (the longer, more complete one) and the one to file under it. */
  names: [keep: string, alias: string];
  /** Why, for the analyst: see mergeReason. */
  relation: Exclude<NameRelation, 'same'>;
}

/** '"Karimi" may be the surname of "Bilal Karimi"' */
export function mergeReason({ names: [keep, alias], relation }: MergeProposal): string {
  switch (relation) {
    case 'spelling':
      return l10n.t('"{0}" looks like another spelling of "{1}"', alias, keep);
    case 'surname':
      return l10n.t('"{0}" may be the surname of "{1}"', alias, keep);
    case 'acronym':
      return l10n.t('"{0}" may be the acronym of "{1}"', alias, keep);
  }
}

const isRejected = (identities: Identities, a: string, b: string): boolean =>
  identities.distinct.some(([x, y]) => (foldName(x) === foldName(a) && foldName(y) === foldName(b)) || (foldName(x) === foldName(b) && foldName(y) === foldName(a)));

/** The fuller of two names: more words, then more letters, then the first in code-unit order. */
function fuller(a: string, b: string): [string, string] {
  const words = (name: string) => name.trim().split(/\s+/u).length;
  const rank = words(b) - words(a) || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
  return rank > 0 ? [b, a] : [a, b];
}

/**
 * Pairs of names that may be one claimant: spellings, a surname and a full name, an acronym and a name.
 * Names already one identity and pairs the analyst rejected (`distinct`) are left out. A surname matching
 * several full names is proposed for none: the analyst decides. Quadratic in the names, which are the
 * claimants of a workspace (hundreds, not millions).
 */
export function proposeMerges(names: readonly string[], identities: Identities = { claimants: [], sides: [], distinct: [] }): MergeProposal[] {
  const unique = [...new Map(names.map((name) => [foldName(name), name.trim()])).values()].filter(Boolean);
  const found: MergeProposal[] = [];
  const surnameMatches = new Map<string, string[]>();
  for (let i = 0; i < unique.length; i++) {
    for (let j = i + 1; j < unique.length; j++) {
      const relation = relateNames(unique[i], unique[j]);
      if (!relation || relation === 'same') continue;
      const [keep, alias] = fuller(unique[i], unique[j]);
      const sameIdentity = identityOf(identities, keep) !== undefined && identityOf(identities, keep) === identityOf(identities, alias);
      if (sameIdentity || isRejected(identities, keep, alias)) continue;
      if (relation === 'surname') surnameMatches.set(foldName(alias), [...(surnameMatches.get(foldName(alias)) ?? []), keep]);
      found.push({ names: [keep, alias], relation });
    }
  }
  // One person may be spelled several ways; two people sharing the surname make it ambiguous.
  const onePerson = (fullNames: readonly string[]): boolean =>
    fullNames.every((a) => fullNames.every((b) => a === b || (relateNames(a, b) === 'spelling' && !isRejected(identities, a, b))));
  return found.filter((proposal) => proposal.relation !== 'surname' || onePerson(surnameMatches.get(foldName(proposal.names[1])) ?? []));
}

/** The identities with `alias` filed under `keep` (each alias in one identity only), the pair no longer distinct. */
export function mergeClaimants(identities: Identities, keep: string, aliases: readonly string[]): Identities {
  const folded = new Set(aliases.map(foldName).filter((name) => name !== foldName(keep)));
  const absorbed = identities.claimants.filter((entry) => entry !== identityOf(identities, keep) && namesOf(entry).some((name) => folded.has(foldName(name))));
  const target = identityOf(identities, keep) ?? { name: keep };
  const allAliases = [...(target.aliases ?? []), ...aliases, ...absorbed.flatMap(namesOf)]
    .filter((name) => foldName(name) !== foldName(target.name));
  const merged: IdentityClaimant = {
    ...target,
    aliases: [...new Map(allAliases.map((name) => [foldName(name), name])).values()],
    ...((target.side ?? absorbed.find((entry) => entry.side)?.side) && { side: target.side ?? absorbed.find((entry) => entry.side)?.side }),
  };
  const claimants = identities.claimants.filter((entry) => entry !== target && !absorbed.includes(entry));
  const distinct = identities.distinct.filter(([a, b]) => !(folded.has(foldName(a)) || folded.has(foldName(b))) || ![a, b].some((name) => foldName(name) === foldName(keep)));
  return { ...identities, claimants: [...claimants, merged], distinct };
}

/** The identities with the pair recorded as two claimants, so it is not proposed again. */
export function keepDistinct(identities: Identities, a: string, b: string): Identities {
  return isRejected(identities, a, b) ? identities : { ...identities, distinct: [...identities.distinct, [a, b]] };
}

/** The identities with `member` in `sideName` only (each claimant and actor belongs to at most one side). */
export function assignSide(identities: Identities, member: string, sideName: string | undefined): Identities {
  const folded = foldName(member);
  const sides: Side[] = identities.sides.map((side) => ({
    ...side,
    members: (side.members ?? []).filter((name) => foldName(name) !== folded),
  }));
  if (sideName) {
    const existing = sides.find((side) => foldName(side.name) === foldName(sideName));
    if (existing) {
      if (foldName(existing.name) !== folded) existing.members = [...(existing.members ?? []), member];
    } else {
      sides.push({ name: sideName, members: foldName(sideName) === folded ? [] : [member] });
    }
  }
  const identity = identityOf(identities, member);
  const claimants = identity
    ? identities.claimants.map((entry) => (entry === identity ? { ...entry, ...(sideName ? { side: sideName } : { side: undefined }) } : entry))
    : identities.claimants;
  return { ...identities, sides, claimants };
}

/** The distinct sides of these claimants, in order of first appearance: an article's sides. */
export function sidesIn(identities: Identities, claimants: readonly ClaimantLike[]): string[] {
  return [...new Set(claimants.map((claimant) => resolveClaimant(identities, claimant).side).filter((side): side is string => side !== undefined))];
}
