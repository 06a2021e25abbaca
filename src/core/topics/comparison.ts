import * as l10n from '@vscode/l10n';
import { resolveArticlePath } from '../claims/links';
import type { ClaimLink, ClaimStatus, LinkType, Measure } from '../claims/model';
import type { NumberValue } from '../entities/entity';
import { figureRange, formatRange, hull, rangesOverlap, sameRange, type FigureRange } from './figureRange';
import { storedParties, type Party, type PartyResolver } from './parties';
import { buildTopics, type ArticleInput, type FigureRef, type Topic, type TopicOptions } from './topics';
import { independentSources } from './wireCopy';

/** One row of a topic's table: one figure of one claim. */
export interface FigureRow {
  article: string;
  claimId: string;
  /** Index into the claim's numbers. */
  figure: number;
  text: string;
  value: NumberValue;
  range: FigureRange;
  /** The range as shown: "≥ 40", "7.2–10.8". */
  display: string;
  claimant: Party;
  anonymous: boolean;
  title?: string;
  outlet?: string;
  published?: string;
  status: ClaimStatus;
  /** The claim's words, for wire-copy detection and the reader. */
  sentence: string;
  links: ClaimLink[];
  /** Index of the figure (group of rows) this row belongs to. */
  group: number;
  /** Index of the independent source within its figure group. */
  source: number;
}

/** The same figure from the same claimant, wherever it was printed. */
export interface FigureGroup {
  claimant: Party;
  range: FigureRange;
  display: string;
  rows: number[];
  articles: number;
  outlets: number;
  /** Outlets and wire copies counted once. */
  independent: number;
}

/** Two sides whose figures for the topic nowhere overlap. */
export interface Conflict {
  sides: [string, string];
  ranges: [FigureRange, FigureRange];
}

/** A claimant whose figure changed between two publication dates. */
export interface Revision {
  claimant: Party;
  from: number;
  to: number;
}

export interface LinkSuggestion {
  type: LinkType;
  /** Row indices: the link goes on `from` (its inverse on `to`). */
  from: number;
  to: number;
  /** Who gave the figure both times: why the link is suggested (see suggestionReason). */
  claimant: string;
}

/** "the same figure from Zabihullah Mujahid" */
export function suggestionReason(suggestion: LinkSuggestion): string {
  return suggestion.type === 'revises' ? l10n.t('{0} changed the figure', suggestion.claimant) : l10n.t('the same figure from {0}', suggestion.claimant);
}

export interface TopicComparison {
  id: string;
  label: string;
  automatic: boolean;
  measure?: Measure;
  counted?: Party;
  rows: FigureRow[];
  groups: FigureGroup[];
  conflicts: Conflict[];
  revisions: Revision[];
  suggestions: LinkSuggestion[];
  articles: number;
  outlets: number;
}

export interface ComparisonOptions extends TopicOptions {
  /** Only these topics (by id); all when absent. */
  only?: ReadonlySet<string>;
}

/** Code-unit order: deterministic and fast; dates are ISO, so this is also date order. */
const byText = (a: string | undefined, b: string | undefined): number => {
  const [x, y] = [a ?? '', b ?? ''];
  return x < y ? -1 : x > y ? 1 : 0;
};
const UNATTRIBUTED = '';

function rowOf(figure: FigureRef, claimantOf: (claim: FigureRef['claim']) => Party): FigureRow {
  const { claim, index, article } = figure;
  const number = claim.numbers[index];
  const range = figureRange(number.value, number.text);
  return {
    article: article.path,
    claimId: claim.id,
    figure: index,
    text: number.text,
    value: number.value,
    range,
    display: formatRange(range),
    claimant: claimantOf(claim),
    anonymous: claim.claimant.anonymous === true,
    title: article.metadata.title,
    outlet: article.metadata.outlet,
    published: article.metadata.published?.slice(0, 10),
    status: claim.status,
    sentence: claim.quote.exact,
    links: claim.links ?? [],
    group: 0,
    source: 0,
  };
}

const count = (values: readonly (string | undefined)[]): number => new Set(values.filter((value) => value !== undefined)).size;

/** The comparison table, flags and suggestions of one topic. */
export function compareTopic(topic: Topic, parties: PartyResolver = storedParties): TopicComparison {
  const claimants = new Map<FigureRef['claim'], Party>();
  const claimantOf = (claim: FigureRef['claim']): Party => {
    let party = claimants.get(claim);
    if (!party) claimants.set(claim, (party = parties.claimant(claim.claimant)));
    return party;
  };
  const rows = topic.figures.map((figure) => rowOf(figure, claimantOf)).sort((a, b) =>
    byText(a.claimant.side, b.claimant.side) || byText(a.claimant.label, b.claimant.label) || a.range.min - b.range.min ||
    byText(a.published, b.published) || byText(a.article, b.article) || byText(a.claimId, b.claimId) || a.figure - b.figure);
  const groupKeys = new Map<string, number>();
  const groups: FigureGroup[] = [];
  rows.forEach((row, rowIndex) => {
    const key = `${row.claimant.key}\u0000${row.range.min}\u0000${row.range.max}`;
    let group = groupKeys.get(key);
    if (group === undefined) {
      group = groups.length;
      groupKeys.set(key, group);
      groups.push({ claimant: row.claimant, range: row.range, display: row.display, rows: [], articles: 0, outlets: 0, independent: 0 });
    }
    groups[group].rows.push(rowIndex);
    row.group = group;
  });
  for (const group of groups) {
    const members = group.rows.map((index) => rows[index]);
    const sources = independentSources(members.map((row) => ({ sentence: row.sentence, outlet: row.outlet })));
    members.forEach((row, index) => (row.source = sources[index]));
    group.articles = count(members.map((row) => row.article));
    group.outlets = count(members.map((row) => row.outlet));
    group.independent = new Set(sources).size;
  }
  const revisions = revisionsOf(rows);
  return {
    id: topic.id,
    label: topic.label,
    automatic: topic.automatic,
    measure: topic.measure,
    counted: topic.counted,
    rows,
    groups,
    conflicts: conflictsOf(rows),
    revisions,
    suggestions: suggestionsOf(rows, groups, revisions),
    articles: count(rows.map((row) => row.article)),
    outlets: count(rows.map((row) => row.outlet)),
  };
}

/** Sides whose figures never overlap: no figure of one side is compatible with one of the other. */
function conflictsOf(rows: readonly FigureRow[]): Conflict[] {
  const bySide = new Map<string, FigureRange[]>();
  for (const row of rows) {
    const side = row.claimant.side ?? UNATTRIBUTED;
    if (side === UNATTRIBUTED) continue;
    const ranges = bySide.get(side);
    if (ranges) ranges.push(row.range);
    else bySide.set(side, [row.range]);
  }
  const sides = [...bySide.keys()].sort();
  const conflicts: Conflict[] = [];
  for (let i = 0; i < sides.length; i++) {
    for (let j = i + 1; j < sides.length; j++) {
      const a = bySide.get(sides[i])!;
      const b = bySide.get(sides[j])!;
      if (!a.some((x) => b.some((y) => rangesOverlap(x, y)))) conflicts.push({ sides: [sides[i], sides[j]], ranges: [hull(a), hull(b)] });
    }
  }
  return conflicts;
}

/** A claimant's figure changing from one publication date to a later one. */
function revisionsOf(rows: readonly FigureRow[]): Revision[] {
  const byClaimant = new Map<string, number[]>();
  rows.forEach((row, index) => {
    if (!row.published || row.anonymous) return;
    const indices = byClaimant.get(row.claimant.key);
    if (indices) indices.push(index);
    else byClaimant.set(row.claimant.key, [index]);
  });
  const revisions: Revision[] = [];
  for (const indices of byClaimant.values()) {
    const dated = [...indices].sort((a, b) => byText(rows[a].published, rows[b].published));
    for (let k = 1; k < dated.length; k++) {
      const [before, after] = [rows[dated[k - 1]], rows[dated[k]]];
      if (before.published !== after.published && !sameRange(before.range, after.range)) {
        revisions.push({ claimant: after.claimant, from: dated[k - 1], to: dated[k] });
      }
    }
  }
  return revisions;
}

/** Whether either claim links to the other already, in any way. */
function linked(rows: readonly FigureRow[], a: number, b: number): boolean {
  const names = (x: FigureRow, y: FigureRow) =>
    x.links.some((link) => link.claim === y.claimId && resolveArticlePath(x.article, link.article) === y.article);
  return names(rows[a], rows[b]) || names(rows[b], rows[a]);
}

/**
 * Links the table suggests: the same figure from the same claimant in another article repeats the
 * earliest one; a claimant's changed figure revises the earlier one. Pairs already linked are left out.
 */
function suggestionsOf(rows: readonly FigureRow[], groups: readonly FigureGroup[], revisions: readonly Revision[]): LinkSuggestion[] {
  const suggestions: LinkSuggestion[] = [];
  for (const group of groups) {
    if (group.claimant.key === '' || rows[group.rows[0]].anonymous) continue;
    const ordered = [...group.rows].sort((a, b) => byText(rows[a].published, rows[b].published) || byText(rows[a].article, rows[b].article));
    const first = ordered[0];
    for (const later of ordered.slice(1)) {
      if (rows[later].article === rows[first].article || linked(rows, later, first)) continue;
      suggestions.push({ type: 'repeats', from: later, to: first, claimant: group.claimant.label });
    }
  }
  for (const revision of revisions) {
    if (linked(rows, revision.to, revision.from)) continue;
    suggestions.push({ type: 'revises', from: revision.to, to: revision.from, claimant: revision.claimant.label });
  }
  return suggestions;
}

/** Topics and their comparisons over the whole workspace: what the view and `claimlens compare` show. */
export function compareArticles(articles: readonly ArticleInput[], options: ComparisonOptions = {}): TopicComparison[] {
  const topics = buildTopics(articles, options);
  return topics
    .filter((topic) => !options.only || options.only.has(topic.id))
    .map((topic) => compareTopic(topic, options.parties));
}
