import { Shape, type Tokens, tokenize } from '../text/tokens';

const PLAIN_PHRASE = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
const SINGLE_CAPITALISED = /^[A-Z][a-z]+$/;

/** What a phrase requires of each matched word's capitalisation. */
type CaseRule = 'any' | 'capital' | 'upper';

interface Stored<T> {
  readonly value: T;
  /** One rule per key word, or undefined when any case matches. */
  readonly cases: readonly CaseRule[] | undefined;
}

/** A trie node holds its first phrase inline: most nodes end one phrase, and the build is allocation-bound. */
interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | undefined;
  value: T | undefined;
  cases: readonly CaseRule[] | undefined;
  /** Further phrases with the same words, in order of precedence. */
  more: Stored<T>[] | undefined;
}

function newNode<T>(): TrieNode<T> {
  return { next: undefined, value: undefined, cases: undefined, more: undefined };
}

const SINGLE_CAPITAL: readonly CaseRule[] = ['capital'];

export interface PhraseMatch<T> {
  readonly first: number;
  readonly last: number;
  readonly value: T;
}

/** Hyphens and apostrophes inside a word ("Jabal-os-Saraj", "Kramators'k") may be written or left out. */
function isSkippableJoin(tokens: Tokens, i: number): boolean {
  if (!tokens.isPunct(i) || tokens.spaceBefore(i)) return false;
  const key = tokens.keys[i];
  if (key !== '-' && key !== "'") return false;
  return tokens.has(i + 1) && !tokens.spaceBefore(i + 1) && !tokens.isPunct(i + 1);
}

function caseRuleOf(shape: Shape): CaseRule {
  if (shape === Shape.Upper) return 'upper';
  if (shape === Shape.Capitalised) return 'capital';
  return 'any';
}

function caseAllows(rule: CaseRule, tokens: Tokens, i: number): boolean {
  switch (rule) {
    case 'any':
      return true;
    case 'capital':
      return tokens.shape(i) !== Shape.Lower;
    case 'upper':
      // "Nato" for "NATO" is house style in many papers; "Un" for "UN" is never meant.
      return tokens.shape(i) === Shape.Upper || (tokens.textLength(i) >= 4 && tokens.shape(i) === Shape.Capitalised);
  }
}

/**
 * A trie of phrases keyed on folded words. Matching walks the trie from each word of the text and keeps
 * the longest phrase whose capitalisation fits, so the cost grows with the text, not with the list.
 */
export class PhraseIndex<T> {
  private readonly root = new Map<string, TrieNode<T>>();
  private count = 0;
  /** Capitalised one-word names kept as folded key -> tag + name, valued on demand: far cheaper to build than trie nodes. */
  private readonly words = new Map<string, string>();
  private wordValue: ((name: string, tag: string) => T) | undefined;

  get size(): number {
    return this.count + this.words.size;
  }

  /**
   * Adds many one-word, capitalised ASCII names, each valued `value(name, tag)` only when it matches; `tag` is one
   * character. They rank after every phrase added with `add`, and among themselves in the order added.
   */
  addWords(names: Iterable<string>, tag: string, value: (name: string, tag: string) => T): void {
    this.wordValue = value;
    for (const name of names) {
      const key = name.toLowerCase();
      if (!this.words.has(key)) this.words.set(key, tag + name);
    }
  }

  private valueOfWord(key: string): T | undefined {
    const stored = this.words.get(key);
    return stored === undefined ? undefined : this.wordValue!(stored.slice(1), stored[0]);
  }

  /**
   * Adds `phrase`. With `caseSensitive`, each capitalised word of the phrase must be capitalised in the text
   * and each all-caps word in capitals. Returns false for a phrase with no words.
   */
  add(phrase: string, value: T, caseSensitive = true): boolean {
    const keys: string[] = [];
    const cases: CaseRule[] = [];
    if (SINGLE_CAPITALISED.test(phrase)) {
      // Most names are one capitalised ASCII word: skip the tokenizer, which dominates the build time.
      this.store(this.rootNode(phrase.toLowerCase()), value, caseSensitive ? SINGLE_CAPITAL : undefined);
      return true;
    }
    if (PLAIN_PHRASE.test(phrase)) {
      for (const word of phrase.split(' ')) {
        keys.push(word.toLowerCase());
        cases.push(word.length > 1 && word === word.toUpperCase() ? 'upper' : word[0] === word[0].toLowerCase() ? 'any' : 'capital');
      }
    } else {
      const { tokens } = tokenize(phrase);
      if (tokens.length === 0 || tokens.isPunct(0)) return false;
      for (let i = 0; i < tokens.length; i++) {
        if (isSkippableJoin(tokens, i)) continue;
        keys.push(tokens.keys[i]);
        cases.push(caseRuleOf(tokens.shape(i)));
      }
    }
    let node = this.rootNode(keys[0]);
    for (let i = 1; i < keys.length; i++) {
      node.next ??= new Map();
      let child = node.next.get(keys[i]);
      if (!child) node.next.set(keys[i], (child = newNode()));
      node = child;
    }
    this.store(node, value, caseSensitive && cases.some((c) => c !== 'any') ? cases : undefined);
    return true;
  }

  private rootNode(key: string): TrieNode<T> {
    let node = this.root.get(key);
    if (!node) this.root.set(key, (node = newNode()));
    return node;
  }

  private store(node: TrieNode<T>, value: T, cases: readonly CaseRule[] | undefined): void {
    if (node.value === undefined) {
      node.value = value;
      node.cases = cases;
    } else {
      (node.more ??= []).push({ value, cases });
    }
    this.count++;
  }

  /** The first value stored for a one-word phrase with this folded key, whatever its case. */
  lookupWord(key: string): T | undefined {
    return this.root.get(key)?.value ?? this.valueOfWord(key);
  }

  /** The longest phrase starting at each word, never crossing a line break; matches may overlap. */
  findAll(tokens: Tokens): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    const path: number[] = [];
    const keys = tokens.keys;
    for (let first = 0; first < tokens.length; first++) {
      if (tokens.isPunct(first)) continue;
      const key = keys[first];
      const lower = tokens.shape(first) === Shape.Lower;
      let node = this.root.get(key);
      if (!node) {
        const value = lower ? undefined : this.valueOfWord(key);
        if (value !== undefined) matches.push({ first, last: first, value });
        continue;
      }
      const line = tokens.line(first);
      let best: PhraseMatch<T> | undefined;
      path.length = 0;
      path.push(first);
      for (let i = first; ; ) {
        if (node.value !== undefined) {
          const value = pick(node, tokens, path);
          if (value !== undefined) best = { first, last: i, value };
        }
        if (!node.next) break;
        let j = i + 1;
        while (j < tokens.length && isSkippableJoin(tokens, j)) j++;
        if (!tokens.has(j) || tokens.line(j) !== line) break;
        const child: TrieNode<T> | undefined = node.next.get(keys[j]);
        if (!child) break;
        node = child;
        path.push(j);
        i = j;
      }
      if (!best && !lower) {
        const value = this.valueOfWord(key);
        if (value !== undefined) best = { first, last: first, value };
      }
      if (best) matches.push(best);
    }
    return matches;
  }
}

function fits(cases: readonly CaseRule[] | undefined, tokens: Tokens, path: readonly number[]): boolean {
  return !cases || cases.every((rule, k) => caseAllows(rule, tokens, path[k]));
}

function pick<T>(node: TrieNode<T>, tokens: Tokens, path: readonly number[]): T | undefined {
  if (fits(node.cases, tokens, path)) return node.value;
  for (const entry of node.more ?? []) if (fits(entry.cases, tokens, path)) return entry.value;
  return undefined;
}
