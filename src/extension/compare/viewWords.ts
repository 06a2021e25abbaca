import * as vscode from 'vscode';
import type { TopicLabelWords } from '../../core/topics/topics';
import type { TopicViewWords } from '../../core/topics/view';
import { linkVerb, localisedLinkWords } from '../claims/claimWords';

/** The comparison view's sentences in VS Code's display language. */
export const localisedViewWords: TopicViewWords = {
  summary: (figures, distinctFigures, articles, outlets) =>
    vscode.l10n.t('{0} · {1} · {2} · {3}', figureCount(figures), distinctFigureCount(distinctFigures), articleCount(articles), outletCount(outlets)),
  conflict: (side, bounds, otherSide, otherBounds) => vscode.l10n.t('{0} {1} vs {2} {3}', side, bounds, otherSide, otherBounds),
  revision: (claimant, from, fromDate, to, toDate) => vscode.l10n.t('{0}: {1} ({2}) → {3} ({4})', claimant, from, fromDate, to, toDate),
  sources: (independent, total) => vscode.l10n.t('{0} of {1}', independent, total),
  link: localisedLinkWords.link,
  suggestion: (from, type, to, reason) => vscode.l10n.t('{0} {1} {2}: {3}', from, linkVerb(type), to, reason),
  sameFigure: (claimant) => vscode.l10n.t('the same figure from {0}', claimant),
  changedFigure: (claimant) => vscode.l10n.t('{0} changed the figure', claimant),
};

/** Automatic topics' names in VS Code's display language; what figures count is named as stored. */
export const localisedTopicLabelWords: TopicLabelWords = {
  topic: (counted, measure) => {
    switch (measure) {
      case 'forces deployed':
        return vscode.l10n.t('{0} deployed', counted);
      case 'other':
        return vscode.l10n.t('{0} figures', counted);
      default:
        return vscode.l10n.t('{0} {1}', counted, measure);
    }
  },
  unspecified: () => vscode.l10n.t('Unspecified'),
  part: (label, place, fromDate) => {
    if (place && fromDate) return vscode.l10n.t('{0} ({1}, from {2})', label, place, fromDate);
    if (place) return vscode.l10n.t('{0} ({1})', label, place);
    return fromDate ? vscode.l10n.t('{0} (from {1})', label, fromDate) : label;
  },
};

function figureCount(count: number): string {
  return count === 1 ? vscode.l10n.t('1 figure') : vscode.l10n.t('{0} figures', count);
}

function distinctFigureCount(count: number): string {
  return count === 1 ? vscode.l10n.t('1 distinct figure') : vscode.l10n.t('{0} distinct figures', count);
}

function articleCount(count: number): string {
  return count === 1 ? vscode.l10n.t('1 article') : vscode.l10n.t('{0} articles', count);
}

function outletCount(count: number): string {
  return count === 1 ? vscode.l10n.t('1 outlet') : vscode.l10n.t('{0} outlets', count);
}
