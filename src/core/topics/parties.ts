import type { Claimant, Whose } from '../claims/model';

/** Someone who claims or is counted, as the comparison groups them: one key per identity. */
export interface Party {
  key: string;
  label: string;
  side?: string;
}

/**
 * Who a claimant and a counted group are. The default reads what the claim stores; a workspace with
 * claimant identities (aliases, sides) plugs in its own, so "Mujahid" and "Zabihullah Mujahid" are one.
 */
export interface PartyResolver {
  claimant(claimant: Claimant): Party;
  counted(whose: Whose): Party;
}

const slugs = new Map<string, string>();
const MAX_CACHED_SLUGS = 10_000;

/** Lower case, words joined by '-': a stable piece of an id. The same few names come back for every figure. */
export function slug(text: string): string {
  let known = slugs.get(text);
  if (known === undefined) {
    known = text.normalize('NFKD').replace(/[\u0300-\u036f]/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/gu, '') || '-';
    if (slugs.size >= MAX_CACHED_SLUGS) slugs.clear();
    slugs.set(text, known);
  }
  return known;
}

export const storedParties: PartyResolver = {
  claimant: ({ name, side }) => (side ? { key: slug(name), label: name, side } : { key: slug(name), label: name }),
  counted: ({ group, side }) => (side ? { key: slug(group), label: group, side } : { key: slug(group), label: group }),
};
