import { Shape, type Tokens } from '../text/tokens';
import { type CaseRule, sharedCases } from './caseRules';
import { isSingleCapitalised, isSkippableJoin, phraseWords } from './phraseWords';
import {
  addChild, childOf, decodeSubtree, hasChildren, newNode, pick, type SerializedTrie, serializedRoots, serializeTrie, store, type TrieNode,
} from './trie';
import { type SerializedWordTable, WordTable } from './wordTable';

const SINGLE_CAPITAL: readonly CaseRule[] = sharedCases(['capital']);

/** A phrase index as plain data (see `PhraseIndex.serialize`), which JSON holds. */
export interface SerializedPhraseIndex {
  readonly trie: SerializedTrie;
  readonly phrases: number;
  readonly words: SerializedWordTable;
  readonly wordTags: readonly string[];
}

/**
 * A trie of phrases keyed on folded words. Matching walks the trie from each word of the text and keeps
 * the longest phrase whose capitalisation fits, so the cost grows with the text, not with the list.
 */
export class PhraseIndex<T> {
  /** The trie's first words, each with its subtree; a string is a subtree not yet read (see `deserialize`). */
  private readonly root = new Map<string, TrieNode<T> | string>();
  private serialized: { patterns: ReadonlyArray<readonly CaseRule[]>; decode: (text: string) => T } | undefined;
  private count = 0;
  /** Capitalised one-word names, valued on demand: far cheaper to build and hold than trie nodes. */
  private words = new WordTable();
  /** The tag of each list of words, in the order added. */
  private readonly wordTags: string[] = [];
  private wordValue: ((name: string, tag: string) => T) | undefined;
  /** Values of the words matched so far, by entry: a name mentioned often is valued once. */
  private wordValues: (T | undefined)[] = [];

  get size(): number {
    return this.count + this.words.size;
  }

  /** The index as plain data, from which `deserialize` makes an equal index in a fraction of the time it took to build. */
  serialize(encode: (value: T) => string): SerializedPhraseIndex {
    const root = new Map([...this.root.keys()].map((key) => [key, this.rootOf(key)!]));
    return { trie: serializeTrie(root, encode), phrases: this.count, words: this.words.serialize(), wordTags: [...this.wordTags] };
  }

  /**
   * The index `serialize` wrote; `wordValue` values its words, as `addWords` was told. The phrases
   * starting with a word are read when that word is first looked up.
   */
  static deserialize<T>(data: SerializedPhraseIndex, decode: (text: string) => T, wordValue: (name: string, tag: string) => T): PhraseIndex<T> {
    const index = new PhraseIndex<T>();
    const { keys, patterns } = serializedRoots(data.trie);
    keys.forEach((key, k) => index.root.set(key, data.trie.subtrees[k]));
    index.serialized = { patterns, decode };
    index.count = data.phrases;
    index.words = WordTable.deserialize(data.words);
    index.wordTags.push(...data.wordTags);
    index.wordValue = wordValue;
    index.wordValues = new Array<T | undefined>(index.words.size);
    return index;
  }

  /**
   * Adds the one-word, capitalised ASCII names at `spans` (start and end offsets, in pairs) of `list`, each
   * valued `value(name, tag)` only when it matches. They rank after every phrase added with `add`, and among
   * themselves in the order added.
   */
  addWords(list: string, spans: readonly number[], tag: string, value: (name: string, tag: string) => T): void {
    this.wordValue = value;
    this.wordTags.push(tag);
    this.words.addSpans(list, spans);
    this.wordValues = new Array<T | undefined>(this.words.size);
  }

  private valueOfWord(key: string): T | undefined {
    const entry = this.words.find(key);
    if (entry < 0) return undefined;
    return (this.wordValues[entry] ??= this.wordValue!(this.words.word(entry), this.wordTags[this.words.listOf(entry)]));
  }

  /**
   * Adds `phrase`. With `caseSensitive`, each capitalised word of the phrase must be capitalised in the text
   * and each all-caps word in capitals. Returns false for a phrase with no words.
   */
  add(phrase: string, value: T, caseSensitive = true): boolean {
    if (isSingleCapitalised(phrase)) {
      // Most names are one capitalised ASCII word: skip the tokenizer, which dominates the build time.
      store(this.rootNode(phrase.toLowerCase()), value, caseSensitive ? SINGLE_CAPITAL : undefined);
      this.count++;
      return true;
    }
    const words = phraseWords(phrase);
    if (!words) return false;
    const { keys, cases } = words;
    let node = this.rootNode(keys[0]);
    for (let i = 1; i < keys.length; i++) node = childOf(node, keys[i]) ?? addChild(node, keys[i]);
    store(node, value, caseSensitive && cases.some((c) => c !== 'any') ? sharedCases(cases) : undefined);
    this.count++;
    return true;
  }

  private rootNode(key: string): TrieNode<T> {
    let node = this.rootOf(key);
    if (!node) this.root.set(key, (node = newNode()));
    return node;
  }

  private rootOf(key: string): TrieNode<T> | undefined {
    const found = this.root.get(key);
    if (typeof found !== 'string') return found;
    const node = decodeSubtree(found, this.serialized!.patterns, this.serialized!.decode);
    this.root.set(key, node);
    return node;
  }

  /** The first value stored for a one-word phrase with this folded key, whatever its case. */
  lookupWord(key: string): T | undefined {
    return this.rootOf(key)?.value ?? this.valueOfWord(key);
  }

  /**
   * Calls `found` with the longest phrase starting at each word, in order, never crossing a line break;
   * matches may overlap.
   */
  forEachMatch(tokens: Tokens, found: (first: number, last: number, value: T) => void): void {
    // The token of each word matched so far. Overwritten, never emptied: `length = 0` would drop its storage.
    const path: number[] = [];
    const keys = tokens.keys;
    for (let first = 0; first < tokens.length; first++) {
      if (tokens.isPunct(first)) continue;
      const key = keys[first];
      const lower = tokens.shape(first) === Shape.Lower;
      let node = this.rootOf(key);
      if (!node) {
        const value = lower ? undefined : this.valueOfWord(key);
        if (value !== undefined) found(first, first, value);
        continue;
      }
      const line = tokens.line(first);
      let best: T | undefined;
      let bestLast = first;
      let depth = 0;
      path[depth++] = first;
      for (let i = first; ; ) {
        if (node.value !== undefined) {
          const value = pick(node, tokens, path);
          if (value !== undefined) {
            best = value;
            bestLast = i;
          }
        }
        if (!hasChildren(node)) break;
        let j = i + 1;
        while (j < tokens.length && isSkippableJoin(tokens, j)) j++;
        if (!tokens.has(j) || tokens.line(j) !== line) break;
        const child: TrieNode<T> | undefined = childOf(node, keys[j]);
        if (!child) break;
        node = child;
        path[depth++] = j;
        i = j;
      }
      if (best === undefined && !lower) best = this.valueOfWord(key);
      if (best !== undefined) found(first, bestLast, best);
    }
  }
}
