import type { Tokens } from '../text/tokens';
import { type CaseRule, fits, sharedCases } from './caseRules';

interface Stored<T> {
  readonly value: T;
  /** One rule per key word, or undefined when any case matches. */
  readonly cases: readonly CaseRule[] | undefined;
}

/**
 * A trie node holds its first phrase and its first child inline: most nodes end one phrase and have at
 * most one child, and the build is allocation-bound.
 */
export interface TrieNode<T> {
  onlyKey: string | undefined;
  onlyChild: TrieNode<T> | undefined;
  /** Every child, once there are two or more. */
  children: Map<string, TrieNode<T>> | undefined;
  value: T | undefined;
  cases: readonly CaseRule[] | undefined;
  /** Further phrases with the same words, in order of precedence. */
  more: Stored<T>[] | undefined;
}

export function newNode<T>(): TrieNode<T> {
  return { onlyKey: undefined, onlyChild: undefined, children: undefined, value: undefined, cases: undefined, more: undefined };
}

export function childOf<T>(node: TrieNode<T>, key: string): TrieNode<T> | undefined {
  return node.onlyKey === key ? node.onlyChild : node.children?.get(key);
}

export function hasChildren<T>(node: TrieNode<T>): boolean {
  return node.onlyChild !== undefined || node.children !== undefined;
}

export function addChild<T>(node: TrieNode<T>, key: string): TrieNode<T> {
  const child = newNode<T>();
  if (node.children) {
    node.children.set(key, child);
  } else if (node.onlyChild) {
    node.children = new Map([[node.onlyKey!, node.onlyChild], [key, child]]);
    node.onlyKey = undefined;
    node.onlyChild = undefined;
  } else {
    node.onlyKey = key;
    node.onlyChild = child;
  }
  return child;
}

/** Stores a phrase's value; a node that already ends a phrase keeps it first. */
export function store<T>(node: TrieNode<T>, value: T, cases: readonly CaseRule[] | undefined): void {
  if (node.value === undefined) {
    node.value = value;
    node.cases = cases;
  } else {
    (node.more ??= []).push({ value, cases });
  }
}

/** The first value stored at `node` whose case rules the tokens at `path` fit. */
export function pick<T>(node: TrieNode<T>, tokens: Tokens, path: readonly number[]): T | undefined {
  if (fits(node.cases, tokens, path)) return node.value;
  if (node.more) for (const entry of node.more) if (fits(entry.cases, tokens, path)) return entry.value;
  return undefined;
}

/**
 * A trie as plain data, for building it at build time and loading it fast. Each word a phrase can start
 * with has its own subtree, decoded when that word is first met in a text: most never are.
 */
export interface SerializedTrie {
  /** The first words of phrases, joined by line breaks, which no key holds. */
  readonly keys: string;
  /** The subtree of each first word (see `encodeSubtree`). */
  readonly subtrees: readonly string[];
  /** Case rules, each word's rule joined by spaces; subtrees refer to them by position. */
  readonly casePatterns: readonly string[];
}

const LINE = '\n';

/**
 * A subtree's lines: the node's number of children and of stored phrases; one line per phrase, its case
 * rules (a pattern's position, or -1 for any case) then its encoded value; then each child's key and, in
 * the same form, the child.
 */
function encodeSubtree<T>(node: TrieNode<T>, encode: (value: T) => string, patternOf: (cases: readonly CaseRule[]) => number, lines: string[]): void {
  const children = node.children ? [...node.children] : node.onlyChild ? [[node.onlyKey!, node.onlyChild] as const] : [];
  const stored = node.value === undefined ? [] : [{ value: node.value, cases: node.cases }, ...(node.more ?? [])];
  lines.push(`${children.length} ${stored.length}`);
  for (const { value, cases } of stored) lines.push(`${cases ? patternOf(cases) : -1} ${oneLine(encode(value))}`);
  for (const [key, child] of children) {
    lines.push(oneLine(key));
    encodeSubtree(child, encode, patternOf, lines);
  }
}

function oneLine(text: string): string {
  if (text.includes(LINE)) throw new Error(`a trie key or value holds a line break: ${JSON.stringify(text)}`);
  return text;
}

export function serializeTrie<T>(root: ReadonlyMap<string, TrieNode<T>>, encode: (value: T) => string): SerializedTrie {
  const patterns = new Map<string, number>();
  const patternOf = (cases: readonly CaseRule[]): number => {
    const pattern = cases.join(' ');
    if (!patterns.has(pattern)) patterns.set(pattern, patterns.size);
    return patterns.get(pattern)!;
  };
  const subtrees: string[] = [];
  for (const node of root.values()) {
    const lines: string[] = [];
    encodeSubtree(node, encode, patternOf, lines);
    subtrees.push(lines.join(LINE));
  }
  return { keys: [...root.keys()].map(oneLine).join(LINE), subtrees, casePatterns: [...patterns.keys()] };
}

/** Reads a serialized trie's patterns and first words; `decodeSubtree` reads each subtree when it is needed. */
export function serializedRoots(data: SerializedTrie): { keys: string[]; patterns: ReadonlyArray<readonly CaseRule[]> } {
  const keys = data.keys.length === 0 ? [] : data.keys.split(LINE);
  return { keys, patterns: data.casePatterns.map((pattern) => sharedCases(pattern.split(' ') as CaseRule[])) };
}

/** The node that `serializeTrie` encoded as `subtree`. */
export function decodeSubtree<T>(subtree: string, patterns: ReadonlyArray<readonly CaseRule[]>, decode: (text: string) => T): TrieNode<T> {
  const lines = subtree.split(LINE);
  let at = 0;
  const read = (node: TrieNode<T>): TrieNode<T> => {
    const counts = lines[at++];
    const space = counts.indexOf(' ');
    const childCount = Number(counts.slice(0, space));
    const storedCount = Number(counts.slice(space + 1));
    for (let k = 0; k < storedCount; k++) {
      const line = lines[at++];
      const gap = line.indexOf(' ');
      const pattern = Number(line.slice(0, gap));
      store(node, decode(line.slice(gap + 1)), pattern < 0 ? undefined : patterns[pattern]);
    }
    for (let k = 0; k < childCount; k++) read(addChild(node, lines[at++]));
    return node;
  };
  return read(newNode<T>());
}
