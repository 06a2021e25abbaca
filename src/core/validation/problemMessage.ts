import * as l10n from '@vscode/l10n';
import type { printParseErrorCode } from 'jsonc-parser';

/** What jsonc-parser says is wrong with a JSON text. */
export type JsonError = ReturnType<typeof printParseErrorCode>;

/** The value a field should hold, as zod names it. */
export type ExpectedType = 'int' | 'number' | 'string' | 'boolean' | 'object' | 'array';

/** Checks of ours with no parameters; the schemas use them as their zod error message. */
export const SCHEMA_RULES = ['not-empty', 'sha256', 'date', 'date-time', 'end-after-start', 'subtype-of-other-kind'] as const;
export type SchemaRule = (typeof SCHEMA_RULES)[number];

/** The value a schema refused: written out, or an object or array by its kind. */
export type Got = { value: string } | { type: 'object' | 'array' };

/** One thing a schema found wrong with one value; where it is comes beside it (LocatedIssue). */
export type IssueMessage =
  | { code: 'required' }
  | { code: 'unknown-field' }
  | { code: 'expected-type'; expected: string; got?: Got }
  | { code: 'expected-value'; values: readonly string[] }
  | { code: 'at-least'; minimum: number; got?: Got }
  | { code: 'at-most'; maximum: number; got?: Got }
  | { code: 'too-long'; maximum: number }
  | { code: 'rule'; rule: SchemaRule }
  | { code: 'duplicate-id'; firstIndex: number }
  | { code: 'beyond-article'; length: number }
  /** zod's own words, for an issue none of our schemas raises: kept, though untranslated. */
  | { code: 'zod'; text: string };

/** `path`: "claims[0].status"; '' for the value itself. */
export interface LocatedIssue {
  path: string;
  issue: IssueMessage;
}

/** The workspace files whose problems are reported, for messages that name them. */
export type CheckedFile = 'gazetteer' | 'identities';

/** Lists of the gazetteer and identities files whose items are checked one by one. */
export type CheckedList = 'entries' | 'ignore' | 'claimants' | 'sides' | 'distinct';

/**
 * Why a sidecar, gazetteer, identities or topics file is not valid, as data: problemText says it in the
 * user's language; where it is travels beside it (offsets, a line).
 */
export type ProblemMessage =
  | { code: 'invalid-json'; error: JsonError }
  /** The JavaScript engine's own explanation of a JSON text it rejected. */
  | { code: 'unreadable-json'; detail: string }
  | { code: 'too-deep'; depth: number }
  | { code: 'forbidden-key'; key: string }
  | { code: 'merge-conflict' }
  | { code: 'newer-version'; version: number; supported: number }
  | { code: 'quote-not-at-anchor'; claimIndex: number }
  | { code: 'schema'; at: LocatedIssue }
  | { code: 'not-an-object'; file: CheckedFile }
  | { code: 'unknown-property'; key: string; file: CheckedFile }
  | { code: 'not-an-array'; key: string }
  | { code: 'schema-id'; expected: string }
  | { code: 'invalid-item'; list: CheckedList; issues: readonly LocatedIssue[] }
  | { code: 'issues'; issues: readonly LocatedIssue[] };

function jsonErrorText(error: JsonError): string {
  const texts: Record<JsonError, string> = {
    InvalidSymbol: l10n.t('invalid JSON: unexpected character'),
    InvalidNumberFormat: l10n.t('invalid JSON: invalid number'),
    PropertyNameExpected: l10n.t('invalid JSON: expected a property name in double quotes'),
    ValueExpected: l10n.t('invalid JSON: expected a value'),
    ColonExpected: l10n.t("invalid JSON: expected ':'"),
    CommaExpected: l10n.t("invalid JSON: expected ','"),
    CloseBraceExpected: l10n.t("invalid JSON: expected '}'"),
    CloseBracketExpected: l10n.t("invalid JSON: expected ']'"),
    EndOfFileExpected: l10n.t('invalid JSON: expected the end of the file'),
    InvalidCommentToken: l10n.t('invalid JSON: comments are not allowed in JSON'),
    UnexpectedEndOfComment: l10n.t('invalid JSON: unterminated comment'),
    UnexpectedEndOfString: l10n.t('invalid JSON: unterminated string'),
    UnexpectedEndOfNumber: l10n.t('invalid JSON: incomplete number'),
    InvalidUnicode: l10n.t('invalid JSON: invalid \\u escape'),
    InvalidEscapeCharacter: l10n.t('invalid JSON: invalid escape sequence'),
    InvalidCharacter: l10n.t('invalid JSON: control character inside a string'),
    '<unknown ParseErrorCode>': l10n.t('invalid JSON'),
  };
  return texts[error];
}

const EXPECTED_TYPES: readonly string[] = ['int', 'number', 'string', 'boolean', 'object', 'array'] satisfies ExpectedType[];
const isExpectedType = (type: string): type is ExpectedType => EXPECTED_TYPES.includes(type);

function typeName(type: ExpectedType): string {
  const texts: Record<ExpectedType, string> = {
    int: l10n.t('an integer'),
    number: l10n.t('a number'),
    string: l10n.t('a string'),
    boolean: l10n.t('true or false'),
    object: l10n.t('an object'),
    array: l10n.t('an array'),
  };
  return texts[type];
}

function ruleText(rule: SchemaRule): string {
  const texts: Record<SchemaRule, string> = {
    'not-empty': l10n.t('must not be empty'),
    sha256: l10n.t('expected a SHA-256 as 64 lower-case hex digits'),
    date: l10n.t('expected a date such as 2024-09-03'),
    'date-time': l10n.t('expected an ISO 8601 date-time such as 2024-09-03T08:15:00Z'),
    'end-after-start': l10n.t('must be greater than start'),
    'subtype-of-other-kind': l10n.t('this subtype belongs to the other kind'),
  };
  return texts[rule];
}

function invalidItemText(list: CheckedList, issues: string): string {
  const texts: Record<CheckedList, string> = {
    entries: l10n.t('Invalid entry: {0}', issues),
    ignore: l10n.t('Invalid ignored term: {0}', issues),
    claimants: l10n.t('Invalid claimant: {0}', issues),
    sides: l10n.t('Invalid side: {0}', issues),
    distinct: l10n.t('Invalid pair: {0}', issues),
  };
  return texts[list];
}

function gotText(got: Got | undefined): string | undefined {
  if (!got) return undefined;
  return 'type' in got ? typeName(got.type) : got.value;
}

function issueText(issue: IssueMessage): string {
  switch (issue.code) {
    case 'required':
      return l10n.t('required');
    case 'unknown-field':
      return l10n.t('unknown field');
    case 'expected-type': {
      const expected = isExpectedType(issue.expected) ? typeName(issue.expected) : issue.expected;
      const got = gotText(issue.got);
      return got === undefined ? l10n.t('expected {0}', expected) : l10n.t('expected {0}, got {1}', expected, got);
    }
    case 'expected-value':
      return issue.values.length === 1 ? l10n.t('expected {0}', issue.values[0]) : l10n.t('expected one of {0}', issue.values.join(', '));
    case 'at-least': {
      const got = gotText(issue.got);
      return got === undefined ? l10n.t('must be at least {0}', issue.minimum) : l10n.t('must be at least {0}, got {1}', issue.minimum, got);
    }
    case 'at-most': {
      const got = gotText(issue.got);
      return got === undefined ? l10n.t('must be at most {0}', issue.maximum) : l10n.t('must be at most {0}, got {1}', issue.maximum, got);
    }
    case 'too-long':
      return l10n.t('too long (at most {0})', issue.maximum);
    case 'rule':
      return ruleText(issue.rule);
    case 'duplicate-id':
      return l10n.t('duplicate id, also used by {0}', `claims[${issue.firstIndex}]`);
    case 'beyond-article':
      return l10n.t('beyond the end of the article (document.length is {0})', issue.length);
    case 'zod':
      return issue.text;
  }
}

/** Long lists of allowed values and hostile keys are cut: a problem is read in one glance. */
const MAX_ISSUE_LENGTH = 160;

function locatedText({ path, issue }: LocatedIssue): string {
  const text = issueText(issue);
  const located = path === '' ? text : l10n.t('{0}: {1}', path, text);
  return located.length <= MAX_ISSUE_LENGTH ? located : `${located.slice(0, MAX_ISSUE_LENGTH - 1)}…`;
}

/** Several issues of one item in one sentence. */
const issueList = (issues: readonly LocatedIssue[]): string => issues.map(locatedText).join(l10n.t('; '));

/** A problem in the user's language: the bundle the extension or the CLI gave @vscode/l10n, else English. */
export function problemText(message: ProblemMessage): string {
  switch (message.code) {
    case 'invalid-json':
      return jsonErrorText(message.error);
    case 'unreadable-json':
      return l10n.t('not valid JSON ({0})', message.detail);
    case 'too-deep':
      return l10n.t('nested more than {0} levels deep: not a Claim Lens sidecar', message.depth);
    case 'forbidden-key':
      return l10n.t('"{0}" is not allowed as a key', message.key);
    case 'merge-conflict':
      return l10n.t('unresolved git merge conflict: keep the claims of both sides and remove the <<<<<<<, ======= and >>>>>>> lines');
    case 'newer-version':
      return l10n.t('written by a newer Claim Lens (format {0}); this version reads format {1} — claims are read-only', message.version, message.supported);
    case 'quote-not-at-anchor':
      return l10n.t("{0}: not the article's text at {1}", `claims[${message.claimIndex}].quote.exact`, `claims[${message.claimIndex}].anchor`);
    case 'schema':
      return locatedText(message.at);
    case 'not-an-object':
      return message.file === 'gazetteer'
        ? l10n.t('The gazetteer must be a JSON object with "entries" and "ignore" arrays.')
        : l10n.t('The identities file must be a JSON object with "claimants", "sides" and "distinct" arrays.');
    case 'unknown-property':
      return message.file === 'gazetteer'
        ? l10n.t('Unknown property "{0}": expected "entries" or "ignore".', message.key)
        : l10n.t('Unknown property "{0}": expected "claimants", "sides" or "distinct".', message.key);
    case 'not-an-array':
      return l10n.t('"{0}" must be an array.', message.key);
    case 'schema-id':
      return l10n.t('Expected "$schema": "{0}".', message.expected);
    case 'invalid-item':
      return invalidItemText(message.list, issueList(message.issues));
    case 'issues':
      return issueList(message.issues);
  }
}
