import { printParseErrorCode, visit, type Node, type ParseErrorCode } from 'jsonc-parser';
import type * as z from 'zod/mini';
import { sidecarTree, type SidecarTree } from './sidecarTree';

export type SidecarProblemKind = 'json' | 'schema' | 'newer-version' | 'anchor';

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
/** A sidecar is six levels deep; far deeper input is hostile or broken, and recursive parsers would overflow on it. */
export const MAX_SIDECAR_DEPTH = 64;
const MAX_MESSAGE_LENGTH = 160;

function short(message: string): string {
  return message.length <= MAX_MESSAGE_LENGTH ? message : `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}

/** The first place nesting goes deeper than MAX_SIDECAR_DEPTH, found without parsing (strings are skipped). */
export function nestingProblem(text: string): SidecarProblem | undefined {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x22) {
      // Skip the string: to its closing quote, stepping over escapes.
      for (index++; index < text.length && text.charCodeAt(index) !== 0x22; index++) if (text.charCodeAt(index) === 0x5c) index++;
    } else if (code === 0x7b || code === 0x5b) {
      if (++depth > MAX_SIDECAR_DEPTH) {
        return { message: `nested more than ${MAX_SIDECAR_DEPTH} levels deep: not a Claim Lens sidecar`, start: index, end: index + 1, kind: 'json' };
      }
    } else if (code === 0x7d || code === 0x5d) {
      depth--;
    }
  }
  return undefined;
}

/**
 * Keys that JavaScript objects treat specially. JSON.parse keeps them as plain data, but any later
 * Object.assign or lookup could turn them into a prototype that supplies claims: they are refused.
 */
export function forbiddenKeyProblems(tree: SidecarTree): SidecarProblem[] {
  return tree.forbiddenKeys.map((key) => ({
    message: `"${String(key.value)}" is not allowed as a key`, start: key.offset, end: key.offset + key.length, kind: 'schema' as const,
  }));
}

/** Claims (by index) whose quote is not the article's text at their anchor. */
export function anchorProblems(text: string, claimIndexes: readonly number[]): SidecarProblem[] {
  const tree = sidecarTree(text);
  return claimIndexes.map((index) => {
    const { node } = tree.locate(['claims', index, 'quote', 'exact']);
    return {
      message: `claims[${index}].quote.exact: not the article's text at claims[${index}].anchor`,
      ...rangeOf(node),
      kind: 'anchor' as const,
    };
  });
}

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
  // visit, not parseTree: it reports the same errors without building a tree of a possibly huge file.
  const errors: SidecarProblem[] = [];
  visit(text, {
    onError: (error: ParseErrorCode, offset: number, length: number) => {
      if (errors.length < 20) {
        errors.push({ message: `invalid JSON: ${JSON_ERROR_MESSAGES[printParseErrorCode(error)]}`, start: offset, end: offset + length, kind: 'json' });
      }
    },
  }, PARSE_OPTIONS);
  return errors.length > 0 ? errors : [{ message: 'invalid JSON', start: 0, end: 0, kind: 'json' }];
}

export function newerVersionProblem(tree: SidecarTree, version: number, supported: number): SidecarProblem {
  const { node, found } = tree.locate(['version']);
  return {
    message: `written by a newer Claim Lens (format ${version}); this version reads format ${supported} — claims are read-only`,
    start: found ? node.offset : 0,
    end: found ? node.offset + node.length : 0,
    kind: 'newer-version',
  };
}

function formatPath(path: JsonPath): string {
  if (path.length === 0) return 'sidecar';
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
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

function problemsOfIssue(tree: SidecarTree, issue: z.core.$ZodIssue): SidecarProblem[] {
  const path = isJsonPath(issue.path) ? issue.path : [];
  const { node, found } = tree.locate(path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const keyNode = node.children?.find((property) => property.children?.[0]?.value === key)?.children?.[0];
      return { message: short(`${formatPath([...path, key])}: unknown field`), ...rangeOf(keyNode ?? node), kind: 'schema' };
    });
  }
  if (!found) return [{ message: short(`${formatPath(path)}: required`), ...rangeOf(node), kind: 'schema' }];
  return [{ message: short(`${formatPath(path)}: ${describeIssue(issue, node)}`), ...rangeOf(node), kind: 'schema' }];
}

/** The schema issues of `text`, located at the offending value (or at the object missing a field). */
export function schemaProblems(tree: SidecarTree, issues: readonly z.core.$ZodIssue[]): SidecarProblem[] {
  return issues.slice(0, 50).flatMap((issue) => problemsOfIssue(tree, issue));
}
