import type { Claim, ClaimLink } from '../claims/model';
import type { DocumentInfo } from '../claims/sidecar';
import type { ImportMessage } from './importMessages';

/** One article as the exporters see it: its text, what its sidecar says about it, and its claims. */
export interface ExchangeArticle {
  /** How exports name the article: a relative path with forward slashes. */
  path: string;
  text: string;
  document?: DocumentInfo;
  claims: Claim[];
}

/** A problem in an imported file, at a 1-based line where there is one; importProblemText says it. */
export interface ImportProblem {
  line?: number;
  message: ImportMessage;
}

/** The file name part of a forward-slash path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `article#claim`, the way exports write a link to a claim. */
export function linkTarget(link: ClaimLink): string {
  return `${link.article}#${link.claim}`;
}

/** Whether a link points into the article whose sidecar holds it (links are relative to the sidecar's folder). */
export function isLinkWithin(link: ClaimLink, articleFileName: string): boolean {
  return link.article === articleFileName || link.article === `./${articleFileName}`;
}
