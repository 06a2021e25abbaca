import { printParseErrorCode } from 'jsonc-parser';
import { SCHEMA_RULES, type CheckedList, type ExpectedType, type JsonError, type ProblemMessage } from '../../../src/core/validation/problemMessage';

const JSON_ERRORS: JsonError[] = [...Array.from({ length: 16 }, (_, index) => printParseErrorCode(index + 1)), '<unknown ParseErrorCode>'];
const LISTS: CheckedList[] = ['entries', 'ignore', 'claimants', 'sides', 'distinct'];
const TYPES: ExpectedType[] = ['int', 'number', 'string', 'boolean', 'object', 'array'];

/** One message of every kind, for checking that a table covers them all. */
export const EVERY_MESSAGE: ProblemMessage[] = [
  ...JSON_ERRORS.map((error) => ({ code: 'invalid-json' as const, error })),
  ...LISTS.map((list) => ({ code: 'invalid-item' as const, list, issues: [{ path: 'name', issue: { code: 'required' as const } }] })),
  ...TYPES.map((expected) => ({ code: 'schema' as const, at: { path: 'a', issue: { code: 'expected-type' as const, expected, got: { type: 'object' as const } } } })),
  { code: 'unknown-property', key: 'extra', file: 'gazetteer' },
  { code: 'unreadable-json', detail: 'Unexpected token' },
  { code: 'too-deep', depth: 64 },
  { code: 'forbidden-key', key: '__proto__' },
  { code: 'merge-conflict' },
  { code: 'newer-version', version: 3, supported: 2 },
  { code: 'quote-not-at-anchor', claimIndex: 4 },
  { code: 'not-an-object', file: 'gazetteer' },
  { code: 'not-an-object', file: 'identities' },
  { code: 'unknown-property', key: 'extra', file: 'identities' },
  { code: 'not-an-array', key: 'sides' },
  { code: 'schema-id', expected: 'claimlens:/schemas/identities-1.json' },
  { code: 'invalid-item', list: 'distinct', issues: [{ path: '[1]', issue: { code: 'too-long', maximum: 200 } }, { path: '', issue: { code: 'required' } }] },
  { code: 'issues', issues: [{ path: 'topics[0].id', issue: { code: 'expected-type', expected: 'string', got: { type: 'array' } } }] },
  ...SCHEMA_RULES.map((rule) => ({ code: 'schema' as const, at: { path: 'claims[0].x', issue: { code: 'rule' as const, rule } } })),
  { code: 'schema', at: { path: 'a', issue: { code: 'unknown-field' } } },
  { code: 'schema', at: { path: 'a', issue: { code: 'expected-type', expected: 'int', got: { value: '1.5' } } } },
  { code: 'schema', at: { path: 'a', issue: { code: 'expected-type', expected: 'boolean' } } },
  { code: 'schema', at: { path: 'a', issue: { code: 'expected-value', values: ['"x"'] } } },
  { code: 'schema', at: { path: 'a', issue: { code: 'expected-value', values: ['"x"', '"y"'] } } },
  { code: 'schema', at: { path: 'a', issue: { code: 'at-least', minimum: 0, got: { value: '-1' } } } },
  { code: 'schema', at: { path: 'a', issue: { code: 'at-most', maximum: 9 } } },
  { code: 'schema', at: { path: 'a', issue: { code: 'duplicate-id', firstIndex: 0 } } },
  { code: 'schema', at: { path: 'a', issue: { code: 'beyond-article', length: 12 } } },
  { code: 'schema', at: { path: 'a', issue: { code: 'zod', text: 'Invalid input' } } },
];
