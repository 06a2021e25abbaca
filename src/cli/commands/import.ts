import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as l10n from '@vscode/l10n';
import type { Claim } from '../../core/claims/model';
import { sidecarPathFor } from '../../core/claims/sidecar';
import type { ImportProblem } from '../../core/exchange/articles';
import { importBrat } from '../../core/exchange/brat';
import { IMPORT_EXTENSIONS, IMPORT_FORMATS, type ImportFormat } from '../../core/exchange/formats';
import type { ImportDefaults } from '../../core/exchange/buildClaim';
import { importProblemText } from '../../core/exchange/importMessages';
import { importedSidecar } from '../../core/exchange/importedSidecar';
import { importW3c, readW3cAnnotations, type LocatedAnnotation } from '../../core/exchange/w3c';
import { reportProblems, walk } from '../articles';
import { cannotRead, EXIT, located, shownPath, usageError, type CliCommand } from '../command';
import type { CliIo } from '../io';


/** What one import did to one article, for the summary. */
export type ImportOutcome = 'created' | 'merged' | 'kept' | 'failed';

/**
 * Writes `claims` as the article's sidecar: a new file, never over an existing one unless `merge`, and then
 * merged into it by claim id and span.
 */
export async function writeImportedClaims(article: string, text: string, claims: Claim[], merge: boolean, io: CliIo): Promise<ImportOutcome> {
  const sidecarFile = sidecarPathFor(article);
  const shown = shownPath(io, sidecarFile);
  const fileName = path.basename(article);
  if (!io.exists(sidecarFile)) {
    const created = await importedSidecar(fileName, text, claims);
    if (created.ok && io.createFile(sidecarFile, created.text)) return 'created';
  }
  if (!merge) {
    io.stderr(l10n.t('claimlens: {0} already exists and is not overwritten; use --merge to merge the imported claims into it', shown) + '\n');
    return 'kept';
  }
  const existing = io.readFile(sidecarFile);
  const merged = await importedSidecar(fileName, text, claims, existing);
  if (!merged.ok) {
    reportProblems(shown, existing, merged.problems, io);
    io.stderr(l10n.t('claimlens: {0} is not valid and is left as it is', shown) + '\n');
    return 'failed';
  }
  io.writeFile(sidecarFile, merged.text);
  return 'merged';
}

function inputFiles(format: ImportFormat, paths: readonly string[], io: CliIo, missing: (given: string) => void): string[] {
  const accept = (file: string): boolean => IMPORT_EXTENSIONS[format].includes(path.extname(file).toLowerCase());
  return paths.flatMap((given) => {
    const resolved = path.resolve(io.cwd(), given);
    if (io.isDirectory(resolved)) return walk(resolved, io, accept);
    if (io.exists(resolved)) return [resolved];
    missing(given);
    return [];
  });
}

/** The article a W3C target source names: a path relative to the annotation file's folder, or a file: URL. */
function sourceFile(source: string, annotationFile: string): string | undefined {
  if (source.startsWith('file:')) return fileURLToPath(source);
  if (/^[a-z][a-z0-9+.-]*:/i.test(source)) return undefined;
  return path.resolve(path.dirname(annotationFile), decodeURI(source));
}

export const importCommand: CliCommand = {
  summary: () => l10n.t('import brat standoff or W3C Web Annotations as sidecars'),
  help: () => l10n.t(`Usage: claimlens import --format brat|w3c [--merge] PATH...

Writes a sidecar ARTICLE.claims.json next to each annotated article.
  brat   PATH: .ann files or folders of them; each annotates the NAME.txt beside it
  w3c    PATH: W3C Web Annotation files (.jsonld, .json, or JSON lines); each annotation's target
         source is the article, relative to the annotation file's folder

An existing sidecar is never overwritten. With --merge, imported claims are merged into it: a claim
with the same id, or else the same span, is updated; the others are added.
Lines that cannot be imported are reported as FILE:LINE: ...; the rest still imports.

Options:
  --format FORMAT   brat or w3c (required)
  --merge           merge into existing sidecars
  -h, --help        show this help

Exit status: 0 when everything was imported, 1 when something was not, 2 on a usage error.
`),
  options: { format: { type: 'string', short: 'f' }, merge: { type: 'boolean' } },
  async run({ values, positionals }, io) {
    const format = values.format as ImportFormat;
    if (!IMPORT_FORMATS.includes(format)) throw usageError(l10n.t('--format must be one of {0}.', IMPORT_FORMATS.join(', ')));
    if (positionals.length === 0) throw usageError(l10n.t('No files given.'));
    let status: number = EXIT.ok;
    const fail = (): void => void (status = EXIT.failed);
    const files = inputFiles(format, positionals, io, (given) => {
      io.stderr(l10n.t('claimlens: {0} does not exist', given) + '\n');
      fail();
    });
    const defaults: ImportDefaults = { author: io.userName(), now: io.now() };
    const report = (file: string, problems: readonly ImportProblem[]): void => {
      for (const problem of problems) io.stderr(located(shownPath(io, file), problem.line, importProblemText(problem.message)));
      if (problems.length > 0) fail();
    };
    const jobs: { input: string; article: string; build(text: string): { claims: Claim[]; problems: ImportProblem[] } }[] = [];
    for (const file of files) {
      let content: string;
      try {
        content = io.readFile(file);
      } catch (error) {
        io.stderr(cannotRead(shownPath(io, file), error));
        fail();
        continue;
      }
      if (format === 'brat') {
        const article = file.slice(0, -path.extname(file).length) + '.txt';
        jobs.push({ input: file, article, build: (text) => importBrat(text, content, path.basename(article), defaults) });
        continue;
      }
      const { annotations, problems } = readW3cAnnotations(content);
      report(file, problems);
      const bySource = new Map<string, LocatedAnnotation[]>();
      for (const annotation of annotations) bySource.set(annotation.source, [...(bySource.get(annotation.source) ?? []), annotation]);
      for (const [source, group] of bySource) {
        const article = sourceFile(source, file);
        if (article === undefined) {
          io.stderr(located(shownPath(io, file), group[0].line, l10n.t('target source {0} is not a local file', source)));
          fail();
          continue;
        }
        jobs.push({ input: file, article, build: (text) => importW3c(text, group, defaults) });
      }
    }
    const counts = { created: 0, merged: 0, kept: 0, failed: 0, claims: 0 };
    for (const { input, article, build } of jobs) {
      let text: string;
      try {
        text = io.readFile(article);
      } catch (error) {
        io.stderr(cannotRead(shownPath(io, article), error));
        fail();
        continue;
      }
      const { claims, problems } = build(text);
      report(input, problems);
      const outcome = await writeImportedClaims(article, text, claims, values.merge === true, io);
      counts[outcome]++;
      if (outcome === 'created' || outcome === 'merged') counts.claims += claims.length;
      else fail();
    }
    io.stdout(l10n.t('{0} claims imported: {1} sidecars created, {2} merged, {3} left as they were.', counts.claims, counts.created, counts.merged, counts.kept + counts.failed) + '\n');
    return status;
  },
};
