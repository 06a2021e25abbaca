import type { ArticleMetadata } from './sidecar';

/** The line of an article a metadata field was suggested from; the extension names it in the analyst's language. */
export type MetadataSource = 'first-line' | 'byline' | 'dateline' | 'url-line' | 'date-line' | 'reporting-by-line' | 'last-line';

/** Suggested metadata of an article, each field with the line it was read from. */
export interface MetadataSuggestion {
  metadata: ArticleMetadata;
  /** Why each field is suggested. */
  reasons: Partial<Record<keyof ArticleMetadata, MetadataSource>>;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/** "Kabul, Sep 3 (EFE).-", "KYIV (Reuters) —", "GOMA, Democratic Republic of Congo, Jan 24 (AFP) -" */
const DATELINE = new RegExp(String.raw`^\s*(?<place>\p{Lu}[\p{L}\p{M} .'’-]{1,40}?(?:,\s*\p{Lu}[\p{L}\p{M} .'’-]{1,40}?)?)`
  + String.raw`(?:,\s*(?<date>${MONTH}\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+${MONTH}(?:\s+\d{4})?))?`
  + String.raw`\s*\((?<outlet>[\p{Lu}][\p{L}\p{M}&. /-]{1,30})\)\s*(?:[.:,]?\s*[-–—]+|\.-|[.:])`, 'u');
const BYLINE = /^\s*(?:By|BY|Written by)\s+(?<name>\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|and|&|de|van|al|bin|ul)){0,6})\s*(?:[,|–—-].*)?$/u;
const REPORTING_BY = /\bReporting by\s+(?<name>\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|and)){0,6})/u;
const URL_LINE = /^\s*(?:(?:URL|Source|Link|Original)\s*:\s*)?<?(?<url>https?:\/\/[^\s<>]+?)>?\s*$/iu;
const PUBLISHED_LINE = /^\s*(?:Published|Posted|Date|Updated|First published)\s*(?:on)?\s*:?\s*(?<date>.+?)\s*$/iu;
/** A line that is only an agency's name or its dateline repeated: "Reuters", "AFP", "Kabul, Oct 14 (EFE)." */
const AGENCY_LINE = /^\s*(?:\((?<paren>[\p{Lu}][\p{L}&. /-]{1,30})\)|(?<name>\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,2}))\s*\.?\s*$/u;

const pad = (value: number): string => String(value).padStart(2, '0');
const monthIndex = (word: string): number => MONTHS.indexOf(word.slice(0, 3).toLowerCase());

/** An ISO date (YYYY-MM-DD) from "2025-06-11", "Sep 3, 2024", "3 September 2024", or "Sep 3" with `year`. */
export function parseDate(written: string, year?: number): string | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/u.exec(written);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const monthFirst = new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2})(?:,?\s+(\d{4}))?\b`, 'u').exec(written);
  const dayFirst = new RegExp(String.raw`\b(\d{1,2})\s+(${MONTH})(?:,?\s+(\d{4}))?\b`, 'u').exec(written);
  const [month, day, y] = monthFirst ? [monthFirst[1], monthFirst[2], monthFirst[3]] : dayFirst ? [dayFirst[2], dayFirst[1], dayFirst[3]] : [];
  if (!month || !day) return undefined;
  const fullYear = y ? Number(y) : year;
  const index = monthIndex(month);
  if (fullYear === undefined || index === -1 || Number(day) < 1 || Number(day) > 31) return undefined;
  return `${fullYear}-${pad(index + 1)}-${pad(Number(day))}`;
}

const nonEmptyLines = (text: string): string[] => text.split(/\r?\n/u).map((line) => line.trim()).filter(Boolean);

/**
 * Title, outlet, date, byline and URL as an article shows them: the first line as title (a Markdown heading
 * mark removed), a dateline ("KYIV (Reuters) —") for outlet and date, "By ..." for the byline, a trailing
 * agency line or "Reporting by" as fallbacks, a line holding only a URL. `year` completes a dateline
 * without one; without it such a date is not suggested.
 */
export function suggestMetadata(text: string, options: { year?: number } = {}): MetadataSuggestion {
  const metadata: ArticleMetadata = {};
  const reasons: MetadataSuggestion['reasons'] = {};
  const set = (field: keyof ArticleMetadata, value: string | undefined, reason: MetadataSource): void => {
    const trimmed = value?.trim();
    if (trimmed && metadata[field] === undefined) {
      metadata[field] = trimmed;
      reasons[field] = reason;
    }
  };
  const lines = nonEmptyLines(text);
  const head = lines.slice(0, 8);
  const title = lines[0]?.replace(/^#+\s*/u, '');
  if (title && title.length <= 200 && !DATELINE.test(title) && !BYLINE.test(title) && !URL_LINE.test(title)) set('title', title, 'first-line');
  for (const line of head) {
    const byline = BYLINE.exec(line)?.groups?.name;
    if (byline) set('byline', byline, 'byline');
    const dateline = DATELINE.exec(line)?.groups;
    if (dateline) {
      set('outlet', dateline.outlet, 'dateline');
      if (dateline.date) set('published', parseDate(dateline.date, options.year), 'dateline');
    }
  }
  for (const line of lines) {
    const url = URL_LINE.exec(line)?.groups?.url;
    if (url) set('url', url, 'url-line');
    const published = PUBLISHED_LINE.exec(line)?.groups?.date;
    if (published) set('published', parseDate(published, options.year), 'date-line');
    const reporting = REPORTING_BY.exec(line)?.groups?.name;
    if (reporting) set('byline', reporting, 'reporting-by-line');
  }
  const last = lines[lines.length - 1];
  if (last && lines.length > 2) {
    const dateline = DATELINE.exec(last)?.groups;
    const agency = AGENCY_LINE.exec(last)?.groups;
    set('outlet', dateline?.outlet ?? agency?.paren ?? agency?.name, 'last-line');
    if (dateline?.date) set('published', parseDate(dateline.date, options.year), 'last-line');
  }
  return { metadata, reasons };
}
