import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type * as z from 'zod/mini';

export type SidecarProblemKind = 'json' | 'schema' | 'newer-version';

/** `start`/`end` are offsets in the sidecar text, for a diagnostic on the bad spot. */
export interface SidecarProblem {
  message: string;
  start: number;
  end: number;
  kind: SidecarProblemKind;
}

type JsonPath = (string | number)[];

const JSON_ERROR_MESSAGES: Record<ReturnType<typeof printParseErrorCode>, string> = {
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

const PARSE_OPTIONS = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/** Git conflict markers left by a merge of two analysts' claims, which break the JSON in a way worth naming. */
function mergeConflictProblems(text: string): SidecarProblem[] {
  return Array.from(text.matchAll(/^<{7}(?:[ \t][^\r\n]*)?$/gm), (marker) => ({
    message: 'unresolved git merge conflict: keep the claims of both sides and remove the <<<<<<<, ======= and >>>>>>> lines',
    start: marker.index,
    end: marker.index + marker[0].length,
    kind: 'json' as const,
  }));
}

/** Why `text` is not JSON, located; for a text that JSON.parse rejected. */
export function jsonProblems(text: string): SidecarProblem[] {
  const conflicts = mergeConflictProblems(text);
  if (conflicts.length > 0) return conflicts;
  const errors: ParseError[] = [];
  parseTree(text, errors, PARSE_OPTIONS);
  if (errors.length === 0) return [{ message: 'invalid JSON', start: 0, end: 0, kind: 'json' }];
  return errors.map((error) => ({
    message: `invalid JSON: ${JSON_ERROR_MESSAGES[printParseErrorCode(error.error)]}`,
    start: error.offset,
    end: error.offset + error.length,
    kind: 'json',
  }));
}

/** Parses again with locations: only done for a file that has problems, as it is ten times slower than JSON.parse. */
function treeOf(text: string): Node {
  const root = parseTree(text, [], PARSE_OPTIONS);
  if (!root) throw new Error('valid JSON without a syntax tree');
  return root;
}

export function newerVersionProblem(text: string, version: number, supported: number): SidecarProblem {
  const node = findNodeAtLocation(treeOf(text), ['version']);
  return {
    message: `written by a newer Claim Lens (format ${version}); this version reads format ${supported} — claims are read-only`,
    start: node?.offset ?? 0,
    end: node ? node.offset + node.length : 0,
    kind: 'newer-version',
  };
}

function formatPath(path: JsonPath): string {
  if (path.length === 0) return 'sidecar';
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}

function locate(root: Node, path: JsonPath): { node: Node; found: boolean } {
  for (let depth = path.length; depth > 0; depth--) {
    const node = findNodeAtLocation(root, path.slice(0, depth));
    if (node) return { node, found: depth === path.length };
  }
  return { node: root, found: path.length === 0 };
}

/** A container is pointed at by its property name (or opening bracket), not its whole body. */
function rangeOf(node: Node): { start: number; end: number } {
  if (node.type !== 'object' && node.type !== 'array') return { start: node.offset, end: node.offset + node.length };
  const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  return key ? { start: key.offset, end: key.offset + key.length } : { start: node.offset, end: node.offset + 1 };
}

const EXPECTED_NAMES: Record<string, string> = {
  int: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
};

function describeNode(node: Node): string {
  switch (node.type) {
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'string': {
      const value = String(node.value);
      return JSON.stringify(value.length > 24 ? `${value.slice(0, 24)}…` : value);
    }
    default:
      return String(node.value);
  }
}

function describeIssue(issue: z.core.$ZodIssue, node: Node): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${EXPECTED_NAMES[issue.expected] ?? issue.expected}, got ${describeNode(node)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${JSON.stringify(issue.values[0])}`
        : `expected one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'number' ? `must be at least ${issue.minimum}, got ${describeNode(node)}` : issue.message;
    case 'too_big':
      return issue.origin === 'number' ? `must be at most ${issue.maximum}, got ${describeNode(node)}` : issue.message;
    default:
      return issue.message;
  }
}

function isJsonPath(path: PropertyKey[]): path is JsonPath {
  return path.every((segment) => typeof segment !== 'symbol');
}

function problemsOfIssue(root: Node, issue: z.core.$ZodIssue): SidecarProblem[] {
  const path = isJsonPath(issue.path) ? issue.path : [];
  const { node, found } = locate(root, path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const keyNode = node.children?.find((property) => property.children?.[0]?.value === key)?.children?.[0];
      return { message: `${formatPath([...path, key])}: unknown field`, ...rangeOf(keyNode ?? node), kind: 'schema' };
    });
  }
  if (!found) return [{ message: `${formatPath(path)}: required`, ...rangeOf(node), kind: 'schema' }];
  return [{ message: `${formatPath(path)}: ${describeIssue(issue, node)}`, ...rangeOf(node), kind: 'schema' }];
}

/** The schema issues of `text`, located at the offending value (or at the object missing a field). */
export function schemaProblems(text: string, issues: readonly z.core.$ZodIssue[]): SidecarProblem[] {
  const root = treeOf(text);
  return issues.flatMap((issue) => problemsOfIssue(root, issue));
}
