import { compareTopic } from './comparison';
import { buildTopics, type ArticleInput, type FigureRef, type Topic, type TopicOptions } from './topics';
import { topicView, type TopicView } from './view';

export interface ComparisonUpdate {
  /** Every topic, in display order. */
  views: TopicView[];
  /** Topics new or different since the last update. */
  changed: TopicView[];
  /** Ids of topics gone since the last update. */
  removed: string[];
}

interface Cached {
  topic: Topic;
  view: TopicView;
}

function sameFigures(a: readonly FigureRef[], b: readonly FigureRef[]): boolean {
  return a.length === b.length && a.every((figure, index) =>
    figure.claim === b[index].claim && figure.index === b[index].index && figure.article.metadata === b[index].article.metadata &&
    figure.article.path === b[index].article.path);
}

/**
 * The comparison of a workspace kept up to date: topics are regrouped on every change (cheap), but a
 * topic's table, flags and view are rebuilt only when its figures changed. Claims are immutable: a
 * changed claim is a new object, so an unchanged topic is recognised by the identity of its figures.
 */
export class IncrementalComparison {
  private cached = new Map<string, Cached>();
  private parties: TopicOptions['parties'];
  /** Sides in the order they were first seen, so a side keeps its colour across updates. */
  readonly sides: string[] = [];

  constructor(private readonly articleName: (path: string) => string) {}

  update(articles: readonly ArticleInput[], options: TopicOptions = {}): ComparisonUpdate {
    const previous = [...this.cached.keys()];
    // Other identities change who claims what in every topic.
    if (options.parties !== this.parties) this.cached.clear();
    this.parties = options.parties;
    const topics = buildTopics(articles, options);
    const next = new Map<string, Cached>();
    const changed: TopicView[] = [];
    for (const topic of topics) {
      const known = this.cached.get(topic.id);
      if (known && known.topic.label === topic.label && known.topic.automatic === topic.automatic && sameFigures(known.topic.figures, topic.figures)) {
        next.set(topic.id, { topic, view: known.view });
        continue;
      }
      const view = topicView(compareTopic(topic, options.parties), { articleName: this.articleName, sides: this.sides });
      next.set(topic.id, { topic, view });
      changed.push(view);
    }
    const removed = previous.filter((id) => !next.has(id));
    this.cached = next;
    return { views: topics.map((topic) => next.get(topic.id)!.view), changed, removed };
  }
}
