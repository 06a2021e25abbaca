import * as vscode from 'vscode';
import { sidecarPathFor } from '../../core/claims/sidecar';
import type { Claim } from '../../core/claims/model';
import type { ImportProblem } from '../../core/exchange/articles';
import { importProblemText } from '../../core/exchange/importMessages';
import { importBrat } from '../../core/exchange/brat';
import type { ImportDefaults } from '../../core/exchange/buildClaim';
import { IMPORT_EXTENSIONS, type ImportFormat } from '../../core/exchange/formats';
import { importedSidecar } from '../../core/exchange/importedSidecar';
import { importW3c, readW3cAnnotations, type LocatedAnnotation } from '../../core/exchange/w3c';
import { showing } from '../claims/prompts';
import { inform } from '../notices';
import { createTextFile, parentOf, readText, readTextIfExists, warnWithLog } from './exchangeFiles';
import { log } from '../log';

/** What the command can be given instead of asking. */
export interface ImportOptions {
  format?: ImportFormat;
  files?: vscode.Uri[];
}

const FORMAT_ITEMS: (vscode.QuickPickItem & { format: ImportFormat })[] = [
  { label: '$(file-text) brat standoff', detail: vscode.l10n.t('.ann files, each beside the NAME.txt it annotates'), format: 'brat' },
  { label: '$(globe) W3C Web Annotations', detail: vscode.l10n.t('JSON-LD or JSON lines; targets name the articles'), format: 'w3c' },
];

interface ImportJob {
  input: vscode.Uri;
  article: vscode.Uri;
  build(text: string): { claims: Claim[]; problems: ImportProblem[] };
}

/** One article to import into per brat file; one per target source for a W3C file. */
/** A problem of an import as the analyst reads it, at a 1-based line where there is one. */
interface ReportedProblem {
  line?: number;
  message: string;
}

const inWords = (problems: readonly ImportProblem[]): ReportedProblem[] =>
  problems.map(({ line, message }) => ({ line, message: importProblemText(message) }));

async function jobsOf(format: ImportFormat, file: vscode.Uri, content: string, defaults: ImportDefaults, report: (file: vscode.Uri, problems: readonly ReportedProblem[]) => void): Promise<ImportJob[]> {
  if (format === 'brat') {
    const article = file.with({ path: file.path.replace(/\.ann$/i, '.txt') });
    const fileName = article.path.slice(article.path.lastIndexOf('/') + 1);
    return [{ input: file, article, build: (text) => importBrat(text, content, fileName, defaults) }];
  }
  const { annotations, problems } = readW3cAnnotations(content);
  report(file, inWords(problems));
  const bySource = new Map<string, LocatedAnnotation[]>();
  for (const annotation of annotations) bySource.set(annotation.source, [...(bySource.get(annotation.source) ?? []), annotation]);
  const jobs: ImportJob[] = [];
  for (const [source, group] of bySource) {
    let article: vscode.Uri;
    if (/^[a-z][a-z0-9+.-]*:/i.test(source)) {
      if (!source.startsWith('file:')) {
        report(file, [{ line: group[0].line, message: vscode.l10n.t('target source {0} is not a file', source) }]);
        continue;
      }
      article = vscode.Uri.parse(source);
    } else article = vscode.Uri.joinPath(parentOf(file), decodeURI(source));
    jobs.push({ input: file, article, build: (text) => importW3c(text, group, defaults) });
  }
  return jobs;
}

/** Claim Lens: Import Claims…: brat or W3C files to new sidecars; an existing sidecar is never replaced. */
export async function importClaims(options: ImportOptions = {}): Promise<void> {
  const format = options.format ?? await showing('importFormat', async () =>
    (await vscode.window.showQuickPick(FORMAT_ITEMS, { title: vscode.l10n.t('Import claims from…') }))?.format);
  if (!format) return;
  const files = options.files ?? await vscode.window.showOpenDialog({
    canSelectMany: true,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    filters: { [format === 'brat' ? 'brat' : 'W3C']: IMPORT_EXTENSIONS[format].map((extension) => extension.slice(1)) },
    openLabel: vscode.l10n.t('Import'),
  });
  if (!files?.length) return;
  const channel = log();
  const problemLines: string[] = [];
  const report = (file: vscode.Uri, problems: readonly ReportedProblem[]): void => {
    for (const { line, message } of problems) {
      const where = `${vscode.workspace.asRelativePath(file)}${line === undefined ? '' : `:${line}`}`;
      problemLines.push(`${where}: ${message}`);
      channel.warn(`${where}: ${message}`);
    }
  };
  const defaults: ImportDefaults = { author: vscode.workspace.getConfiguration('claimLens.claims').get<string>('author') || 'import', now: new Date() };
  const counts = { claims: 0, created: 0, kept: 0 };
  for (const file of files) {
    let jobs: ImportJob[];
    try {
      jobs = await jobsOf(format, file, await readText(file), defaults, report);
    } catch (error) {
      report(file, [{ message: (error as Error).message }]);
      continue;
    }
    for (const { input, article, build } of jobs) {
      try {
        const text = await readText(article);
        const { claims, problems } = build(text);
        report(input, inWords(problems));
        const sidecar = article.with({ path: sidecarPathFor(article.path) });
        const fileName = article.path.slice(article.path.lastIndexOf('/') + 1);
        const created = await importedSidecar(fileName, text, claims);
        if (created.ok && (await readTextIfExists(sidecar)) === undefined && await createTextFile(sidecar, created.text)) {
          counts.created++;
          counts.claims += claims.length;
        } else {
          counts.kept++;
          report(input, [{ message: vscode.l10n.t('{0} already has claims; not overwritten (claimlens import --merge merges them)', vscode.workspace.asRelativePath(sidecar)) }]);
        }
      } catch (error) {
        report(input, [{ message: vscode.l10n.t('{0}: {1}', vscode.workspace.asRelativePath(article), (error as Error).message) }]);
      }
    }
  }
  const done = vscode.l10n.t('Imported {0} claims into {1} new sidecars.', counts.claims, counts.created);
  channel.info(done);
  if (problemLines.length === 0) inform(done);
  else {
    const shown = problemLines.slice(0, 3).join('; ') + (problemLines.length > 3 ? vscode.l10n.t(' and {0} more', problemLines.length - 3) : '');
    warnWithLog(`${done} ${vscode.l10n.t('Problems: {0}', shown)}`);
  }
}
