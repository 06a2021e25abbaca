import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import type { ExchangeArticle } from '../../core/exchange/articles';
import { EXPORT_FILE_NAMES, EXPORT_FORMATS, exportBratFiles, exportSingleFile, type ExportFormat, type SingleFileFormat } from '../../core/exchange/formats';
import { EXIT, usageError, type CliCommand } from '../command';
import { exportPath, findArticles, loadArticle, type LoadedArticle } from '../articles';
import type { CliIo } from '../io';

function writeBrat(articles: readonly LoadedArticle[], out: string, io: CliIo): void {
  const base = commonFolder(articles.map((article) => article.file));
  const files = exportBratFiles(articles.map(({ file, text, document, claims }) => ({ path: exportPath(file, base), text, document, claims })));
  for (const { path: name, text } of files) io.writeFile(path.join(out, ...name.split('/')), text);
}

/** The folder all articles share, so brat files keep their layout under --out. */
function commonFolder(files: readonly string[]): string {
  let common = path.dirname(files[0]);
  for (const file of files) {
    while (path.relative(common, file).startsWith('..')) common = path.dirname(common);
  }
  return common;
}

export const exportCommand: CliCommand = {
  summary: () => l10n.t('export claims as CSV, JSON lines, brat standoff or W3C Web Annotations'),
  help: () => l10n.t(`Usage: claimlens export --format csv|jsonl|brat|w3c [--out DIR] PATH...

Exports the claims of the articles named by PATH (an article, its sidecar, or a folder: every
.txt/.md article and every article with a sidecar ARTICLE.claims.json in it).

Formats:
  csv     one row per claim (RFC 4180, UTF-8, CRLF); cells that a spreadsheet would run as a formula
          start with an apostrophe
  jsonl   one JSON object per claim with every field, the article path and its metadata
  brat    NAME.txt (the article, byte for byte) and NAME.ann per article; offsets in code points
  w3c     a W3C Web Annotation collection (JSON-LD); TextPositionSelector offsets in code points

Options:
  --format FORMAT   one of csv, jsonl, brat, w3c (required)
  --out DIR         write into DIR: claims.csv, claims.jsonl, claims.jsonld, or the brat files;
                    without it csv, jsonl and w3c go to standard output
  -h, --help        show this help

Article paths in the output are relative to DIR, or to the current folder without --out.
Exit status: 0 on success, 1 when an article or sidecar could not be read, 2 on a usage error.
`),
  options: { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' } },
  async run({ values, positionals }, io) {
    const format = values.format as string | undefined;
    if (!EXPORT_FORMATS.includes(format as ExportFormat)) throw usageError(l10n.t('--format must be one of {0}.', EXPORT_FORMATS.join(', ')));
    if (positionals.length === 0) throw usageError(l10n.t('No articles given.'));
    const out = values.out === undefined ? undefined : path.resolve(io.cwd(), values.out as string);
    if (format === 'brat' && out === undefined) throw usageError(l10n.t('brat writes two files per article: give --out DIR.'));
    let status: number = EXIT.ok;
    const { files, missing } = findArticles(positionals, io);
    for (const given of missing) {
      io.stderr(l10n.t('claimlens: {0} does not exist', given) + '\n');
      status = EXIT.failed;
    }
    const loaded: LoadedArticle[] = [];
    // Loaded together: the hashes that tell whether an article changed are computed off the main thread.
    for (const { article, ok } of await Promise.all(files.map((file) => loadArticle(file, io)))) {
      if (!ok) status = EXIT.failed;
      if (article) loaded.push(article);
    }
    if (format === 'brat') {
      if (loaded.length > 0) writeBrat(loaded, out!, io);
      return status;
    }
    const from = out ?? io.cwd();
    const articles: ExchangeArticle[] = loaded.map(({ file, text, document, claims }) => ({ path: exportPath(file, from), text, document, claims }));
    const text = exportSingleFile(format as SingleFileFormat, articles, io.now());
    if (out === undefined) io.stdout(text);
    else io.writeFile(path.join(out, EXPORT_FILE_NAMES[format as SingleFileFormat]), text);
    return status;
  },
};
