import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { sha256Hex } from '../core/text/hash';
import { articlePathForSidecar, isSidecarPath, parseSidecar, sidecarPathFor, type DocumentInfo } from '../core/claims/sidecar';
import type { Claim } from '../core/claims/model';
import type { SidecarProblem } from '../core/claims/sidecarProblems';
import { reanchorAll } from '../core/exchange/reanchorAll';
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

/** `file:line:column: message` for each problem of a sidecar. */
export function sidecarProblemLines(file: string, text: string, problems: readonly SidecarProblem[]): string[] {
  return problems.map((problem) => {
    const { line, column } = lineColumn(text, problem.start);
    return `${file}:${line}:${column}: ${problem.message}\n`;
  });
}

export function reportSidecarProblems(file: string, text: string, problems: readonly SidecarProblem[], io: CliIo): void {
  for (const line of sidecarProblemLines(file, text, problems)) io.stderr(line);
}

export interface LoadedArticle {
  file: string;
  text: string;
  document?: DocumentInfo;
  claims: Claim[];
}

/**
 * An article with the claims of its sidecar, found again in the text when it changed since (in memory
 * only). Problems go to stderr; an invalid sidecar gives no claims and `ok: false`.
 */
export async function loadArticle(file: string, io: CliIo): Promise<{ article?: LoadedArticle; ok: boolean }> {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    io.stderr(l10n.t('claimlens: cannot read {0}: {1}', shownPath(io, file), (error as Error).message) + '\n');
    return { ok: false };
  }
  const sidecarFile = sidecarPathFor(file);
  if (!io.exists(sidecarFile)) return { article: { file, text, claims: [] }, ok: true };
  const sidecarText = io.readFile(sidecarFile);
  const parsed = parseSidecar(sidecarText);
  const shown = shownPath(io, sidecarFile);
  if (!parsed.ok) {
    reportSidecarProblems(shown, sidecarText, parsed.problems, io);
    io.stderr(l10n.t('claimlens: {0} is not valid; its claims are left out', shown) + '\n');
    return { article: { file, text, claims: [] }, ok: false };
  }
  const { document, claims } = parsed.sidecar;
  if (document.sha256 === (await sha256Hex(text))) return { article: { file, text, document, claims }, ok: true };
  const found = reanchorAll(claims, text).filter(({ state }) => state !== 'orphan' && state !== 'needs-review');
  if (found.length < claims.length) {
    io.stderr(l10n.t('claimlens: {0}: {1} claims are no longer found in the article and are left out; run claimlens check', shown, claims.length - found.length) + '\n');
  }
  return { article: { file, text, document, claims: found.map(({ claim }) => claim) }, ok: found.length === claims.length };
}

/** A path as exports write it: relative to `from`, forward slashes. */
export function exportPath(file: string, from: string): string {
  return path.relative(from, file).split(path.sep).join('/');
}
