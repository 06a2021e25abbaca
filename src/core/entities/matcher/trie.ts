import type { Tokens } from '../text/tokens';
import { type CaseRule, fits } from './caseRules';

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
