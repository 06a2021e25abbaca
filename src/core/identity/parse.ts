import { type Node, type ParseError, getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { ProblemMessage } from '../validation/problemMessage';
import { issuesOfValue } from '../validation/zodIssues';
import { distinctPairSchema, identityClaimantSchema, IDENTITIES_SCHEMA_ID, sideSchema, type Identities } from './schema';

/** Something wrong in `.claimlens/identities.json`, with the offsets of the offending JSON; problemText says it. */
export interface IdentitiesProblem {
  message: ProblemMessage;
  start: number;
  end: number;
}

export interface ParsedIdentities {
  /** The valid entries; bad ones are left out and reported. */
  identities: Identities;
  problems: IdentitiesProblem[];
}

const LISTS = { claimants: identityClaimantSchema, sides: sideSchema, distinct: distinctPairSchema } as const;
type ListName = keyof typeof LISTS;
const isList = (key: string): key is ListName => Object.hasOwn(LISTS, key);

const at = (node: Node, message: ProblemMessage): IdentitiesProblem => ({ message, start: node.offset, end: node.offset + node.length });

/**
 * Reads an identities file (JSON with comments allowed). Never throws: keeps every valid entry and reports
 * each bad one with its range, so one typo does not undo the analyst's other merges.
 */
export function parseIdentities(text: string): ParsedIdentities {
  const identities: Identities = { claimants: [], sides: [], distinct: [] };
  const problems: IdentitiesProblem[] = [];
  if (text.trim() === '') return { identities, problems };
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  } catch (error) {
    problems.push({ message: { code: 'unreadable-json', detail: String(error) }, start: 0, end: 0 });
    return { identities, problems };
  }
  for (const error of errors) problems.push({ message: { code: 'invalid-json', error: printParseErrorCode(error.error) }, start: error.offset, end: error.offset + error.length });
  if (!root) return { identities, problems };
  if (root.type !== 'object') {
    problems.push(at(root, { code: 'not-an-object', file: 'identities' }));
    return { identities, problems };
  }
  for (const property of root.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    if (key === '$schema') {
      if (valueNode.value !== IDENTITIES_SCHEMA_ID) problems.push(at(valueNode, { code: 'schema-id', expected: IDENTITIES_SCHEMA_ID }));
      continue;
    }
    if (!isList(key)) {
      problems.push(at(keyNode, { code: 'unknown-property', key, file: 'identities' }));
      continue;
    }
    if (valueNode.type !== 'array') {
      problems.push(at(valueNode, { code: 'not-an-array', key }));
      continue;
    }
    for (const item of valueNode.children ?? []) {
      const value: unknown = getNodeValue(item);
      const parsed = LISTS[key]().safeParse(value);
      if (!parsed.success) {
        problems.push(at(item, { code: 'invalid-item', list: key, issues: issuesOfValue(parsed.error.issues, value) }));
        continue;
      }
      if (key === 'claimants') identities.claimants.push(parsed.data as Identities['claimants'][number]);
      else if (key === 'sides') identities.sides.push(parsed.data as Identities['sides'][number]);
      else identities.distinct.push(parsed.data as [string, string]);
    }
  }
  return { identities, problems };
}

/** Stable text for git: two-space indentation, lists in the analyst's order, a final newline. */
export function serializeIdentities(identities: Identities): string {
  const claimants = identities.claimants.map(({ name, aliases, side, kind }) => ({
    name,
    ...(aliases?.length ? { aliases } : {}),
    ...(side ? { side } : {}),
    ...(kind ? { kind } : {}),
  }));
  const sides = identities.sides.map(({ name, members }) => ({ name, ...(members?.length ? { members } : {}) }));
  return `${JSON.stringify({ $schema: IDENTITIES_SCHEMA_ID, claimants, sides, distinct: identities.distinct }, null, 2)}\n`;
}
