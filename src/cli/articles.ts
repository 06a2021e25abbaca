import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import type { Claim } from '../core/claims/model';
import { articlePathForSidecar, isSidecarPath, sidecarPathFor, type DocumentInfo } from '../core/claims/sidecar';
import { articleForExport } from '../core/exchange/exportArticle';
import { problemText, type ProblemMessage } from '../core/validation/problemMessage';
import { shownPath } from './command';
import type { CliIo } from './io';

/** Articles Claim Lens reads besides those with a sidecar. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown'];

/** Folders a walk skips: version control, dependencies, the workspace's own settings. */
const isSkippedFolder = (name: string): boolean => name.startsWith('.') || name === 'node_modules';

/** Every file under `dir`, depth first in name order. */
export function walk(dir: string, io: CliIo, accept: (file: string) => boolean): string[] {
  const files: string[] = [];
  for (const name of io.listDirectory(dir).sort()) {
    const full = path.join(dir, name);
    if (io.isDirectory(full)) {
      if (!isSkippedFolder(name)) files.push(...walk(full, io, accept));
    } else if (accept(full)) files.push(full);
  }
  return files;
}

export interface Found {
  files: string[];
  missing: string[];
}

/**
 * The articles named by PATHs: a file, its sidecar, or every article in a folder (a file with a sidecar
 * beside it, or a .txt/.md). Absolute paths, each once, in the order found.
 */
export function findArticles(paths: readonly string[], io: CliIo): Found {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const given of paths) {
    const resolved = path.resolve(io.cwd(), given);
    if (io.isDirectory(resolved)) {
      const all = walk(resolved, io, () => true);
      const present = new Set(all);
      for (const file of all) {
        const article = articlePathForSidecar(file);
        if (article !== undefined) files.add(article);
        else if (ARTICLE_EXTENSIONS.includes(path.extname(file).toLowerCase()) || present.has(sidecarPathFor(file))) files.add(file);
      }
    } else if (io.exists(resolved)) files.add(articlePathForSidecar(resolved) ?? resolved);
    else missing.push(given);
  }
  return { files: [...files], missing };
}

/** Sidecars named by PATHs: a sidecar, an article's sidecar, or every sidecar in a folder. */
export function findSidecars(paths: readonly string[], io: CliIo): Found {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const given of paths) {
    const resolved = path.resolve(io.cwd(), given);
    if (io.isDirectory(resolved)) for (const file of walk(resolved, io, isSidecarPath)) files.add(file);
    else if (isSidecarPath(resolved) && io.exists(resolved)) files.add(resolved);
    else if (io.exists(sidecarPathFor(resolved))) files.add(sidecarPathFor(resolved));
    else missing.push(given);
  }
  return { files: [...files], missing };
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

/** `file:line:column: message` for each problem of a sidecar, gazetteer or identities file. */
export function problemLines(file: string, text: string, problems: readonly { message: ProblemMessage; start: number }[]): string[] {
  return problems.map((problem) => {
    const { line, column } = lineColumn(text, problem.start);
    return `${file}:${line}:${column}: ${problemText(problem.message)}\n`;
  });
}

export function reportProblems(file: string, text: string, problems: readonly { message: ProblemMessage; start: number }[], io: CliIo): void {
  for (const line of problemLines(file, text, problems)) io.stderr(line);
}

export interface LoadedArticle {
  file: string;
  text: string;
  document?: DocumentInfo;
  claims: Claim[];
}

/** An article with the claims of its sidecar at their place in the current text. Problems go to stderr. */
export async function loadArticle(file: string, io: CliIo): Promise<{ article?: LoadedArticle; ok: boolean }> {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    io.stderr(l10n.t('claimlens: cannot read {0}: {1}', shownPath(io, file), (error as Error).message) + '\n');
    return { ok: false };
  }
  const sidecarFile = sidecarPathFor(file);
  const sidecarText = io.exists(sidecarFile) ? io.readFile(sidecarFile) : undefined;
  const prepared = await articleForExport(text, sidecarText);
  const shown = shownPath(io, sidecarFile);
  if (!prepared.ok) {
    reportProblems(shown, sidecarText!, prepared.problems, io);
    io.stderr(l10n.t('claimlens: {0} is not valid; its claims are left out', shown) + '\n');
    return { article: { file, text, claims: [] }, ok: false };
  }
  if (prepared.lost > 0) {
    io.stderr(l10n.t('claimlens: {0}: {1} claims are no longer found in the article and are left out; run claimlens check', shown, prepared.lost) + '\n');
  }
  return { article: { file, text, document: prepared.document, claims: prepared.claims }, ok: prepared.lost === 0 };
}

/** A path as exports write it: relative to `from`, forward slashes. */
export function exportPath(file: string, from: string): string {
  return path.relative(from, file).split(path.sep).join('/');
}
