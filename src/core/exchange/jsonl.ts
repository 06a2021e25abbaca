import { canonicalClaim, compareClaims } from '../claims/model';
import { metadataOf } from '../claims/sidecar';
import { baseName, type ExchangeArticle } from './articles';

/** One claim per line with everything the sidecar has, plus the article's path and metadata. */
export function claimsToJsonl(articles: readonly ExchangeArticle[]): string {
  const lines: string[] = [];
  for (const article of articles) {
    const document = { fileName: article.document?.fileName ?? baseName(article.path), ...metadataOf(article.document) };
    for (const claim of [...article.claims].sort(compareClaims)) {
      lines.push(JSON.stringify({ article: article.path, document, ...canonicalClaim(claim) }) + '\n');
    }
  }
  return lines.join('');
}
