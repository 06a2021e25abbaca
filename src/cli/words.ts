import * as l10n from '@vscode/l10n';
import type { ImportProblem } from '../core/exchange/articles';
import { importProblemText, type ImportWords } from '../core/exchange/importMessages';
import type { SuggestionWords } from '../core/topics/comparison';
import type { TopicLabelWords } from '../core/topics/topics';
import { problemText, type ProblemMessage, type ValidationWords } from '../core/validation/problemMessage';

/** Why `claimlens compare` suggests a link, in the user's language. */
export const cliSuggestionWords: SuggestionWords = {
  sameFigure: (claimant) => l10n.t('the same figure from {0}', claimant),
  changedFigure: (claimant) => l10n.t('{0} changed the figure', claimant),
};

/** Automatic topics' names in the user's language; what figures count is named as stored. */
export const cliTopicLabelWords: TopicLabelWords = {
  topic: (counted, measure) => {
    switch (measure) {
      case 'forces deployed':
        return l10n.t('{0} deployed', counted);
      case 'other':
        return l10n.t('{0} figures', counted);
      default:
        return l10n.t('{0} {1}', counted, measure);
    }
  },
  unspecified: () => l10n.t('Unspecified'),
  part: (label, place, fromDate) => {
    if (place && fromDate) return l10n.t('{0} ({1}, from {2})', label, place, fromDate);
    if (place) return l10n.t('{0} ({1})', label, place);
    return fromDate ? l10n.t('{0} (from {1})', label, fromDate) : label;
  },
};

/**
 * Why a sidecar, gazetteer, identities or topics file is not valid, in the user's language (the same
 * sentences as the extension's src/extension/validationWords.ts, which translators see once).
 */
export const cliValidationWords: ValidationWords = {
  invalidJson: (error) => {
    switch (error) {
      case 'InvalidSymbol':
        return l10n.t('invalid JSON: unexpected character');
      case 'InvalidNumberFormat':
        return l10n.t('invalid JSON: invalid number');
      case 'PropertyNameExpected':
        return l10n.t('invalid JSON: expected a property name in double quotes');
      case 'ValueExpected':
        return l10n.t('invalid JSON: expected a value');
      case 'ColonExpected':
        return l10n.t("invalid JSON: expected ':'");
      case 'CommaExpected':
        return l10n.t("invalid JSON: expected ','");
      case 'CloseBraceExpected':
        return l10n.t("invalid JSON: expected '}'");
      case 'CloseBracketExpected':
        return l10n.t("invalid JSON: expected ']'");
      case 'EndOfFileExpected':
        return l10n.t('invalid JSON: expected the end of the file');
      case 'InvalidCommentToken':
        return l10n.t('invalid JSON: comments are not allowed in JSON');
      case 'UnexpectedEndOfComment':
        return l10n.t('invalid JSON: unterminated comment');
      case 'UnexpectedEndOfString':
        return l10n.t('invalid JSON: unterminated string');
      case 'UnexpectedEndOfNumber':
        return l10n.t('invalid JSON: incomplete number');
      case 'InvalidUnicode':
        return l10n.t('invalid JSON: invalid \\u escape');
      case 'InvalidEscapeCharacter':
        return l10n.t('invalid JSON: invalid escape sequence');
      case 'InvalidCharacter':
        return l10n.t('invalid JSON: control character inside a string');
      case '<unknown ParseErrorCode>':
        return l10n.t('invalid JSON');
    }
  },
  unreadableJson: (detail) => l10n.t('not valid JSON ({0})', detail),
  tooDeep: (depth) => l10n.t('nested more than {0} levels deep: not a Claim Lens sidecar', depth),
  forbiddenKey: (key) => l10n.t('"{0}" is not allowed as a key', key),
  mergeConflict: () => l10n.t('unresolved git merge conflict: keep the claims of both sides and remove the <<<<<<<, ======= and >>>>>>> lines'),
  newerVersion: (version, supported) =>
    l10n.t('written by a newer Claim Lens (format {0}); this version reads format {1} — claims are read-only', version, supported),
  quoteNotAtAnchor: (quotePath, anchorPath) => l10n.t("{0}: not the article's text at {1}", quotePath, anchorPath),
  notAnObject: (file) => (file === 'gazetteer'
    ? l10n.t('The gazetteer must be a JSON object with "entries" and "ignore" arrays.')
    : l10n.t('The identities file must be a JSON object with "claimants", "sides" and "distinct" arrays.')),
  unknownProperty: (key, file) => (file === 'gazetteer'
    ? l10n.t('Unknown property "{0}": expected "entries" or "ignore".', key)
    : l10n.t('Unknown property "{0}": expected "claimants", "sides" or "distinct".', key)),
  notAnArray: (key) => l10n.t('"{0}" must be an array.', key),
  schemaId: (expected) => l10n.t('Expected "$schema": "{0}".', expected),
  invalidItem: (list, issues) => {
    switch (list) {
      case 'entries':
        return l10n.t('Invalid entry: {0}', issues);
      case 'ignore':
        return l10n.t('Invalid ignored term: {0}', issues);
      case 'claimants':
        return l10n.t('Invalid claimant: {0}', issues);
      case 'sides':
        return l10n.t('Invalid side: {0}', issues);
      case 'distinct':
        return l10n.t('Invalid pair: {0}', issues);
    }
  },
  located: (path, issue) => l10n.t('{0}: {1}', path, issue),
  issueList: (issues) => issues.join(l10n.t('; ')),
  required: () => l10n.t('required'),
  unknownField: () => l10n.t('unknown field'),
  expectedType: (expected, got) => (got === undefined ? l10n.t('expected {0}', expected) : l10n.t('expected {0}, got {1}', expected, got)),
  typeName: (type) => {
    switch (type) {
      case 'int':
        return l10n.t('an integer');
      case 'number':
        return l10n.t('a number');
      case 'string':
        return l10n.t('a string');
      case 'boolean':
        return l10n.t('true or false');
      case 'object':
        return l10n.t('an object');
      case 'array':
        return l10n.t('an array');
    }
  },
  expectedValue: (value) => l10n.t('expected {0}', value),
  expectedOneOf: (values) => l10n.t('expected one of {0}', values),
  atLeast: (minimum, got) => (got === undefined ? l10n.t('must be at least {0}', minimum) : l10n.t('must be at least {0}, got {1}', minimum, got)),
  atMost: (maximum, got) => (got === undefined ? l10n.t('must be at most {0}', maximum) : l10n.t('must be at most {0}, got {1}', maximum, got)),
  tooLong: (maximum) => l10n.t('too long (at most {0})', maximum),
  rule: (rule) => {
    switch (rule) {
      case 'not-empty':
        return l10n.t('must not be empty');
      case 'sha256':
        return l10n.t('expected a SHA-256 as 64 lower-case hex digits');
      case 'date':
        return l10n.t('expected a date such as 2024-09-03');
      case 'date-time':
        return l10n.t('expected an ISO 8601 date-time such as 2024-09-03T08:15:00Z');
      case 'end-after-start':
        return l10n.t('must be greater than start');
      case 'subtype-of-other-kind':
        return l10n.t('this subtype belongs to the other kind');
    }
  },
  duplicateId: (firstPath) => l10n.t('duplicate id, also used by {0}', firstPath),
  beyondArticle: (length) => l10n.t('beyond the end of the article (document.length is {0})', length),
};

/** What is wrong with a sidecar, gazetteer, identities or topics file, in the user's language. */
export const cliProblemText = (problem: { message: ProblemMessage }): string => problemText(problem.message, cliValidationWords);

/** Why part of an imported brat or W3C file was not imported, in the user's language. */
export const cliImportWords: ImportWords = {
  ofAnnotation: (id, problem) => l10n.t('{0}: {1}', id, problem),
  notAscending: (offsets) => l10n.t('offsets {0} are not ascending ranges', offsets),
  notImportedKind: () => l10n.t('events, normalizations and equivalences are not imported'),
  notBratLine: (text) => l10n.t('not a brat annotation line: {0}', text),
  offsetsOutside: (offsets) => l10n.t('offsets {0} are not inside the text', offsets),
  textMismatch: (found, expected) => l10n.t('the text at its offsets is "{0}", not "{1}"', found, expected),
  unknownType: (type) => l10n.t('type {0} is not one Claim Lens knows (Claim, Actor, Place, Number)', type),
  badStatus: (value, statuses) => l10n.t('status "{0}" is not one of {1}', value, statuses),
  badLink: (value) => l10n.t('link "{0}" is not "TYPE ARTICLE#CLAIM"', value),
  figureNoteNotJson: () => l10n.t('figure note is not JSON'),
  badRelation: (type, from, to) => l10n.t('relation {0} {1} → {2} is not a link between two imported claims', type, from, to),
  notAnnotationObject: () => l10n.t('expected an Annotation object'),
  notAnnotationType: (type) => l10n.t('type {0} is not Annotation', type),
  noTargetSource: () => l10n.t('the annotation has no target source'),
  notJson: (detail) => l10n.t('not JSON: {0}', detail),
  notJsonAnnotation: () => l10n.t('not a JSON annotation'),
  noSelector: () => l10n.t('neither a TextQuoteSelector nor a TextPositionSelector inside the article'),
  quoteNotFound: (quote) => l10n.t('the quote "{0}" is not in the article', quote),
  spanOutside: (start, end, length) => l10n.t('span {0}-{1} is outside the {2}-character article', start, end, length),
};

export const cliImportProblemText = (problem: ImportProblem): string => importProblemText(problem.message, cliImportWords, cliValidationWords);
