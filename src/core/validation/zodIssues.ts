import type * as z from 'zod/mini';
import { SCHEMA_RULES, type Got, type IssueMessage, type LocatedIssue, type SchemaRule } from './problemMessage';

export type JsonPath = (string | number)[];

/** What the checked text holds at a path: whether it is there at all, and the value found. */
export type ValueAt = (path: JsonPath) => { found: boolean; got?: Got };

/** Our own zod checks carry their message as data: a rule name, or `params` for a custom issue. */
export type CustomIssueParams = { problem: 'duplicate-id'; firstIndex: number } | { problem: 'beyond-article'; length: number };

/** Paths in problems stay short whatever keys a hostile file uses. */
const MAX_PATH_LENGTH = 120;

const isSchemaRule = (message: string): message is SchemaRule => (SCHEMA_RULES as readonly string[]).includes(message);

/** "claims[0].quote.exact"; '' for the value itself. */
function formatPath(path: JsonPath): string {
  const text = path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
  return text.length <= MAX_PATH_LENGTH ? text : `${text.slice(0, MAX_PATH_LENGTH - 1)}…`;
}

/** A plain value as a problem shows what it found: strings quoted and cut short, objects and arrays by kind. */
export function gotOfValue(value: unknown): Got {
  if (Array.isArray(value)) return { type: 'array' };
  if (value !== null && typeof value === 'object') return { type: 'object' };
  if (typeof value === 'string') return { value: JSON.stringify(value.length > 24 ? `${value.slice(0, 24)}…` : value) };
  return { value: String(value) };
}

/** The value of `root` at `path`, for files read whole (gazetteer, identities, topics). */
function valueAtIn(root: unknown): ValueAt {
  return (path) => {
    let value = root;
    for (const segment of path) {
      if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment)) return { found: false };
      value = (value as Record<string | number, unknown>)[segment];
    }
    return { found: true, got: gotOfValue(value) };
  };
}

function isJsonPath(path: PropertyKey[]): path is JsonPath {
  return path.every((segment) => typeof segment !== 'symbol');
}

function issueMessage(issue: z.core.$ZodIssue, valueAt: ValueAt, path: JsonPath): IssueMessage {
  const { found, got } = valueAt(path);
  if (!found) return { code: 'required' };
  if (isSchemaRule(issue.message)) return { code: 'rule', rule: issue.message };
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'expected-type', expected: issue.expected, got };
    case 'invalid_value':
      return { code: 'expected-value', values: issue.values.map((value) => JSON.stringify(value)) };
    case 'too_small':
      if (issue.origin === 'number') return { code: 'at-least', minimum: Number(issue.minimum), got };
      return Number(issue.minimum) <= 1 ? { code: 'rule', rule: 'not-empty' } : { code: 'zod', text: issue.message };
    case 'too_big':
      return issue.origin === 'number' ? { code: 'at-most', maximum: Number(issue.maximum), got } : { code: 'too-long', maximum: Number(issue.maximum) };
    case 'custom': {
      const params = issue.params as CustomIssueParams | undefined;
      if (params?.problem === 'duplicate-id') return { code: 'duplicate-id', firstIndex: params.firstIndex };
      if (params?.problem === 'beyond-article') return { code: 'beyond-article', length: params.length };
      return { code: 'zod', text: issue.message };
    }
    default:
      return { code: 'zod', text: issue.message };
  }
}

/**
 * The one place zod's issues become messages (zod/mini ships without any): one per issue, or per unknown
 * key, each with the path it is at. `valueAt` tells a missing field from a wrong one and what was found.
 */
export function issueMessages(issue: z.core.$ZodIssue, valueAt: ValueAt): Array<LocatedIssue & { jsonPath: JsonPath }> {
  const path = isJsonPath(issue.path) ? issue.path : [];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: formatPath([...path, key]), jsonPath: [...path, key], issue: { code: 'unknown-field' } }));
  }
  return [{ path: formatPath(path), jsonPath: path, issue: issueMessage(issue, valueAt, path) }];
}

/** Every issue of one value, for a file whose items are checked one by one. */
export function issuesOfValue(issues: readonly z.core.$ZodIssue[], value: unknown): LocatedIssue[] {
  const valueAt = valueAtIn(value);
  return issues.flatMap((issue) => issueMessages(issue, valueAt).map(({ path, issue: message }) => ({ path, issue: message })));
}
