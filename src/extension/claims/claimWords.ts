import * as vscode from 'vscode';
import type { ClaimantWords } from '../../core/claims/claimants';
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

/** Why a claimant is suggested, under its name in the quick pick. */
export const localisedClaimantWords: ClaimantWords = {
  afterQuotation: (cue) => vscode.l10n.t('speaker after the quotation ("{0}")', cue),
  beforeQuotation: (cue) => vscode.l10n.t('speaker before the quotation ("{0}")', cue),
  sameSentence: (cue) => vscode.l10n.t('"{0}" in the same sentence', cue),
  previousSentence: (cue) => vscode.l10n.t('"{0}" in the previous sentence', cue),
  nextSentence: (cue) => vscode.l10n.t('"{0}" in the next sentence', cue),
  sameParagraph: (cue) => vscode.l10n.t('"{0}" in the same paragraph', cue),
  speakerGoesOn: (cue) => vscode.l10n.t('"{0}" earlier: the same speaker goes on', cue),
  actorInSentence: () => vscode.l10n.t('actor in the sentence'),
};
