import type { ExchangeArticle } from './articles';
import { exportBrat } from './brat';
import { claimsToCsv } from './csv';
import { claimsToJsonl } from './jsonl';
import { bratFileNames } from './paths';
import { claimsToW3c } from './w3c';

export const EXPORT_FORMATS = ['csv', 'jsonl', 'brat', 'w3c'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type SingleFileFormat = Exclude<ExportFormat, 'brat'>;
/** The file each single-file format writes into a folder. */
export const EXPORT_FILE_NAMES: Record<SingleFileFormat, string> = { csv: 'claims.csv', jsonl: 'claims.jsonl', w3c: 'claims.jsonld' };
export const IMPORT_FORMATS = ['brat', 'w3c'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
/** Files each import format reads. */
export const IMPORT_EXTENSIONS: Record<ImportFormat, string[]> = { brat: ['.ann'], w3c: ['.jsonld', '.json', '.jsonl'] };

/** The text of a single-file export; `now` names the W3C collection. */
export function exportSingleFile(format: SingleFileFormat, articles: readonly ExchangeArticle[], now: Date): string {
  if (format === 'csv') return claimsToCsv(articles);
  if (format === 'jsonl') return claimsToJsonl(articles);
  return JSON.stringify(claimsToW3c(articles, `urn:claimlens:export:${now.toISOString()}`), null, 2) + '\n';
}

/**
 * brat files for articles whose `path` is relative to their common folder: `NAME.txt` (the article as it
 * is) and `NAME.ann` each, NAME keeping the folders.
 */
export function exportBratFiles(articles: readonly ExchangeArticle[]): { path: string; text: string }[] {
  const names = bratFileNames(articles.map((article) => article.path));
  return articles.flatMap((article) => {
    const name = names.get(article.path)!;
    const fileName = article.document?.fileName ?? article.path.slice(article.path.lastIndexOf('/') + 1);
    return [{ path: `${name}.txt`, text: article.text }, { path: `${name}.ann`, text: exportBrat(article.text, article.claims, fileName) }];
  });
}
