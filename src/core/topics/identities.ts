import { resolveClaimant, sideOf } from '../identity/resolve';
import type { Identities } from '../identity/schema';
import { slug, type Party, type PartyResolver } from './parties';

/**
 * Claimants and counted groups as the analyst's identities file resolves them (one key for every spelling,
 * the side of a member), so the extension and `claimlens compare` group alike.
 */
export function partiesFromIdentities(identities: Identities): PartyResolver {
  const party = (label: string, side: string | undefined): Party => (side ? { key: slug(label), label, side } : { key: slug(label), label });
  return {
    claimant: (claimant) => {
      const resolved = resolveClaimant(identities, claimant);
      return party(resolved.label, resolved.side);
    },
    counted: (whose) => {
      const resolved = resolveClaimant(identities, { name: whose.group });
      return party(resolved.label, (whose.side && (sideOf(identities, whose.side) ?? whose.side)) ?? resolved.side);
    },
  };
}
