import * as path from 'node:path';
import { articlePathForSidecar, metadataOf, parseSidecar } from '../../core/claims/sidecar';
import { compareArticles, suggestionReason, type TopicComparison } from '../../core/topics/comparison';
import { parseIdentities } from '../../core/identity/parse';
import { partiesFromIdentities } from '../../core/topics/identities';
import type { PartyResolver } from '../../core/topics/parties';
import type { ArticleInput } from '../../core/topics/topics';
import { parseTopicsFile, TOPICS_FILE_PATH, type TopicsFile } from '../../core/topics/topicsFile';
import { problemText } from '../../core/validation/problemMessage';
import * as l10n from '@vscode/l10n';
import { findSidecars, reportProblems } from '../articles';
import { usageError, type CliCommand } from '../command';
import type { CliIo } from '../io';

type CompareRequest = { paths: string[]; format: 'table' | 'json' | 'csv' };

export const compareCommand: CliCommand = {
  summary: () => l10n.t('figures about the same thing across articles, side by side'),
  help: () => l10n.t(`Usage: claimlens compare PATH... [--json | --csv]

Compares the claims of the articles under each PATH (articles, sidecars or folders, searched
recursively for ARTICLE.claims.json): figures about the same thing are grouped into topics, with who
claims each, the articles and distinct outlets that carry it, independent sources (wire copies counted
once), conflicts between sides and revisions by one claimant. Topic labels and merges come from the
nearest .claimlens/topics.json, claimant identities and sides from .claimlens/identities.json.

Options:
  --json        print {"topics": [...]} with every figure as a claim row
  --csv         print one row per figure
  -h, --help    show this help

Exit status: 0 on success, 1 when a sidecar cannot be read (the others are compared), 2 on a usage error.
`),
  options: { json: { type: 'boolean' }, csv: { type: 'boolean' } },
  run: async ({ values, positionals }, io) => {
    if (values.json && values.csv) throw usageError(l10n.t('--json and --csv exclude each other.'));
    if (positionals.length === 0) throw usageError(l10n.t('No paths given. Try: claimlens compare FOLDER'));
    return runCompare({ paths: positionals, format: values.json ? 'json' : values.csv ? 'csv' : 'table' }, io);
  },
};

/** The nearest `.claimlens/<name>` at or above `from`'s folder. */
function nearest(from: string, name: string, io: CliIo): string | undefined {
  for (let dir = path.dirname(from); ; ) {
    const candidate = path.join(dir, name);
    if (io.exists(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

const toPosix = (file: string): string => {
  const posix = file.split(path.sep).join('/');
  return posix.startsWith('/') ? posix : `/${posix}`;
};

/** Compares the sidecars under the paths and returns the exit status. */
function runCompare(request: CompareRequest, io: CliIo): number {
  let status = 0;
  const { files, missing } = findSidecars(request.paths, io);
  const sidecars = new Set(files);
  // An article without claims has nothing to compare; a path that is not there is a mistake.
  for (const given of missing) {
    if (io.exists(path.resolve(io.cwd(), given))) continue;
    io.stderr(`${l10n.t('claimlens: {0} does not exist', given)}\n`);
    status = 1;
  }
  const articles: ArticleInput[] = [];
  const byPosix = new Map<string, string>();
  for (const sidecar of [...sidecars].sort()) {
    const article = articlePathForSidecar(sidecar)!;
    let parsed;
    try {
      parsed = parseSidecar(io.readFile(sidecar));
    } catch (error) {
      io.stderr(`${l10n.t('claimlens: cannot read {0}: {1}', path.relative(io.cwd(), sidecar), (error as Error).message)}\n`);
      status = 1;
      continue;
    }
    if (!parsed.ok) {
      const problem = parsed.problems[0];
      io.stderr(`${l10n.t('claimlens: {0}: {1}; {2} readable claims compared', path.relative(io.cwd(), sidecar), problem ? problemText(problem.message) : l10n.t('invalid'), parsed.readOnly?.claims.length ?? 0)}\n`);
      status = 1;
    }
    const claims = parsed.ok ? parsed.sidecar.claims : (parsed.readOnly?.claims ?? []);
    const metadata = metadataOf(parsed.ok ? parsed.sidecar.document : parsed.readOnly?.document);
    byPosix.set(toPosix(article), article);
    articles.push({ path: toPosix(article), metadata, claims });
  }
  const first = [...sidecars].sort()[0] ?? path.resolve(io.cwd(), request.paths[0]);
  let topicsFile: TopicsFile | undefined;
  const topicsPath = nearest(first, TOPICS_FILE_PATH, io);
  if (topicsPath) {
    try {
      const parsed = parseTopicsFile(io.readFile(topicsPath));
      if (parsed.ok) topicsFile = parsed.topics;
      else io.stderr(`${l10n.t('claimlens: {0}: {1}; automatic topics only', topicsPath, problemText(parsed.message))}\n`), (status = 1);
    } catch (error) {
      io.stderr(`${l10n.t('claimlens: cannot read {0}: {1}', topicsPath, (error as Error).message)}\n`);
      status = 1;
    }
  }
  let parties: PartyResolver | undefined;
  const identitiesPath = nearest(first, '.claimlens/identities.json', io);
  if (identitiesPath) {
    try {
      const identitiesText = io.readFile(identitiesPath);
      const { identities, problems } = parseIdentities(identitiesText);
      reportProblems(identitiesPath, identitiesText, problems, io);
      parties = partiesFromIdentities(identities);
    } catch (error) {
      io.stderr(`${l10n.t('claimlens: cannot read {0}: {1}; claimants as stored', identitiesPath, (error as Error).message)}\n`);
      status = 1;
    }
  }
  const comparisons = compareArticles(articles, { topicsFile, parties });
  const shown = (posix: string): string => path.relative(io.cwd(), byPosix.get(posix) ?? posix).split(path.sep).join('/');
  io.stdout(request.format === 'json' ? formatJson(comparisons, shown) : request.format === 'csv' ? formatCsv(comparisons, shown) : formatTable(comparisons, shown));
  return status;
}

type Shown = (posix: string) => string;
const bound = (value: number): number | null => (Number.isFinite(value) ? value : null);

function conflictText(comparison: TopicComparison): string[] {
  return comparison.conflicts.map(({ sides, ranges }) => l10n.t('CONFLICT {0} {1} vs {2} {3}', sides[0], formatBounds(ranges[0]), sides[1], formatBounds(ranges[1])));
}

function formatBounds({ min, max }: { min: number; max: number }): string {
  return max === Infinity ? `≥ ${min}` : min === max ? `${min}` : `${min}–${max}`;
}

function revisionText(comparison: TopicComparison): string[] {
  return comparison.revisions.map(({ claimant, from, to }) =>
    l10n.t('REVISION {0}: {1} ({2}) → {3} ({4})', claimant.label, comparison.rows[from].display, comparison.rows[from].published ?? '', comparison.rows[to].display, comparison.rows[to].published ?? ''));
}

export function formatJson(comparisons: readonly TopicComparison[], shown: Shown): string {
  const topics = comparisons.map((comparison) => ({
    id: comparison.id,
    label: comparison.label,
    automatic: comparison.automatic,
    measure: comparison.measure,
    counted: comparison.counted,
    articles: comparison.articles,
    outlets: comparison.outlets,
    conflicts: comparison.conflicts.map(({ sides, ranges }) => ({ sides, ranges: ranges.map(({ min, max }) => ({ min, max: bound(max) })) })),
    revisions: comparison.revisions.map(({ claimant, from, to }) => ({
      claimant: claimant.label,
      from: { article: shown(comparison.rows[from].article), claim: comparison.rows[from].claimId, display: comparison.rows[from].display },
      to: { article: shown(comparison.rows[to].article), claim: comparison.rows[to].claimId, display: comparison.rows[to].display },
    })),
    figures: comparison.groups.map((group) => ({
      display: group.display,
      min: group.range.min,
      max: bound(group.range.max),
      claimant: group.claimant.label,
      side: group.claimant.side,
      articles: group.articles,
      outlets: group.outlets,
      independent: group.independent,
      claims: group.rows.map((index) => comparison.rows[index].claimId),
    })),
    claims: comparison.rows.map((row) => ({
      id: row.claimId,
      article: shown(row.article),
      figure: row.figure,
      text: row.text,
      qualifier: row.value.qualifier,
      value: row.value.value,
      min: row.range.min,
      max: bound(row.range.max),
      display: row.display,
      claimant: row.claimant.label,
      side: row.claimant.side,
      title: row.title,
      outlet: row.outlet,
      published: row.published,
      status: row.status,
      source: row.source,
      links: row.links,
    })),
    suggestions: comparison.suggestions.map((suggestion) => ({
      type: suggestion.type,
      from: { article: shown(comparison.rows[suggestion.from].article), claim: comparison.rows[suggestion.from].claimId },
      to: { article: shown(comparison.rows[suggestion.to].article), claim: comparison.rows[suggestion.to].claimId },
      reason: suggestionReason(suggestion),
    })),
  }));
  return `${JSON.stringify({ topics }, null, 2)}\n`;
}

const CSV_COLUMNS = [
  'topic', 'topic_label', 'article', 'claim', 'figure', 'text', 'display', 'min', 'max', 'claimant', 'side',
  'outlet', 'title', 'published', 'status', 'figure_articles', 'figure_outlets', 'figure_independent', 'conflict', 'revision',
];

function csvCell(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/u.test(text) && !/^-?\d/u.test(text) ? `'${text}` : text;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

export function formatCsv(comparisons: readonly TopicComparison[], shown: Shown): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const comparison of comparisons) {
    const conflict = conflictText(comparison).join('; ');
    comparison.rows.forEach((row, index) => {
      const group = comparison.groups[row.group];
      const revised = comparison.revisions.some((revision) => revision.from === index || revision.to === index);
      lines.push([
        comparison.id, comparison.label, shown(row.article), row.claimId, row.figure, row.text, row.display, row.range.min,
        Number.isFinite(row.range.max) ? row.range.max : '', row.claimant.label, row.claimant.side, row.outlet, row.title, row.published,
        row.status, group.articles, group.outlets, group.independent, conflict, revised ? 'yes' : '',
      ].map(csvCell).join(','));
    });
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function formatTable(comparisons: readonly TopicComparison[], shown: Shown): string {
  if (comparisons.length === 0) return `${l10n.t('No figures with a measure found: set what figures count (killed, wounded, ...) in the claims.')}\n`;
  const out: string[] = [];
  for (const comparison of comparisons) {
    out.push(l10n.t('{0} [{1}]: {2} figures, {3} articles, {4} outlets', comparison.label, comparison.id, comparison.rows.length, comparison.articles, comparison.outlets));
    for (const flag of [...conflictText(comparison), ...revisionText(comparison)]) out.push(`  ${flag}`);
    for (const group of comparison.groups) {
      const who = group.claimant.side ? `${group.claimant.label} (${group.claimant.side})` : group.claimant.label;
      out.push(`  ${l10n.t('{0} {1} · {2}, {3}, independent sources: {4} of {5}', group.display.padEnd(9), who, articleCount(group.articles), outletCount(group.outlets), group.independent, group.rows.length)}`);
      for (const index of group.rows) {
        const row = comparison.rows[index];
        const source = [row.outlet, row.published, row.title && `"${row.title}"`].filter(Boolean).join(', ');
        out.push(`      "${row.text}" ${row.status} · ${source || l10n.t('(no metadata)')} · ${shown(row.article)}#${row.claimId}`);
      }
    }
    out.push('');
  }
  return out.join('\n');
}

function articleCount(count: number): string {
  return count === 1 ? l10n.t('1 article') : l10n.t('{0} articles', count);
}

function outletCount(count: number): string {
  return count === 1 ? l10n.t('1 outlet') : l10n.t('{0} outlets', count);
}
