import * as l10n from '@vscode/l10n';

/** Why an article is or is not highlighted, decided from cheap facts about the document. */
export type Eligibility = { highlighted: true } | NotHighlighted;

export type NotHighlighted =
  | { highlighted: false; reason: 'language'; languageId: string }
  | { highlighted: false; reason: 'size'; sizeMB: number; maxSizeMB: number }
  | { highlighted: false; reason: 'binary' };

/** Why an article is not highlighted, in the user's language. */
export function whyNotHighlighted(verdict: NotHighlighted): string {
  switch (verdict.reason) {
    case 'language':
      return l10n.t('"{0}" is not in the claimLens.languages setting', verdict.languageId);
    case 'size':
      return l10n.t('{0} MB is over the claimLens.maxFileSizeMB limit of {1} MB', verdict.sizeMB.toFixed(1), verdict.maxSizeMB);
    case 'binary':
      return l10n.t('the file looks binary');
  }
}

export interface DocumentFacts {
  languageId: string;
  /** Whether the document is an article: decided by the extension's one definition (src/extension/articles.ts). */
  isArticle: boolean;
  /** Length in UTF-16 code units. */
  length: number;
  /** The first few thousand characters, enough to tell a binary file. */
  head: string;
}

export interface EligibilityRules {
  maxSizeMB: number;
}

export const BINARY_SAMPLE_LENGTH = 8192;

export function eligibility(facts: DocumentFacts, rules: EligibilityRules): Eligibility {
  if (!facts.isArticle) {
    return { highlighted: false, reason: 'language', languageId: facts.languageId };
  }
  const sizeMB = facts.length / (1024 * 1024);
  if (sizeMB > rules.maxSizeMB) return { highlighted: false, reason: 'size', sizeMB, maxSizeMB: rules.maxSizeMB };
  if (looksBinary(facts.head)) return { highlighted: false, reason: 'binary' };
  return { highlighted: true };
}

/** NUL characters, or many replacement characters from undecodable bytes, mean this is no article. */
function looksBinary(head: string): boolean {
  const sample = head.slice(0, BINARY_SAMPLE_LENGTH);
  if (sample.includes('\u0000')) return true;
  let replacements = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0xfffd) replacements++;
  return sample.length > 0 && replacements / sample.length > 0.05;
}
