import * as vscode from 'vscode';
import type { EligibilityWords } from '../../core/scanning/eligibility';

/** Why an article is not highlighted, in VS Code's display language. */
export const localisedEligibilityWords: EligibilityWords = {
  language: (languageId) => vscode.l10n.t('"{0}" is not in the claimLens.languages setting', languageId),
  size: (sizeMB, maxSizeMB) => vscode.l10n.t('{0} MB is over the claimLens.maxFileSizeMB limit of {1} MB', sizeMB, maxSizeMB),
  binary: () => vscode.l10n.t('the file looks binary'),
};
