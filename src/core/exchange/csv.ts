import { claimantLabel } from '../claims/grouping';
import { compareClaims } from '../claims/model';
import { linkTarget, type ExchangeArticle } from './articles';
import { describeFigures } from './figures';

export const CSV_COLUMNS = [
  'article', 'title', 'outlet', 'date', 'claimant', 'side', 'category', 'status',
  'figures', 'places', 'actors', 'text', 'note', 'id', 'links',
] as const;

/** Cells a spreadsheet would run as a formula (OWASP CSV injection): shown as text with a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const distinct = (names: readonly string[]): string => [...new Set(names)].join('; ');

/** RFC 4180: a header row, one row per claim in document order, CRLF after every row. UTF-8 is the caller's. */
export function claimsToCsv(articles: readonly ExchangeArticle[]): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const article of articles) {
    const document = article.document;
    for (const claim of [...article.claims].sort(compareClaims)) {
      rows.push([
        article.path,
        document?.title ?? '',
        document?.outlet ?? '',
        document?.published ?? '',
        claimantLabel(claim.claimant),
        claim.claimant.side ?? '',
        claim.category,
        claim.status,
        describeFigures(claim.numbers),
        distinct(claim.places.map((place) => place.canonical)),
        distinct(claim.actors.map((actor) => actor.canonical)),
        claim.quote.exact,
        claim.note,
        claim.id,
        (claim.links ?? []).map((link) => `${link.type} ${linkTarget(link)}`).join('; '),
      ]);
    }
  }
  return rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}
