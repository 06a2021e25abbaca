import { snapBackToCodePoint } from '../text/offsets';
import { CLAIM_STATUSES, compareClaims, DEFAULT_CATEGORIES, type Claim } from './model';

export type GroupBy = 'article' | 'claimant' | 'actor' | 'place' | 'category' | 'status';
export const GROUP_BY: readonly GroupBy[] = ['article', 'claimant', 'actor', 'place', 'category', 'status'];

export interface ArticleClaims {
  articlePath: string;
  claims: readonly Claim[];
}

export interface ClaimInArticle {
  articlePath: string;
  claim: Claim;
}

export interface ClaimGroup {
  /** Identifies the group across refreshes; '' for the claims that have no actor (or place). */
  key: string;
  label: string;
  count: number;
  /** By article path, then in document order. */
  claims: ClaimInArticle[];
}

const MISSING_LABELS: Partial<Record<GroupBy, string>> = { actor: '(no actor)', place: '(no place)' };
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Labels of the groups a claim belongs to; a claim naming two actors is in both actors' groups. */
function labelsOf(entry: ClaimInArticle, by: GroupBy): string[] {
  switch (by) {
    case 'article':
      return [entry.articlePath];
    case 'claimant':
      return [entry.claim.claimant.name];
    case 'actor':
      return entry.claim.actors.map((actor) => actor.canonical);
    case 'place':
      return entry.claim.places.map((place) => place.canonical);
    case 'category':
      return [entry.claim.category];
    case 'status':
      return [entry.claim.status];
  }
}

/** Names typed by analysts differ in case; paths do not. */
const keyOf = (label: string, by: GroupBy): string => (by === 'article' ? label : label.toLowerCase());

function groupOrder(by: GroupBy, categories: readonly string[]): (a: ClaimGroup, b: ClaimGroup) => number {
  const fixedOrder: readonly string[] = by === 'status' ? CLAIM_STATUSES : by === 'category' ? categories.map((category) => category.toLowerCase()) : [];
  const rank = (group: ClaimGroup): number => {
    if (group.key === '') return Infinity;
    const index = fixedOrder.indexOf(group.key);
    return index === -1 ? fixedOrder.length : index;
  };
  return (a, b) => rank(a) - rank(b) || collator.compare(a.label, b.label);
}

function compareEntries(a: ClaimInArticle, b: ClaimInArticle): number {
  return a.articlePath < b.articlePath ? -1 : a.articlePath > b.articlePath ? 1 : compareClaims(a.claim, b.claim);
}

/**
 * Groups for the first level of the claims tree, with counts. Statuses keep their lifecycle order,
 * categories the order of `categories` (the setting) and then alphabetical; everything else is alphabetical.
 */
export function groupClaims(articles: readonly ArticleClaims[], by: GroupBy, categories: readonly string[] = DEFAULT_CATEGORIES): ClaimGroup[] {
  const groups = new Map<string, ClaimGroup>();
  const add = (key: string, label: string, entry: ClaimInArticle): void => {
    let group = groups.get(key);
    if (!group) {
      group = { key, label, count: 0, claims: [] };
      groups.set(key, group);
    }
    // Of spellings differing in case, the smallest in code-unit order: independent of input order, capitals first.
    if (label < group.label) group.label = label;
    group.count++;
    group.claims.push(entry);
  };
  for (const { articlePath, claims } of articles) {
    for (const claim of claims) {
      const entry = { articlePath, claim };
      const labels = new Map(labelsOf(entry, by).map((label) => [keyOf(label, by), label]));
      if (labels.size === 0) add('', MISSING_LABELS[by] ?? '', entry);
      for (const [key, label] of labels) add(key, label, entry);
    }
  }
  const ordered = [...groups.values()].sort(groupOrder(by, categories));
  for (const group of ordered) group.claims.sort(compareEntries);
  return ordered;
}

const LABEL_LENGTH = 60;
/** A cut at a space no earlier than this keeps whole words without wasting much of the label. */
const MIN_WORD_CUT = 40;

export function claimLabel(claim: Claim): string {
  const quote = claim.quote.exact.replace(/\s+/gu, ' ').trim();
  if (quote.length <= LABEL_LENGTH) return quote;
  const space = quote.lastIndexOf(' ', LABEL_LENGTH - 1);
  const cut = space >= MIN_WORD_CUT ? space : snapBackToCodePoint(quote, LABEL_LENGTH - 1);
  return `${quote.slice(0, cut).trimEnd()}…`;
}

/** "Zabihullah Mujahid (Taliban)" */
export function claimantLabel({ name, affiliation }: Claim['claimant']): string {
  return affiliation ? `${name} (${affiliation})` : name;
}

/** "Zabihullah Mujahid (Taliban) · at least 40, 12" */
export function claimDescription(claim: Claim): string {
  const claimant = claimantLabel(claim.claimant);
  const numbers = claim.numbers.map((number) => number.text).join(', ');
  return numbers ? `${claimant} · ${numbers}` : claimant;
}
