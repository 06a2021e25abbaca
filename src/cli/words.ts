import * as l10n from '@vscode/l10n';
import type { SuggestionWords } from '../core/topics/comparison';

/** Why `claimlens compare` suggests a link, in the user's language. */
export const cliSuggestionWords: SuggestionWords = {
  sameFigure: (claimant) => l10n.t('the same figure from {0}', claimant),
  changedFigure: (claimant) => l10n.t('{0} changed the figure', claimant),
};
