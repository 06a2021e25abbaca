import * as vscode from 'vscode';
import type { ValidationWords } from '../core/validation/problemMessage';

/**
 * Why a sidecar, gazetteer, identities or topics file is not valid, in VS Code's display language
 * (the English of src/core/validation/problemMessage.ts; the CLI's copy is in src/cli/words.ts).
 */
export const localisedValidationWords: ValidationWords = {
  invalidJson: (error) => {
    switch (error) {
      case 'InvalidSymbol':
        return vscode.l10n.t('invalid JSON: unexpected character');
      case 'InvalidNumberFormat':
        return vscode.l10n.t('invalid JSON: invalid number');
      case 'PropertyNameExpected':
        return vscode.l10n.t('invalid JSON: expected a property name in double quotes');
      case 'ValueExpected':
        return vscode.l10n.t('invalid JSON: expected a value');
      case 'ColonExpected':
        return vscode.l10n.t("invalid JSON: expected ':'");
      case 'CommaExpected':
        return vscode.l10n.t("invalid JSON: expected ','");
      case 'CloseBraceExpected':
        return vscode.l10n.t("invalid JSON: expected '}'");
      case 'CloseBracketExpected':
        return vscode.l10n.t("invalid JSON: expected ']'");
      case 'EndOfFileExpected':
        return vscode.l10n.t('invalid JSON: expected the end of the file');
      case 'InvalidCommentToken':
        return vscode.l10n.t('invalid JSON: comments are not allowed in JSON');
      case 'UnexpectedEndOfComment':
        return vscode.l10n.t('invalid JSON: unterminated comment');
      case 'UnexpectedEndOfString':
        return vscode.l10n.t('invalid JSON: unterminated string');
      case 'UnexpectedEndOfNumber':
        return vscode.l10n.t('invalid JSON: incomplete number');
      case 'InvalidUnicode':
        return vscode.l10n.t('invalid JSON: invalid \\u escape');
      case 'InvalidEscapeCharacter':
        return vscode.l10n.t('invalid JSON: invalid escape sequence');
      case 'InvalidCharacter':
        return vscode.l10n.t('invalid JSON: control character inside a string');
      case '<unknown ParseErrorCode>':
        return vscode.l10n.t('invalid JSON');
    }
  },
  unreadableJson: (detail) => vscode.l10n.t('not valid JSON ({0})', detail),
  tooDeep: (depth) => vscode.l10n.t('nested more than {0} levels deep: not a Claim Lens sidecar', depth),
  forbiddenKey: (key) => vscode.l10n.t('"{0}" is not allowed as a key', key),
  mergeConflict: () => vscode.l10n.t('unresolved git merge conflict: keep the claims of both sides and remove the <<<<<<<, ======= and >>>>>>> lines'),
  newerVersion: (version, supported) =>
    vscode.l10n.t('written by a newer Claim Lens (format {0}); this version reads format {1} — claims are read-only', version, supported),
  quoteNotAtAnchor: (quotePath, anchorPath) => vscode.l10n.t("{0}: not the article's text at {1}", quotePath, anchorPath),
  notAnObject: (file) => (file === 'gazetteer'
    ? vscode.l10n.t('The gazetteer must be a JSON object with "entries" and "ignore" arrays.')
    : vscode.l10n.t('The identities file must be a JSON object with "claimants", "sides" and "distinct" arrays.')),
  unknownProperty: (key, file) => (file === 'gazetteer'
    ? vscode.l10n.t('Unknown property "{0}": expected "entries" or "ignore".', key)
    : vscode.l10n.t('Unknown property "{0}": expected "claimants", "sides" or "distinct".', key)),
  notAnArray: (key) => vscode.l10n.t('"{0}" must be an array.', key),
  schemaId: (expected) => vscode.l10n.t('Expected "$schema": "{0}".', expected),
  invalidItem: (list, issues) => {
    switch (list) {
      case 'entries':
        return vscode.l10n.t('Invalid entry: {0}', issues);
      case 'ignore':
        return vscode.l10n.t('Invalid ignored term: {0}', issues);
      case 'claimants':
        return vscode.l10n.t('Invalid claimant: {0}', issues);
      case 'sides':
        return vscode.l10n.t('Invalid side: {0}', issues);
      case 'distinct':
        return vscode.l10n.t('Invalid pair: {0}', issues);
    }
  },
  located: (path, issue) => vscode.l10n.t('{0}: {1}', path, issue),
  issueList: (issues) => issues.join(vscode.l10n.t('; ')),
  required: () => vscode.l10n.t('required'),
  unknownField: () => vscode.l10n.t('unknown field'),
  expectedType: (expected, got) => (got === undefined ? vscode.l10n.t('expected {0}', expected) : vscode.l10n.t('expected {0}, got {1}', expected, got)),
  typeName: (type) => {
    switch (type) {
      case 'int':
        return vscode.l10n.t('an integer');
      case 'number':
        return vscode.l10n.t('a number');
      case 'string':
        return vscode.l10n.t('a string');
      case 'boolean':
        return vscode.l10n.t('true or false');
      case 'object':
        return vscode.l10n.t('an object');
      case 'array':
        return vscode.l10n.t('an array');
    }
  },
  expectedValue: (value) => vscode.l10n.t('expected {0}', value),
  expectedOneOf: (values) => vscode.l10n.t('expected one of {0}', values),
  atLeast: (minimum, got) => (got === undefined ? vscode.l10n.t('must be at least {0}', minimum) : vscode.l10n.t('must be at least {0}, got {1}', minimum, got)),
  atMost: (maximum, got) => (got === undefined ? vscode.l10n.t('must be at most {0}', maximum) : vscode.l10n.t('must be at most {0}, got {1}', maximum, got)),
  tooLong: (maximum) => vscode.l10n.t('too long (at most {0})', maximum),
  rule: (rule) => {
    switch (rule) {
      case 'not-empty':
        return vscode.l10n.t('must not be empty');
      case 'sha256':
        return vscode.l10n.t('expected a SHA-256 as 64 lower-case hex digits');
      case 'date':
        return vscode.l10n.t('expected a date such as 2024-09-03');
      case 'date-time':
        return vscode.l10n.t('expected an ISO 8601 date-time such as 2024-09-03T08:15:00Z');
      case 'end-after-start':
        return vscode.l10n.t('must be greater than start');
      case 'subtype-of-other-kind':
        return vscode.l10n.t('this subtype belongs to the other kind');
    }
  },
  duplicateId: (firstPath) => vscode.l10n.t('duplicate id, also used by {0}', firstPath),
  beyondArticle: (length) => vscode.l10n.t('beyond the end of the article (document.length is {0})', length),
};
