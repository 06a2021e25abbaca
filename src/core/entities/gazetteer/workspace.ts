import { type Node, type ParseError, getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { ProblemMessage } from '../../validation/problemMessage';
import { issuesOfValue } from '../../validation/zodIssues';
import { gazetteerEntrySchema, ignoredTermSchema } from './schema';
import type { GazetteerEntry, WorkspaceGazetteer } from './types';

/** Something wrong in `.claimlens/gazetteer.json`, with the offsets of the offending JSON; problemText says it. */
export interface GazetteerProblem {
  message: ProblemMessage;
  start: number;
  end: number;
}

export interface ParsedGazetteer {
  /** The valid entries and ignored terms; bad ones are left out and reported. */
  gazetteer: WorkspaceGazetteer;
  problems: GazetteerProblem[];
}

const KNOWN_PROPERTIES = new Set(['$schema', 'entries', 'ignore']);

function at(node: Node, message: ProblemMessage): GazetteerProblem {
  return { message, start: node.offset, end: node.offset + node.length };
}

/**
 * Reads a workspace gazetteer (JSON with comments allowed). Keeps every valid entry and reports each
 * bad one with its range in `text`, so one typo does not switch the whole list off.
 */
export function parseWorkspaceGazetteer(text: string): ParsedGazetteer {
  const problems: GazetteerProblem[] = [];
  const entries: GazetteerEntry[] = [];
  const ignore: string[] = [];
  if (text.trim() === '') return { gazetteer: { entries, ignore }, problems };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const error of errors) problems.push({ message: { code: 'invalid-json', error: printParseErrorCode(error.error) }, start: error.offset, end: error.offset + error.length });
  if (!root) return { gazetteer: { entries, ignore }, problems };
  if (root.type !== 'object') {
    problems.push(at(root, { code: 'not-an-object', file: 'gazetteer' }));
    return { gazetteer: { entries, ignore }, problems };
  }
  for (const property of root.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = keyNode.value as string;
    if (!KNOWN_PROPERTIES.has(key)) {
      problems.push(at(keyNode, { code: 'unknown-property', key, file: 'gazetteer' }));
      continue;
    }
    if (key === '$schema') continue;
    if (valueNode.type !== 'array') {
      problems.push(at(valueNode, { code: 'not-an-array', key }));
      continue;
    }
    for (const item of valueNode.children ?? []) {
      const value: unknown = getNodeValue(item);
      if (key === 'entries') {
        const parsed = gazetteerEntrySchema().safeParse(value);
        if (parsed.success) entries.push(parsed.data);
        else problems.push(at(item, { code: 'invalid-item', list: 'entries', issues: issuesOfValue(parsed.error.issues, value) }));
      } else {
        const parsed = ignoredTermSchema().safeParse(value);
        if (parsed.success) ignore.push(parsed.data);
        else problems.push(at(item, { code: 'invalid-item', list: 'ignore', issues: issuesOfValue(parsed.error.issues, value) }));
      }
    }
  }
  return { gazetteer: { entries, ignore }, problems };
}
