import * as vscode from 'vscode';
import type { ImportWords } from '../../core/exchange/importMessages';

/** Why part of an imported brat or W3C file was not imported, in VS Code's display language. */
export const localisedImportWords: ImportWords = {
  ofAnnotation: (id, problem) => vscode.l10n.t('{0}: {1}', id, problem),
  notAscending: (offsets) => vscode.l10n.t('offsets {0} are not ascending ranges', offsets),
  notImportedKind: () => vscode.l10n.t('events, normalizations and equivalences are not imported'),
  notBratLine: (text) => vscode.l10n.t('not a brat annotation line: {0}', text),
  offsetsOutside: (offsets) => vscode.l10n.t('offsets {0} are not inside the text', offsets),
  textMismatch: (found, expected) => vscode.l10n.t('the text at its offsets is "{0}", not "{1}"', found, expected),
  unknownType: (type) => vscode.l10n.t('type {0} is not one Claim Lens knows (Claim, Actor, Place, Number)', type),
  badStatus: (value, statuses) => vscode.l10n.t('status "{0}" is not one of {1}', value, statuses),
  badLink: (value) => vscode.l10n.t('link "{0}" is not "TYPE ARTICLE#CLAIM"', value),
  figureNoteNotJson: () => vscode.l10n.t('figure note is not JSON'),
  badRelation: (type, from, to) => vscode.l10n.t('relation {0} {1} → {2} is not a link between two imported claims', type, from, to),
  notAnnotationObject: () => vscode.l10n.t('expected an Annotation object'),
  notAnnotationType: (type) => vscode.l10n.t('type {0} is not Annotation', type),
  noTargetSource: () => vscode.l10n.t('the annotation has no target source'),
  notJson: (detail) => vscode.l10n.t('not JSON: {0}', detail),
  notJsonAnnotation: () => vscode.l10n.t('not a JSON annotation'),
  noSelector: () => vscode.l10n.t('neither a TextQuoteSelector nor a TextPositionSelector inside the article'),
  quoteNotFound: (quote) => vscode.l10n.t('the quote "{0}" is not in the article', quote),
  spanOutside: (start, end, length) => vscode.l10n.t('span {0}-{1} is outside the {2}-character article', start, end, length),
};
