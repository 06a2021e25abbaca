import * as z from 'zod/mini';
import { lazy } from '../lazy';
import type { ProblemMessage } from '../validation/problemMessage';
import { issuesOfValue } from '../validation/zodIssues';
import { slug } from './parties';

export const TOPICS_SCHEMA_ID = 'claimlens:/schemas/topics-1.json';
/** Where the workspace keeps topic labels and merges, beside the gazetteer. */
export const TOPICS_FILE_PATH = '.claimlens/topics.json';

const MAX_LABEL_LENGTH = 200;
const id = lazy(() => z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_LABEL_LENGTH)));

export const topicEntrySchema = lazy(() => z.strictObject({
  id: id().check(z.describe('The topic id: an automatic one such as "killed:taliban", or one the analyst made.')),
  label: z.optional(id().check(z.describe('The name shown for the topic.'))),
  merged: z.optional(z.array(id()).check(z.describe('Ids of topics merged into this one: their figures are shown here.'))),
}));

export const topicsFileSchema = lazy(() => z
  .strictObject({
    $schema: z.optional(z.string()),
    topics: z.array(topicEntrySchema()).check(z.describe('Topics the analyst named, renamed, made or merged.')),
  })
  .check(z.describe('Claim Lens topics (.claimlens/topics.json).')));

export type TopicEntry = z.infer<ReturnType<typeof topicEntrySchema>>;
export type TopicsFile = z.infer<ReturnType<typeof topicsFileSchema>>;

export const EMPTY_TOPICS: TopicsFile = { topics: [] };

/** `message`: what is wrong, for problemText. */
export type ParsedTopics = { ok: true; topics: TopicsFile } | { ok: false; message: ProblemMessage };

/** Never throws: a broken file is reported and the workspace goes on with automatic topics. */
export function parseTopicsFile(text: string): ParsedTopics {
  let value: unknown;
  try {
    value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, message: { code: 'unreadable-json', detail: (error as Error).message } };
  }
  const parsed = topicsFileSchema().safeParse(value);
  return parsed.success ? { ok: true, topics: parsed.data } : { ok: false, message: { code: 'issues', issues: issuesOfValue(parsed.error.issues, value) } };
}

/** Stable text for git: entries by id, two-space indent, final newline. */
export function serializeTopicsFile(file: TopicsFile): string {
  const topics = [...file.topics]
    .filter((entry) => entry.label !== undefined || (entry.merged?.length ?? 0) > 0)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ id: topicId, label, merged }) => ({ id: topicId, label, merged: merged?.length ? [...new Set(merged)].sort() : undefined }));
  return `${JSON.stringify({ $schema: TOPICS_SCHEMA_ID, topics }, null, 2)}\n`;
}

function withEntry(file: TopicsFile, topicId: string, change: (entry: TopicEntry) => TopicEntry): TopicsFile {
  const known = file.topics.find((entry) => entry.id === topicId) ?? { id: topicId };
  return { ...file, topics: [...file.topics.filter((entry) => entry.id !== topicId), change(known)] };
}

export function renameTopic(file: TopicsFile, topicId: string, label: string): TopicsFile {
  return withEntry(file, topicId, (entry) => ({ ...entry, label }));
}

/**
 * Shows the figures of `others` under `into`. Figures keep their automatic topic, so a merge is undone
 * by removing the entry, and a figure added later to a merged topic lands in the merged one too.
 */
export function mergeTopics(file: TopicsFile, into: string, others: readonly string[]): TopicsFile {
  const absorbed = new Set(others.filter((other) => other !== into));
  for (const entry of file.topics) if (absorbed.has(entry.id)) for (const id of entry.merged ?? []) absorbed.add(id);
  absorbed.delete(into);
  const rest: TopicsFile = { ...file, topics: file.topics.filter((entry) => !absorbed.has(entry.id)).map((entry) => ({
    ...entry,
    merged: entry.merged?.filter((id) => !absorbed.has(id)),
  })) };
  return withEntry(rest, into, (entry) => ({ ...entry, merged: [...(entry.merged ?? []), ...absorbed] }));
}

/** The topic a merged id now shows under: itself when it was not merged. */
export function mergeTargets(file: TopicsFile): Map<string, string> {
  const targets = new Map<string, string>();
  for (const entry of file.topics) for (const merged of entry.merged ?? []) targets.set(merged, entry.id);
  return targets;
}

/** An id for a topic the analyst makes ("manual:fighters-killed-in-paryan"), unused so far. */
export function newTopicId(label: string, taken: ReadonlySet<string>): string {
  const base = `manual:${slug(label)}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
