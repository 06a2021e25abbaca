import * as vscode from 'vscode';
import type { GroupingWords } from '../../core/claims/grouping';
import type { LinkWords } from '../../core/claims/links';
import type { LinkType } from '../../core/claims/model';

/** The Claims view's groups of claims without an actor, place or side, in VS Code's display language. */
export const localisedGroupingWords: GroupingWords = {
  missing: (by) => {
    switch (by) {
      case 'actor':
        return vscode.l10n.t('(no actor)');
      case 'place':
        return vscode.l10n.t('(no place)');
      case 'side':
        return vscode.l10n.t('(no side)');
    }
  },
};

/** Links as the hover, the Claims view and the comparison view list them. */
export const localisedLinkWords: LinkWords = {
  link: (type, articleName) => vscode.l10n.t('{0} {1}', linkVerb(type), articleName),
};

export function linkVerb(type: LinkType): string {
  switch (type) {
    case 'corroborates':
      return vscode.l10n.t('corroborates');
    case 'contradicts':
      return vscode.l10n.t('contradicts');
    case 'repeats':
      return vscode.l10n.t('repeats');
    case 'revises':
      return vscode.l10n.t('revises');
    case 'revised-by':
      return vscode.l10n.t('is revised by');
  }
}
