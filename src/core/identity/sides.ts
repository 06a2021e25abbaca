import { foldName, relateNames } from './names';
import { identityOf, sideOf, type ClaimantLike } from './resolve';
import type { Identities, Side } from './schema';

/**
 * Bodies that report on a war without being a party to it: UN agencies, aid and rights groups, hospitals and
 * health authorities. Their staff speak for no side.
 */
const THIRD_PARTY = /\b(?:UN|U\.N\.|United Nations|UNHCR|UNICEF|OCHA|WFP|IOM|ICRC|WHO|MSF|Red Cross|Red Crescent|M[ée]decins|World Food Programme|Organi[sz]ation for Migration|refugee|humanitarian|hospitals?|health|medical|doctors|aid|relief|rights|monitors?|observatory)\b/iu;

export function isThirdParty(name: string | undefined): boolean {
  return name !== undefined && THIRD_PARTY.test(name);
}

/**
 * Sides inferred from who speaks for whom: affiliations (and sides already set on claimants) that are
 * spellings or acronyms of one another make one side, named by the fullest spelling; each claimant joins
 * the side of its most frequent affiliation, so it is in one side only. Sides the analyst set in
 * `identities` keep their names and members; inferred members are added to them.
 */
export function inferSides(claimants: readonly ClaimantLike[], identities: Identities = { claimants: [], sides: [], distinct: [] }): Side[] {
  const sides: Side[] = identities.sides.map((side) => ({ name: side.name, members: [...(side.members ?? [])] }));
  const sideFor = (name: string): Side => {
    const known = sideOf({ ...identities, sides }, name);
    const existing = known ? sides.find((side) => side.name === known) : sides.find((side) =>
      [side.name, ...(side.members ?? [])].some((member) => {
        const relation = relateNames(member, name);
        return relation === 'same' || relation === 'spelling' || relation === 'acronym';
      }));
    if (existing) {
      if (isFuller(name, existing.name) && !identities.sides.some((side) => side.name === existing.name)) {
        existing.members = [...(existing.members ?? []), existing.name];
        existing.name = name;
      }
      return existing;
    }
    const created: Side = { name, members: [] };
    sides.push(created);
    return created;
  };
  const votes = new Map<string, Map<Side, number>>();
  for (const claimant of claimants) {
    const affiliation = claimant.side ?? (isThirdParty(claimant.affiliation) ? undefined : claimant.affiliation);
    if (!affiliation) continue;
    const side = sideFor(affiliation);
    addMember(side, affiliation);
    const claimantName = identityOf(identities, claimant.name)?.name ?? claimant.name;
    const tally = votes.get(claimantName) ?? new Map<Side, number>();
    tally.set(side, (tally.get(side) ?? 0) + 1);
    votes.set(claimantName, tally);
  }
  for (const [name, tally] of votes) {
    if (sideOf({ ...identities, sides }, name) !== undefined && sides.some((side) => foldName(side.name) === foldName(name))) continue;
    const [best] = [...tally].sort((a, b) => b[1] - a[1]);
    if (sides.some((side) => side !== best[0] && (side.members ?? []).some((member) => foldName(member) === foldName(name)))) continue;
    addMember(best[0], name);
  }
  return sides.map((side) => ({ name: side.name, members: (side.members ?? []).filter((member) => foldName(member) !== foldName(side.name)) }));
}

function addMember(side: Side, name: string): void {
  const members = side.members ?? [];
  if (foldName(side.name) !== foldName(name) && !members.some((member) => foldName(member) === foldName(name))) side.members = [...members, name];
}

const isAcronym = (name: string): boolean => /^\p{Lu}{2,6}$/u.test(name.trim());
const isFuller = (a: string, b: string): boolean => (isAcronym(b) && !isAcronym(a)) || (!isAcronym(a) && a.split(/\s+/u).length > b.split(/\s+/u).length);

/** How a side names its enemy without naming it. */
const ENEMY_WORDS = new Set([
  'enemy', 'enemies', 'insurgents', 'insurgent', 'militia', 'militias', 'militiamen', 'rebels', 'rebel', 'resistance',
  'terrorists', 'terrorist', 'mercenaries', 'invaders', 'occupiers', 'bandits', 'militants', 'separatists', 'extremists',
  'khawarij', 'puppet', 'puppets', 'junta', 'regime', 'aggressors', 'saboteurs',
]);
/** How a speaker names its own side. */
const OWN_WORDS = /^(?:we|us|our|ours|our own|our (?:fighters|forces|men|troops|soldiers|side|units))$/u;

/**
 * The side of a counted group in a claim: "our fighters" is the speaker's side; a side named by its name
 * or a member (also inside a longer phrase: "Islamic Emirate soldiers"); a generic word for the enemy
 * ("the enemy", "rebels", "militia") is the side whose name contains it ("resistance" in an NRF
 * statement), else, when the article has exactly two sides, the side the speaker is not on.
 */
export function sideOfGroup(group: string, speakerSide: string | undefined, articleSides: readonly string[], identities: Identities): string | undefined {
  const folded = foldName(group);
  if (!folded) return undefined;
  if (OWN_WORDS.test(folded)) return speakerSide;
  const direct = sideOf(identities, group);
  if (direct) return direct;
  const words = group.split(/\s+/u);
  for (let length = words.length - 1; length > 0; length--) {
    for (let first = 0; first + length <= words.length; first++) {
      const part = words.slice(first, first + length).join(' ');
      if (!/^\p{Lu}/u.test(part)) continue;
      const side = sideOf(identities, part) ?? sideOfDemonym(identities, part);
      if (side) return side;
    }
  }
  const demonym = sideOfDemonym(identities, group);
  if (demonym) return demonym;
  const generic = foldName(group).split(' ').find((word) => ENEMY_WORDS.has(word));
  if (!generic) return undefined;
  const named = articleSides.find((side) => foldName(side).split(' ').includes(generic));
  if (named) return named;
  if (speakerSide && articleSides.length === 2 && articleSides.includes(speakerSide)) return articleSides.find((side) => side !== speakerSide);
  return undefined;
}

const demonymStem = (word: string): string => foldName(word).replace(/(?:ians|ian|ans|an|ese|is|i|a|e)$/u, '');

/** "Russian" → the side named "Russia", "Rwanda" → the side named "Rwandan government": one word, demonym endings aside. */
function sideOfDemonym(identities: Identities, word: string): string | undefined {
  const folded = foldName(word);
  if (folded.includes(' ')) return undefined;
  const stem = demonymStem(folded);
  if (stem.length < 4) return undefined;
  return identities.sides.find((side) => [side.name, ...(side.members ?? [])].some((member) => {
    const first = foldName(member).split(' ');
    return first.length <= 2 && demonymStem(first[0]) === stem && (first.length === 1 || /^(?:government|army|forces|military)$/u.test(first[1]));
  }))?.name;
}
