import { printParseErrorCode, visit, type Node, type ParseErrorCode } from 'jsonc-parser';
import type * as z from 'zod/mini';
import type { Got, ProblemMessage } from '../validation/problemMessage';
import { gotOfValue, issueMessages, type JsonPath, type ValueAt } from '../validation/zodIssues';
import { sidecarTree, type SidecarTree } from './sidecarTree';

export type SidecarProblemKind = 'json' | 'schema' | 'newer-version' | 'anchor';

/** `start`/`end` are offsets in the sidecar text, for a diagnostic on the bad spot; problemText says it. */
export interface SidecarProblem {
  message: ProblemMessage;
  start: number;
  end: number;
  kind: SidecarProblemKind;
}

const PARSE_OPTIONS = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };
/** A sidecar is six levels deep; far deeper input is hostile or broken, and recursive parsers would overflow on it. */
export const MAX_SIDECAR_DEPTH = 64;

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
        return { message: { code: 'too-deep', depth: MAX_SIDECAR_DEPTH }, start: index, end: index + 1, kind: 'json' };
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
    message: { code: 'forbidden-key', key: String(key.value) }, start: key.offset, end: key.offset + key.length, kind: 'schema' as const,
  }));
}

/** Claims (by index) whose quote is not the article's text at their anchor. */
export function anchorProblems(text: string, claimIndexes: readonly number[]): SidecarProblem[] {
  const tree = sidecarTree(text);
  return claimIndexes.map((index) => {
    const { node } = tree.locate(['claims', index, 'quote', 'exact']);
    return {
      message: { code: 'quote-not-at-anchor', claimIndex: index },
      ...rangeOf(node),
      kind: 'anchor' as const,
    };
  });
}

/** Git conflict markers left by a merge of two analysts' claims, which break the JSON in a way worth naming. */
function mergeConflictProblems(text: string): SidecarProblem[] {
  return Array.from(text.matchAll(/^<{7}(?:[ \t][^\r\n]*)?$/gm), (marker) => ({
    message: { code: 'merge-conflict' },
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
        errors.push({ message: { code: 'invalid-json', error: printParseErrorCode(error) }, start: offset, end: offset + length, kind: 'json' });
      }
    },
  }, PARSE_OPTIONS);
  return errors.length > 0 ? errors : [{ message: { code: 'invalid-json', error: '<unknown ParseErrorCode>' }, start: 0, end: 0, kind: 'json' }];
}

export function newerVersionProblem(tree: SidecarTree, version: number, supported: number): SidecarProblem {
  const { node, found } = tree.locate(['version']);
  return {
    message: { code: 'newer-version', version, supported },
    start: found ? node.offset : 0,
    end: found ? node.offset + node.length : 0,
    kind: 'newer-version',
  };
}

/** A container is pointed at by its property name (or opening bracket), not its whole body. */
function rangeOf(node: Node): { start: number; end: number } {
  if (node.type !== 'object' && node.type !== 'array') return { start: node.offset, end: node.offset + node.length };
  const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  return key ? { start: key.offset, end: key.offset + key.length } : { start: node.offset, end: node.offset + 1 };
}

const gotOfNode = (node: Node): Got => (node.type === 'object' || node.type === 'array' ? { type: node.type } : gotOfValue(node.value));

/** An unknown field is pointed at by its name. */
function nodeOf(tree: SidecarTree, path: JsonPath, unknownField: boolean): Node {
  if (!unknownField) return tree.locate(path).node;
  const { node } = tree.locate(path.slice(0, -1));
  const key = path[path.length - 1];
  return node.children?.find((property) => property.children?.[0]?.value === key)?.children?.[0] ?? node;
}

function problemsOfIssue(tree: SidecarTree, issue: z.core.$ZodIssue): SidecarProblem[] {
  const valueAt: ValueAt = (path) => {
    const { node, found } = tree.locate(path);
    return { found, got: found ? gotOfNode(node) : undefined };
  };
  return issueMessages(issue, valueAt).map(({ path, jsonPath, issue: said }) => ({
    message: { code: 'schema', at: { path: path || 'sidecar', issue: said } },
    ...rangeOf(nodeOf(tree, jsonPath, said.code === 'unknown-field')),
    kind: 'schema',
  }));
}

/** The schema issues of `text`, located at the offending value (or at the object missing a field). */
export function schemaProblems(tree: SidecarTree, issues: readonly z.core.$ZodIssue[]): SidecarProblem[] {
  return issues.slice(0, 50).flatMap((issue) => problemsOfIssue(tree, issue));
}
