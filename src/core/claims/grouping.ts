import * as l10n from '@vscode/l10n';
import type { ResolvedClaimant } from '../identity/resolve';
import { foldName } from '../identity/names';
import { lazy } from '../lazy';
import { snapBackToCodePoint } from '../text/offsets';
import { CLAIM_STATUSES, compareClaims, DEFAULT_CATEGORIES, type Claim, type ClaimNumber, type ClaimStatus } from './model';

export type GroupBy = 'article' | 'claimant' | 'side' | 'actor' | 'place' | 'category' | 'status';
export const GROUP_BY: readonly GroupBy[] = ['article', 'claimant', 'side', 'actor', 'place', 'category', 'status'];

/** One claimant however spelled, and its side: the workspace identities' view of a claim's claimant. */
export type ResolveClaimant = (claimant: Claim['claimant']) => ResolvedClaimant;

const ownName: ResolveClaimant = (claimant) => ({ key: foldName(claimant.name), label: claimant.name, ...(claimant.side && { side: claimant.side }) });

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

/** The label of the group of claims that have no actor, place or side. */
function missingLabel(by: GroupBy): string {
  switch (by) {
    case 'actor':
      return l10n.t('(no actor)');
    case 'place':
      return l10n.t('(no place)');
    case 'side':
      return l10n.t('(no side)');
    default:
      return '';
  }
}
const collator = lazy(() => new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }));

/** Keys and labels of the groups a claim belongs to; a claim naming two actors is in both actors' groups. */
function groupsOf(entry: ClaimInArticle, by: GroupBy, resolve: ResolveClaimant): Array<[key: string, label: string]> {
  if (by === 'claimant') {
    const { key, label } = resolve(entry.claim.claimant);
    return [[key, label]];
  }
  if (by === 'side') {
    const side = resolve(entry.claim.claimant).side;
    return side ? [[foldName(side), side]] : [];
  }
  return labelsOf(entry, by).map((label) => [keyOf(label, by), label]);
}

function labelsOf(entry: ClaimInArticle, by: Exclude<GroupBy, 'claimant' | 'side'>): string[] {
  switch (by) {
    case 'article':
      return [entry.articlePath];
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
  return (a, b) => rank(a) - rank(b) || collator().compare(a.label, b.label);
}

function compareEntries(a: ClaimInArticle, b: ClaimInArticle): number {
  return a.articlePath < b.articlePath ? -1 : a.articlePath > b.articlePath ? 1 : compareClaims(a.claim, b.claim);
}

/**
 * Groups for the first level of the claims tree, with counts. Statuses keep their lifecycle order,
 * categories the order of `categories` (the setting) and then alphabetical; everything else is alphabetical.
 */
export function groupClaims(
  articles: readonly ArticleClaims[],
  by: GroupBy,
  categories: readonly string[] = DEFAULT_CATEGORIES,
  resolve: ResolveClaimant = ownName,
): ClaimGroup[] {
  return groupEntries(articles.flatMap(({ articlePath, claims }) => claims.map((claim) => ({ articlePath, claim }))), by, categories, resolve);
}

/** The same grouping for claims already gathered, e.g. a first-level group's claims for the second level. */
export function groupEntries(
  entries: readonly ClaimInArticle[],
  by: GroupBy,
  categories: readonly string[] = DEFAULT_CATEGORIES,
  resolve: ResolveClaimant = ownName,
): ClaimGroup[] {
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
  for (const entry of entries) {
    const labels = new Map(groupsOf(entry, by, resolve));
    if (labels.size === 0) add('', missingLabel(by), entry);
    for (const [key, label] of labels) add(key, label, entry);
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

const QUALIFIER_SIGNS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:at least|no fewer than|not less than|a minimum of)$/iu, '≥'],
  [/^(?:more than|over|above|upwards of|in excess of)$/iu, '>'],
  [/^(?:up to|at most|no more than|not more than|a maximum of)$/iu, '≤'],
  [/^(?:less than|fewer than|under|below)$/iu, '<'],
  [/^(?:about|around|some|roughly|approximately|nearly|almost|an estimated|close to|some \d+)$/iu, '~'],
];

/** "≥40", "~35", "dozens": a figure short enough for a tree row. */
export function figureValue(number: ClaimNumber): string {
  const { value } = number;
  if (value.vague || value.percent || value.currency) return number.text;
  const sign = value.qualifier ? (QUALIFIER_SIGNS.find(([pattern]) => pattern.test(value.qualifier ?? ''))?.[1] ?? `${value.qualifier} `) : '';
  const shown = value.min !== undefined && value.max !== undefined && value.max > value.min
    ? `${value.min.toLocaleString('en-US')}–${value.max.toLocaleString('en-US')}`
    : value.value.toLocaleString('en-US');
  return `${sign}${shown}`;
}

/**
 * "≥40 killed, ~35 wounded · Taliban; 300 displaced": what a claim's figures count and whose, figures of
 * one group together. Durations, distances and money keep their words ("40 hours").
 */
export function figuresSummary(claim: Claim): string {
  const parts: Array<{ group?: string; items: string[] }> = [];
  for (const number of claim.numbers) {
    if (number.measure === 'duration' || number.measure === 'distance') continue;
    const item = number.measure === 'money' ? number.text : `${figureValue(number)}${number.measure && number.measure !== 'other' ? ` ${number.measure}` : ''}`;
    const group = number.whose?.group;
    const last = parts[parts.length - 1];
    if (last && last.group === group) last.items.push(item);
    else parts.push({ group, items: [item] });
  }
  return parts.map(({ group, items }) => `${items.join(', ')}${group ? ` · ${group}` : ''}`).join('; ');
}

/**
 * The row of a claim in the Claims view, readable at the default sidebar width: who and how many first
 * ("Fahim Dashti: ≥40 killed · Taliban"), the quote after; the claimant left out under its own group.
 */
export function claimRow(claim: Claim, claimant: string, options: { claimantShown: boolean }): { label: string; description: string } {
  const figures = figuresSummary(claim);
  const quote = claimLabel(claim);
  if (options.claimantShown) return { label: figures || quote, description: figures ? quote : '' };
  return { label: figures ? `${claimant}: ${figures}` : claimant, description: quote };
}

/** Which claims the Claims view shows; an empty or absent list lets every value through. */
export interface ClaimFilter {
  statuses?: readonly ClaimStatus[];
  categories?: readonly string[];
  /** Side names; '' stands for claims without a side. */
  sides?: readonly string[];
  /** Claimant keys (see ResolvedClaimant). */
  claimants?: readonly string[];
}

export function isFilterActive(filter: ClaimFilter): boolean {
  return [filter.statuses, filter.categories, filter.sides, filter.claimants].some((values) => values !== undefined && values.length > 0);
}

export function matchesFilter(claim: Claim, filter: ClaimFilter, resolve: ResolveClaimant = ownName): boolean {
  const allows = <T>(values: readonly T[] | undefined, value: T): boolean => !values || values.length === 0 || values.includes(value);
  const resolved = resolve(claim.claimant);
  return allows(filter.statuses, claim.status)
    && allows(filter.categories, claim.category)
    && allows(filter.sides, resolved.side ?? '')
    && allows(filter.claimants, resolved.key);
}
