import * as vscode from 'vscode';
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
