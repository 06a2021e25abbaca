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
 * Why a sidecar, gazetteer, identities or topics file is not valid, as data: the extension and the CLI
 * say it in their user's language with problemText; where it is travels beside it (offsets, a line).
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

/** Every sentence a problem is told in: the extension passes vscode.l10n.t ones, the CLI @vscode/l10n ones. */
export interface ValidationWords {
  invalidJson(error: JsonError): string;
  unreadableJson(detail: string): string;
  tooDeep(depth: number): string;
  forbiddenKey(key: string): string;
  mergeConflict(): string;
  newerVersion(version: number, supported: number): string;
  quoteNotAtAnchor(quotePath: string, anchorPath: string): string;
  notAnObject(file: CheckedFile): string;
  unknownProperty(key: string, file: CheckedFile): string;
  notAnArray(key: string): string;
  schemaId(expected: string): string;
  invalidItem(list: CheckedList, issues: string): string;
  /** "claims[0].status: expected one of …" */
  located(path: string, issue: string): string;
  /** Several issues of one item in one sentence. */
  issueList(issues: readonly string[]): string;
  required(): string;
  unknownField(): string;
  /** `expected` and an object or array `got`: from typeName. */
  expectedType(expected: string, got: string | undefined): string;
  typeName(type: ExpectedType): string;
  expectedValue(value: string): string;
  expectedOneOf(values: string): string;
  atLeast(minimum: number, got: string | undefined): string;
  atMost(maximum: number, got: string | undefined): string;
  tooLong(maximum: number): string;
  rule(rule: SchemaRule): string;
  duplicateId(firstPath: string): string;
  beyondArticle(length: number): string;
}

const JSON_ERRORS: Record<JsonError, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':'",
  CommaExpected: "expected ','",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'expected the end of the file',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'incomplete number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape sequence',
  InvalidCharacter: 'control character inside a string',
  '<unknown ParseErrorCode>': 'invalid JSON',
};

const TYPE_NAMES: Record<ExpectedType, string> = {
  int: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
};

const RULES: Record<SchemaRule, string> = {
  'not-empty': 'must not be empty',
  sha256: 'expected a SHA-256 as 64 lower-case hex digits',
  date: 'expected a date such as 2024-09-03',
  'date-time': 'expected an ISO 8601 date-time such as 2024-09-03T08:15:00Z',
  'end-after-start': 'must be greater than start',
  'subtype-of-other-kind': 'this subtype belongs to the other kind',
};

const FILE_LISTS: Record<CheckedFile, string> = {
  gazetteer: '"entries" or "ignore"',
  identities: '"claimants", "sides" or "distinct"',
};

const ITEMS: Record<CheckedList, string> = {
  entries: 'entry',
  ignore: 'ignored term',
  claimants: 'claimant',
  sides: 'side',
  distinct: 'pair',
};

const withGot = (text: string, got: string | undefined): string => (got === undefined ? text : `${text}, got ${got}`);

export const ENGLISH_VALIDATION_WORDS: ValidationWords = {
  invalidJson: (error) => (error === '<unknown ParseErrorCode>' ? JSON_ERRORS[error] : `invalid JSON: ${JSON_ERRORS[error]}`),
  unreadableJson: (detail) => `not valid JSON (${detail})`,
  tooDeep: (depth) => `nested more than ${depth} levels deep: not a Claim Lens sidecar`,
  forbiddenKey: (key) => `"${key}" is not allowed as a key`,
  mergeConflict: () => 'unresolved git merge conflict: keep the claims of both sides and remove the <<<<<<<, ======= and >>>>>>> lines',
  newerVersion: (version, supported) => `written by a newer Claim Lens (format ${version}); this version reads format ${supported} — claims are read-only`,
  quoteNotAtAnchor: (quotePath, anchorPath) => `${quotePath}: not the article's text at ${anchorPath}`,
  notAnObject: (file) => (file === 'gazetteer'
    ? 'The gazetteer must be a JSON object with "entries" and "ignore" arrays.'
    : 'The identities file must be a JSON object with "claimants", "sides" and "distinct" arrays.'),
  unknownProperty: (key, file) => `Unknown property "${key}": expected ${FILE_LISTS[file]}.`,
  notAnArray: (key) => `"${key}" must be an array.`,
  schemaId: (expected) => `Expected "$schema": "${expected}".`,
  invalidItem: (list, issues) => `Invalid ${ITEMS[list]}: ${issues}`,
  located: (path, issue) => `${path}: ${issue}`,
  issueList: (issues) => issues.join('; '),
  required: () => 'required',
  unknownField: () => 'unknown field',
  expectedType: (expected, got) => withGot(`expected ${expected}`, got),
  typeName: (type) => TYPE_NAMES[type],
  expectedValue: (value) => `expected ${value}`,
  expectedOneOf: (values) => `expected one of ${values}`,
  atLeast: (minimum, got) => withGot(`must be at least ${minimum}`, got),
  atMost: (maximum, got) => withGot(`must be at most ${maximum}`, got),
  tooLong: (maximum) => `too long (at most ${maximum})`,
  rule: (rule) => RULES[rule],
  duplicateId: (firstPath) => `duplicate id, also used by ${firstPath}`,
  beyondArticle: (length) => `beyond the end of the article (document.length is ${length})`,
};

const isExpectedType = (type: string): type is ExpectedType => Object.hasOwn(TYPE_NAMES, type);

function gotText(got: Got | undefined, words: ValidationWords): string | undefined {
  if (!got) return undefined;
  return 'type' in got ? words.typeName(got.type) : got.value;
}

function issueText(issue: IssueMessage, words: ValidationWords): string {
  switch (issue.code) {
    case 'required':
      return words.required();
    case 'unknown-field':
      return words.unknownField();
    case 'expected-type':
      return words.expectedType(isExpectedType(issue.expected) ? words.typeName(issue.expected) : issue.expected, gotText(issue.got, words));
    case 'expected-value':
      return issue.values.length === 1 ? words.expectedValue(issue.values[0]) : words.expectedOneOf(issue.values.join(', '));
    case 'at-least':
      return words.atLeast(issue.minimum, gotText(issue.got, words));
    case 'at-most':
      return words.atMost(issue.maximum, gotText(issue.got, words));
    case 'too-long':
      return words.tooLong(issue.maximum);
    case 'rule':
      return words.rule(issue.rule);
    case 'duplicate-id':
      return words.duplicateId(`claims[${issue.firstIndex}]`);
    case 'beyond-article':
      return words.beyondArticle(issue.length);
    case 'zod':
      return issue.text;
  }
}

/** Long lists of allowed values and hostile keys are cut: a problem is read in one glance. */
const MAX_ISSUE_LENGTH = 160;

function locatedText({ path, issue }: LocatedIssue, words: ValidationWords): string {
  const text = issueText(issue, words);
  const located = path === '' ? text : words.located(path, text);
  return located.length <= MAX_ISSUE_LENGTH ? located : `${located.slice(0, MAX_ISSUE_LENGTH - 1)}…`;
}

/** A problem in the words given: English unless the caller passes its user's language. */
export function problemText(message: ProblemMessage, words: ValidationWords = ENGLISH_VALIDATION_WORDS): string {
  switch (message.code) {
    case 'invalid-json':
      return words.invalidJson(message.error);
    case 'unreadable-json':
      return words.unreadableJson(message.detail);
    case 'too-deep':
      return words.tooDeep(message.depth);
    case 'forbidden-key':
      return words.forbiddenKey(message.key);
    case 'merge-conflict':
      return words.mergeConflict();
    case 'newer-version':
      return words.newerVersion(message.version, message.supported);
    case 'quote-not-at-anchor':
      return words.quoteNotAtAnchor(`claims[${message.claimIndex}].quote.exact`, `claims[${message.claimIndex}].anchor`);
    case 'schema':
      return locatedText(message.at, words);
    case 'not-an-object':
      return words.notAnObject(message.file);
    case 'unknown-property':
      return words.unknownProperty(message.key, message.file);
    case 'not-an-array':
      return words.notAnArray(message.key);
    case 'schema-id':
      return words.schemaId(message.expected);
    case 'invalid-item':
      return words.invalidItem(message.list, words.issueList(message.issues.map((issue) => locatedText(issue, words))));
    case 'issues':
      return words.issueList(message.issues.map((issue) => locatedText(issue, words)));
  }
}
