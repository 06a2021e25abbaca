import { slug, storedParties, type Party, type PartyResolver } from './parties';

/**
 * A minimal reading of `.claimlens/identities.json` ({claimants: [{name, aliases, side}], sides: [{name,
 * members}]}), so the CLI and the view resolve aliases and sides today. The identities feature owns
 * that file; its resolveClaimant/sideOf replace this adapter when it lands.
 */
interface Identity {
  name: string;
  aliases: string[];
  side?: string;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '') : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

export function partiesFromIdentities(json: unknown): PartyResolver {
  const root = (typeof json === 'object' && json !== null ? json : {}) as { claimants?: unknown; sides?: unknown };
  const identities: Identity[] = (Array.isArray(root.claimants) ? root.claimants : []).flatMap((entry: unknown) => {
    const { name, aliases, side } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const named = text(name);
    return named ? [{ name: named, aliases: strings(aliases), side: text(side) }] : [];
  });
  const byName = new Map<string, Identity>();
  for (const identity of identities) for (const name of [identity.name, ...identity.aliases]) byName.set(name.toLowerCase(), identity);
  const sideOfMember = new Map<string, string>();
  for (const entry of Array.isArray(root.sides) ? root.sides : []) {
    const { name, members } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const side = text(name);
    if (side) for (const member of [side, ...strings(members)]) sideOfMember.set(member.toLowerCase(), side);
  }
  /** A side's name is the one the sides list uses: a stored "Taliban" is the side "IEA" when it is a member. */
  const named = (side: string | undefined): string | undefined => (side && (sideOfMember.get(side.toLowerCase()) ?? side));
  const sideOf = (name: string, stored: string | undefined): string | undefined => {
    const identity = byName.get(name.toLowerCase());
    return named(stored ?? identity?.side) ?? sideOfMember.get(name.toLowerCase()) ?? (identity && sideOfMember.get(identity.name.toLowerCase()));
  };
  const resolve = (name: string, stored: string | undefined, fallback: Party): Party => {
    const identity = byName.get(name.toLowerCase());
    const side = sideOf(name, stored);
    const party = identity ? { key: slug(identity.name), label: identity.name } : { key: fallback.key, label: fallback.label };
    return side ? { ...party, side } : party;
  };
  return {
    claimant: (claimant) => resolve(claimant.name, claimant.side, storedParties.claimant(claimant)),
    counted: (whose) => resolve(whose.group, whose.side, storedParties.counted(whose)),
  };
}
