import * as l10n from '@vscode/l10n';
import type { ArticleMetadata } from '../claims/sidecar';
import type { Claim, Measure } from '../claims/model';
import { lazy } from '../lazy';
import { measureOf } from './measures';
import { slug, storedParties, type Party, type PartyResolver } from './parties';
import { EMPTY_TOPICS, mergeTargets, type TopicsFile } from './topicsFile';

/**
 * One article's claims, with what the analyst says about the article. Treated as immutable: a changed
 * article is a new object (figures are cached per object).
 */
export interface ArticleInput {
  /** A posix path ('/work/news/a.txt'); links between claims are relative to its folder. */
  path: string;
  metadata: ArticleMetadata;
  claims: readonly Claim[];
}

/** One figure of one claim: a claim with two figures is in two topics. */
export interface FigureRef {
  article: ArticleInput;
  claim: Claim;
  /** Index into claim.numbers. */
  index: number;
  measure?: Measure;
  counted?: Party;
  /** YYYY-MM-DD, from the article's metadata. */
  published?: string;
  /** Measure and counted side ("killed:taliban"): the automatic topic before time and place split it. */
  baseTopic: string;
  /** The automatic topic, whatever the analyst chose; set by buildTopics. */
  automaticTopic: string;
}

export interface Topic {
  id: string;
  label: string;
  /** False when the analyst made, named or merged it. */
  automatic: boolean;
  measure?: Measure;
  counted?: Party;
  figures: FigureRef[];
}

export interface TopicOptions {
  parties?: PartyResolver;
  topicsFile?: TopicsFile;
  /** Figures this many days apart (in a chain) are about the same events. */
  windowDays?: number;
}


export const DEFAULT_WINDOW_DAYS = 30;
/** Figures without a measure say nothing comparable: they are in no automatic topic. */
const NO_TOPIC = '';
const DAY_MS = 86_400_000;

function baseKey(measure: Measure, counted: Party | undefined): string {
  return `${slug(measure)}:${counted ? slug(counted.side ?? counted.key) : 'unspecified'}`;
}

/** "Taliban killed": whose figures (a side, a group or unspecified) and what they count, named as stored. */
function baseLabel(measure: Measure, counted: Party | undefined): string {
  const whose = counted?.side ?? counted?.label ?? l10n.t('Unspecified');
  switch (measure) {
    case 'forces deployed':
      return l10n.t('{0} deployed', whose);
    case 'other':
      return l10n.t('{0} figures', whose);
    default:
      return l10n.t('{0} {1}', whose, measure);
  }
}

const dayOf = (published: string | undefined): number | undefined => {
  if (!published) return undefined;
  const time = Date.parse(published.slice(0, 10));
  return Number.isNaN(time) ? undefined : Math.floor(time / DAY_MS);
};

/** Connected parts of the figures: chained publication dates within the window, then shared places. */
function clusters(figures: FigureRef[], windowDays: number): FigureRef[][] {
  const days = new Map(figures.map((figure) => [figure, dayOf(figure.published)]));
  const dated = figures.filter((figure) => days.get(figure) !== undefined).sort((a, b) => days.get(a)! - days.get(b)!);
  const undated = figures.filter((figure) => days.get(figure) === undefined);
  const byTime: FigureRef[][] = [];
  let previous: number | undefined;
  for (const figure of dated) {
    const day = days.get(figure)!;
    if (previous === undefined || day - previous > windowDays) byTime.push([]);
    byTime[byTime.length - 1].push(figure);
    previous = day;
  }
  // Without a date a figure could be about any of the periods: it joins the largest rather than making its own.
  if (undated.length > 0) {
    if (byTime.length === 0) byTime.push([]);
    byTime.reduce((largest, cluster) => (cluster.length > largest.length ? cluster : largest)).push(...undated);
  }
  return byTime.flatMap((cluster) => splitByPlace(cluster));
}

/** Figures naming no place in common are about different events; figures naming none join the largest part. */
function splitByPlace(figures: FigureRef[]): FigureRef[][] {
  const parent = new Map<string, string>();
  const find = (place: string): string => {
    let root = place;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(place, root);
    return root;
  };
  const placesOf = (figure: FigureRef): string[] => {
    const { places } = figure.claim;
    if (places.length === 0) return [];
    if (places.length === 1) return [places[0].canonical.toLowerCase()];
    return [...new Set(places.map((place) => place.canonical.toLowerCase()))];
  };
  for (const figure of figures) {
    const places = placesOf(figure);
    for (const place of places) if (!parent.has(place)) parent.set(place, place);
    for (const place of places.slice(1)) {
      const a = find(places[0]);
      const b = find(place);
      if (a !== b) parent.set(b < a ? a : b, b < a ? b : a);
    }
  }
  const parts = new Map<string, FigureRef[]>();
  const placeless: FigureRef[] = [];
  for (const figure of figures) {
    const places = placesOf(figure);
    if (places.length === 0) placeless.push(figure);
    else {
      const root = find(places[0]);
      const part = parts.get(root);
      if (part) part.push(figure);
      else parts.set(root, [figure]);
    }
  }
  const result = [...parts.values()];
  if (result.length === 0) return placeless.length > 0 ? [placeless] : [];
  result.reduce((largest, part) => (part.length > largest.length ? part : largest)).push(...placeless);
  return result;
}

/** What sets a part apart from its siblings in its id: its first date, else its first place. */
function partSuffix(part: FigureRef[]): string {
  const dates = part.map((figure) => figure.published?.slice(0, 10)).filter((date): date is string => Boolean(date)).sort();
  const places = part.flatMap((figure) => figure.claim.places.map((place) => place.canonical)).sort();
  return [places[0] && slug(places[0]), dates[0]].filter(Boolean).join('@');
}

/** "Taliban killed (Khost, from 2026-12-01)": one part of a topic, by its first place and date when known. */
function partLabel(label: string, part: FigureRef[]): string {
  const fromDate = part.map((figure) => figure.published?.slice(0, 10)).filter(Boolean).sort()[0];
  const place = part.flatMap((figure) => figure.claim.places.map((place) => place.canonical)).sort()[0];
  if (place && fromDate) return l10n.t('{0} ({1}, from {2})', label, place, fromDate);
  if (place) return l10n.t('{0} ({1})', label, place);
  return fromDate ? l10n.t('{0} (from {1})', label, fromDate) : label;
}

/** An article's figures, kept while the article input object is the same: a change re-reads one article. */
const figureCache = new WeakMap<PartyResolver, WeakMap<ArticleInput, FigureRef[]>>();

function articleFigures(article: ArticleInput, parties: PartyResolver, counted: (whose: NonNullable<Claim['numbers'][number]['whose']>) => Party): FigureRef[] {
  let byArticle = figureCache.get(parties);
  if (!byArticle) figureCache.set(parties, (byArticle = new WeakMap()));
  let figures = byArticle.get(article);
  if (figures) return figures;
  figures = [];
  for (const claim of article.claims) {
    claim.numbers.forEach((number, index) => {
      const measure = measureOf(claim, index);
      const party = number.whose && counted(number.whose);
      const baseTopic = measure ? baseKey(measure, party) : NO_TOPIC;
      figures!.push({ article, claim, index, measure, counted: party, published: article.metadata.published, baseTopic, automaticTopic: baseTopic });
    });
  }
  byArticle.set(article, figures);
  return figures;
}

/** Every figure of every claim, with its measure, counted party and automatic base topic. */
export function figuresOf(articles: readonly ArticleInput[], parties: PartyResolver = storedParties): FigureRef[] {
  const countedParties = new Map<string, Party>();
  const counted = (whose: NonNullable<Claim['numbers'][number]['whose']>): Party => {
    const key = `${whose.group}\u0000${whose.side ?? ''}`;
    let party = countedParties.get(key);
    if (!party) countedParties.set(key, (party = parties.counted(whose)));
    return party;
  };
  return articles.flatMap((article) => articleFigures(article, parties, counted));
}

/**
 * Figures about the same thing, across articles: same measure, same counted side (or group), overlapping
 * time and place. Ids are deterministic ("killed:taliban"; "killed:taliban@panjshir@2021-09-05" when one
 * measure and side falls into separate events), so a claim lands in the same topic in the extension and
 * the CLI. The analyst's choices win: a figure's `topic`, then the topics file's labels and merges.
 */
export function buildTopics(articles: readonly ArticleInput[], options: TopicOptions = {}): Topic[] {
  const file = options.topicsFile ?? EMPTY_TOPICS;
  const figures = figuresOf(articles, options.parties);
  const byBase = new Map<string, FigureRef[]>();
  for (const figure of figures) {
    figure.automaticTopic = figure.baseTopic;
    if (figure.baseTopic === NO_TOPIC) continue;
    const members = byBase.get(figure.baseTopic);
    if (members) members.push(figure);
    else byBase.set(figure.baseTopic, [figure]);
  }
  const topics = new Map<string, Topic>();
  const topicFor = (id: string, label: string, automatic: boolean, sample?: FigureRef): Topic => {
    let topic = topics.get(id);
    if (!topic) {
      topic = { id, label, automatic, measure: sample?.measure, counted: sample?.counted, figures: [] };
      topics.set(id, topic);
    }
    return topic;
  };
  for (const [base, members] of byBase) {
    const parts = clusters(members, options.windowDays ?? DEFAULT_WINDOW_DAYS);
    const label = baseLabel(members[0].measure!, members[0].counted);
    for (const part of parts) {
      const id = parts.length === 1 ? base : `${base}@${partSuffix(part)}`;
      for (const figure of part) figure.automaticTopic = id;
      if (parts.length > 1) topicFor(id, partLabel(label, part), true, part[0]);
    }
    if (parts.length === 1) topicFor(base, label, true, members[0]);
  }
  const merged = mergeTargets(file);
  const target = (id: string): string => merged.get(id) ?? id;
  for (const figure of figures) {
    const chosen = figure.claim.numbers[figure.index].topic;
    const id = target(chosen ?? figure.automaticTopic);
    if (id === NO_TOPIC) continue;
    const known = topics.get(id);
    topicFor(id, known?.label ?? id, known?.automatic ?? false, figure).figures.push(figure);
  }
  for (const entry of file.topics) {
    const topic = topics.get(entry.id);
    if (!topic) continue;
    if (entry.label) topic.label = entry.label;
    if (entry.label || entry.merged?.length) topic.automatic = false;
  }
  return [...topics.values()].filter((topic) => topic.figures.length > 0).sort(compareTopics);
}

const collator = lazy(() => new Intl.Collator('en', { sensitivity: 'base', numeric: true }));

/** Most figures first: the most discussed things lead. */
function compareTopics(a: Topic, b: Topic): number {
  return b.figures.length - a.figures.length || collator().compare(a.label, b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
