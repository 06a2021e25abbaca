import { quoteSelector } from '../claims/anchoring';
import { claimSchema, type Attention, type Claim, type ClaimLink, type ClaimMention, type ClaimNumber, type Claimant, type ClaimStatus } from '../claims/model';
import { issuesOfValue } from '../validation/zodIssues';
import type { ClaimBuildError } from './importMessages';

/** What an import knows of a claim; offsets are UTF-16 offsets into the article text. */
export interface ImportedClaim {
  id?: string;
  start: number;
  end: number;
  claimant?: Claimant;
  category?: string;
  status?: ClaimStatus;
  note?: string;
  links?: ClaimLink[];
  actors?: ClaimMention[];
  places?: ClaimMention[];
  numbers?: ClaimNumber[];
  attention?: Attention;
  author?: string;
  created?: string;
  modified?: string;
}

export interface ImportDefaults {
  author: string;
  now: Date;
  /** Claim ids for claims the imported file gave none. */
  newId?: () => string;
}

/** The name given to a claim's claimant when the imported file has none: the analyst fills it in. */
export const UNKNOWN_CLAIMANT = 'unknown';
export const DEFAULT_IMPORT_CATEGORY = 'other';

/** A valid claim from what an import read, or why not. Entities outside the span are dropped. */
export function buildClaim(text: string, imported: ImportedClaim, defaults: ImportDefaults): { claim: Claim } | { error: ClaimBuildError } {
  const { start, end } = imported;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length)) {
    return { error: { code: 'span-outside', start, end, length: text.length } };
  }
  const inside = <T extends { start: number; end: number }>(entities: readonly T[] | undefined): T[] =>
    (entities ?? []).filter((entity) => entity.start >= start && entity.end <= end);
  const time = defaults.now.toISOString();
  const input = {
    id: imported.id ?? (defaults.newId ?? (() => globalThis.crypto.randomUUID()))(),
    anchor: { start, end },
    quote: quoteSelector(text, start, end),
    attention: imported.attention,
    claimant: imported.claimant ?? { name: UNKNOWN_CLAIMANT },
    category: imported.category || DEFAULT_IMPORT_CATEGORY,
    status: imported.status ?? 'unverified',
    actors: inside(imported.actors),
    places: inside(imported.places),
    numbers: inside(imported.numbers),
    links: imported.links?.length ? imported.links : undefined,
    note: imported.note ?? '',
    author: imported.author ?? defaults.author,
    created: imported.created ?? time,
    modified: imported.modified ?? imported.created ?? time,
  };
  const parsed = claimSchema().safeParse(input);
  if (parsed.success) return { claim: parsed.data };
  return { error: { code: 'invalid-claim', at: issuesOfValue(parsed.error.issues.slice(0, 1), input)[0] } };
}
