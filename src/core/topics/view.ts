import { ENGLISH_LINK_WORDS, resolveArticlePath, type LinkWords } from '../claims/links';
import type { LinkType } from '../claims/model';
import { ENGLISH_SUGGESTION_WORDS, suggestionReason, type SuggestionWords, type TopicComparison } from './comparison';

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
  /** The sentences the page shows, in the analyst's language; English when not given. */
  words?: TopicViewWords;
}

/** Every sentence of a topic's view that is words, not data: the extension passes translated ones. */
export interface TopicViewWords extends LinkWords, SuggestionWords {
  summary(figures: number, distinctFigures: number, articles: number, outlets: number): string;
  conflict(side: string, bounds: string, otherSide: string, otherBounds: string): string;
  revision(claimant: string, from: string, fromDate: string, to: string, toDate: string): string;
  sources(independent: number, total: number): string;
  suggestion(from: string, type: LinkType, to: string, reason: string): string;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

export const ENGLISH_VIEW_WORDS: TopicViewWords = {
  summary: (figures, distinctFigures, articles, outlets) =>
    `${plural(figures, 'figure')} · ${plural(distinctFigures, 'distinct figure')} · ${plural(articles, 'article')} · ${plural(outlets, 'outlet')}`,
  conflict: (side, bounds, otherSide, otherBounds) => `${side} ${bounds} vs ${otherSide} ${otherBounds}`,
  revision: (claimant, from, fromDate, to, toDate) => `${claimant}: ${from} (${fromDate}) → ${to} (${toDate})`,
  sources: (independent, total) => `${independent} of ${total}`,
  ...ENGLISH_LINK_WORDS,
  ...ENGLISH_SUGGESTION_WORDS,
  suggestion: (from, type, to, reason) => `${from} ${type} ${to}: ${reason}`,
};

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
  const words = options.words ?? ENGLISH_VIEW_WORDS;
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
      sources: words.sources(group.independent, group.rows.length),
      independent: group.independent,
      links: row.links.map((link) => words.link(link.type, options.articleName(resolveArticlePath(row.article, link.article)))),
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
    summary: words.summary(rows.length, groups.length, comparison.articles, comparison.outlets),
    conflicts: comparison.conflicts.map(({ sides, ranges }) => words.conflict(sides[0], bounds(ranges[0].min, ranges[0].max), sides[1], bounds(ranges[1].min, ranges[1].max))),
    revisions: comparison.revisions.map(({ claimant, from, to }) =>
      words.revision(claimant.label, rows[from].display, rows[from].published ?? '', rows[to].display, rows[to].published ?? '')),
    rows: rowViews,
    plot,
    suggestions: comparison.suggestions.map((suggestion) => ({
      type: suggestion.type,
      from: keyOf(suggestion.from),
      to: keyOf(suggestion.to),
      label: words.suggestion(rows[suggestion.from].outlet ?? options.articleName(rows[suggestion.from].article), suggestion.type,
        rows[suggestion.to].outlet ?? options.articleName(rows[suggestion.to].article), suggestionReason(suggestion, words)),
    })),
  };
}

/** The topic without its rows, plot and suggestions: what the page needs for a closed topic. */
export function headerOf(view: TopicView): TopicView {
  return { ...view, rows: [], plot: [], suggestions: [], partial: true };
}
