import * as l10n from '@vscode/l10n';
import { linkText, linkVerb, resolveArticlePath } from '../claims/links';
import { suggestionReason, type TopicComparison } from './comparison';

/**
 * What the comparison view shows, as plain JSON for the webview: every piece of article text travels
 * as data and is put on the page as text, never as markup.
 */
export interface RowView {
  /** Unique in the topic: article, claim and figure. */
  key: string;
  article: string;
  claimId: string;
  figure: number;
  text: string;
  display: string;
  /** For sorting: the lower bound. */
  min: number;
  claimant: string;
  side: string;
  /** Index into the view's sides, for the colour; -1 unattributed. */
  sideIndex: number;
  articleName: string;
  title: string;
  outlet: string;
  published: string;
  status: string;
  /** "2 of 4": independent sources of this figure, of the rows carrying it. */
  sources: string;
  independent: number;
  links: string[];
  revised: boolean;
  quote: string;
}

export interface PlotBar {
  claimant: string;
  sideIndex: number;
  min: number;
  /** null: no upper bound. */
  max: number | null;
  display: string;
}

export interface SuggestionView {
  type: string;
  from: string;
  to: string;
  label: string;
}

export interface TopicView {
  id: string;
  label: string;
  automatic: boolean;
  /** Rows in the full view; a header-only view (see headerOf) has none but keeps the count. */
  rowCount: number;
  /** True for a header-only view: the page asks for the rows when the topic is opened. */
  partial?: boolean;
  summary: string;
  conflicts: string[];
  revisions: string[];
  rows: RowView[];
  plot: PlotBar[];
  suggestions: SuggestionView[];
}

export interface ComparisonViewOptions {
  /** How an article is named in the table: its file name, a workspace-relative path. */
  articleName(path: string): string;
  /** Sides in colour order; new sides are appended. */
  sides: string[];
}

/** "12 figures · 3 distinct figures · 5 articles · 4 outlets" */
function summaryText(figures: number, distinctFigures: number, articles: number, outlets: number): string {
  const figureCount = figures === 1 ? l10n.t('1 figure') : l10n.t('{0} figures', figures);
  const distinctCount = distinctFigures === 1 ? l10n.t('1 distinct figure') : l10n.t('{0} distinct figures', distinctFigures);
  const articleCount = articles === 1 ? l10n.t('1 article') : l10n.t('{0} articles', articles);
  const outletCount = outlets === 1 ? l10n.t('1 outlet') : l10n.t('{0} outlets', outlets);
  return l10n.t('{0} · {1} · {2} · {3}', figureCount, distinctCount, articleCount, outletCount);
}

export function sideIndexOf(side: string | undefined, sides: string[]): number {
  if (!side) return -1;
  let index = sides.indexOf(side);
  if (index === -1) index = sides.push(side) - 1;
  return index;
}

function bounds(min: number, max: number): string {
  return max === Infinity ? `≥ ${min}` : min === max ? `${min}` : `${min}–${max}`;
}

export function topicView(comparison: TopicComparison, options: ComparisonViewOptions): TopicView {
  const { rows, groups } = comparison;
  const keyOf = (index: number): string => `${rows[index].article}#${rows[index].claimId}#${rows[index].figure}`;
  const revised = new Set(comparison.revisions.flatMap((revision) => [revision.from, revision.to]));
  const rowViews: RowView[] = rows.map((row, index) => {
    const group = groups[row.group];
    return {
      key: keyOf(index),
      article: row.article,
      claimId: row.claimId,
      figure: row.figure,
      text: row.value.qualifier && !row.text.toLowerCase().startsWith(row.value.qualifier.toLowerCase()) ? `${row.value.qualifier} ${row.text}` : row.text,
      display: row.display,
      min: row.range.min,
      claimant: row.claimant.label,
      side: row.claimant.side ?? '',
      sideIndex: sideIndexOf(row.claimant.side, options.sides),
      articleName: options.articleName(row.article),
      title: row.title ?? '',
      outlet: row.outlet ?? '',
      published: row.published ?? '',
      status: row.status,
      sources: l10n.t('{0} of {1}', group.independent, group.rows.length),
      independent: group.independent,
      links: row.links.map((link) => linkText(link.type, options.articleName(resolveArticlePath(row.article, link.article)))),
      revised: revised.has(index),
      quote: row.sentence,
    };
  });
  const plot: PlotBar[] = groups.map((group) => ({
    claimant: group.claimant.label,
    sideIndex: sideIndexOf(group.claimant.side, options.sides),
    min: group.range.min,
    max: Number.isFinite(group.range.max) ? group.range.max : null,
    display: group.display,
  }));
  return {
    id: comparison.id,
    label: comparison.label,
    automatic: comparison.automatic,
    rowCount: rows.length,
    summary: summaryText(rows.length, groups.length, comparison.articles, comparison.outlets),
    conflicts: comparison.conflicts.map(({ sides, ranges }) => l10n.t('{0} {1} vs {2} {3}', sides[0], bounds(ranges[0].min, ranges[0].max), sides[1], bounds(ranges[1].min, ranges[1].max))),
    revisions: comparison.revisions.map(({ claimant, from, to }) =>
      l10n.t('{0}: {1} ({2}) → {3} ({4})', claimant.label, rows[from].display, rows[from].published ?? '', rows[to].display, rows[to].published ?? '')),
    rows: rowViews,
    plot,
    suggestions: comparison.suggestions.map((suggestion) => ({
      type: suggestion.type,
      from: keyOf(suggestion.from),
      to: keyOf(suggestion.to),
      label: l10n.t('{0} {1} {2}: {3}', rows[suggestion.from].outlet ?? options.articleName(rows[suggestion.from].article), linkVerb(suggestion.type),
        rows[suggestion.to].outlet ?? options.articleName(rows[suggestion.to].article), suggestionReason(suggestion)),
    })),
  };
}

/** The topic without its rows, plot and suggestions: what the page needs for a closed topic. */
export function headerOf(view: TopicView): TopicView {
  return { ...view, rows: [], plot: [], suggestions: [], partial: true };
}
