import * as assert from 'node:assert/strict';
import { createRecognizer } from '../../../src/core/entities';
import { type Candidate, candidate } from '../../../src/core/entities/candidate';
import { LentArray } from '../../../src/core/entities/lentArray';
import { SequencesByLastWord } from '../../../src/core/entities/lexicon/wordSequences';
import { PhraseIndex } from '../../../src/core/entities/matcher/phraseIndex';
import { WordTable } from '../../../src/core/entities/matcher/wordTable';
import { resolveOverlaps } from '../../../src/core/entities/resolve';
import { tokenize } from '../../../src/core/entities/text/tokenize';
import { Shape, TokenType } from '../../../src/core/entities/text/tokens';

describe('entity recognizer internals', () => {
  describe('token store', () => {
    it('folds keys and answers safely outside the text', () => {
      const tokens = tokenize('KABUL, Kandahār\r\nsaid 12');
      assert.deepEqual(tokens.keys, ['kabul', ',', 'kandahar', 'said', '12']);
      assert.equal(tokens.shape(0), Shape.Upper);
      assert.equal(tokens.type(4), TokenType.Digits);
      assert.equal(tokens.text(2), 'Kandahār');
      assert.equal(tokens.line(3), 1);
      assert.ok(tokens.sentenceStart(3));
      for (const outside of [-2, -1, 5, 6]) {
        assert.equal(tokens.key(outside), undefined);
        assert.equal(tokens.type(outside), TokenType.None);
        assert.equal(tokens.shape(outside), Shape.None);
        assert.equal(tokens.line(outside), -1);
        assert.ok(!tokens.has(outside) && !tokens.isWord(outside) && !tokens.spaceBefore(outside) && !tokens.sentenceStart(outside));
      }
    });

    it('gives repeated and long words the same keys as the first time', () => {
      const long = 'Counterrevolutionaries';
      const tokens = tokenize(`${long} and ${long.toUpperCase()} and ${long.toLowerCase()}`);
      assert.deepEqual([tokens.keys[0], tokens.keys[2], tokens.keys[4]], Array(3).fill(long.toLowerCase()));
    });

    it('reads keys into a lent array, emptied for the next text even past the last one\'s tokens', () => {
      const lent = new LentArray<string>();
      // Single letters make more tokens than a text's length leads the tokenizer to expect.
      const letters = tokenize('a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h', lent);
      assert.equal(letters.length, 34);
      const words = tokenize('Kabul said', lent);
      assert.deepEqual([words.key(0), words.key(1), words.key(2)], ['kabul', 'said', undefined]);
      assert.equal(words.keys[33], undefined);
    });

    it('gives a long text the same entities whatever the recognizer read before', () => {
      const sentence = (name: string): string => `${name} Rahimi, a spokesman for the Free Valley Front, said 40 fighters were killed near Kandahar.\n`;
      const long = (name: string, size: number): string => sentence(name).repeat(Math.ceil(size / sentence(name).length));
      const reused = createRecognizer();
      reused.recognize(long('Ahmad', 400_000));
      reused.recognize('Short text about Herat.');
      const text = long('Fatima', 300_000);
      assert.deepEqual(reused.recognize(text), createRecognizer().recognize(text));
    });
  });

  describe('overlap resolution', () => {
    const tokens = tokenize('a b c d e');
    const labelled = (chosen: Candidate[]): string[] => chosen.map((c) => `${c.first}-${c.last}:${c.priority}${c.canonical ?? ''}`);

    it('prefers the longer span, then the higher priority, then the earlier one, then the one listed first', () => {
      assert.deepEqual(labelled(resolveOverlaps([candidate(0, 0, 'actor', 'rule', 60), candidate(0, 1, 'actor', 'rule', 30)], tokens)), ['0-1:30']);
      assert.deepEqual(labelled(resolveOverlaps([candidate(0, 1, 'actor', 'rule', 30), candidate(1, 2, 'place', 'rule', 80)], tokens)), ['1-2:80']);
      assert.deepEqual(labelled(resolveOverlaps([candidate(1, 2, 'actor', 'rule', 30), candidate(0, 1, 'place', 'rule', 30)], tokens)), ['0-1:30']);
      const twins = [candidate(3, 3, 'place', 'rule', 30, undefined, 'first'), candidate(3, 3, 'place', 'rule', 30, undefined, 'second')];
      assert.deepEqual(labelled(resolveOverlaps(twins, tokens)), ['3-3:30first']);
    });

    it('returns the chosen candidates in text order', () => {
      const candidates = [candidate(4, 4, 'actor', 'rule', 30), candidate(0, 0, 'actor', 'rule', 30), candidate(2, 3, 'actor', 'rule', 30)];
      assert.deepEqual(labelled(resolveOverlaps(candidates, tokens)), ['0-0:30', '2-3:30', '4-4:30']);
    });

    it('orders spans many thousand characters long the same way', () => {
      const long = tokenize(`${'Abcdefgh'.repeat(1000)} b ${'Abcdefgh'.repeat(1000)}`);
      const candidates = [
        candidate(1, 2, 'actor', 'rule', 90),
        candidate(0, 1, 'actor', 'rule', 30),
        candidate(2, 2, 'place', 'rule', 80),
        candidate(0, 0, 'place', 'rule', 80),
      ];
      assert.deepEqual(labelled(resolveOverlaps(candidates, long)), ['0-0:80', '1-2:90']);
    });
  });

  describe('word table', () => {
    it('keeps the first list that names a word, and finds it by its folded key', () => {
      const table = new WordTable();
      table.addSpans('Kabul|Herat', [0, 5, 6, 11]);
      table.addSpans('Herat|Balkh', [0, 5, 6, 11]);
      assert.equal(table.size, 3);
      const herat = table.find('herat');
      assert.equal(table.word(herat), 'Herat');
      assert.equal(table.listOf(herat), 0);
      assert.equal(table.listOf(table.find('balkh')), 1);
      assert.equal(table.find('Herat'), -1);
      assert.equal(table.find('hera'), -1);
    });

    it('grows past its first size', () => {
      const names = Array.from({ length: 5000 }, (_, i) => `Town${String.fromCharCode(97 + (i % 26), 97 + Math.floor(i / 26) % 26, 97 + Math.floor(i / 676))}`);
      let list = '';
      const spans: number[] = [];
      for (const name of names) {
        if (list) list += '|';
        spans.push(list.length, list.length + name.length);
        list += name;
      }
      const table = new WordTable();
      table.addSpans(list, spans);
      assert.equal(table.size, new Set(names).size);
      for (const name of names) assert.equal(table.word(table.find(name.toLowerCase())), name);
    });
  });

  describe('phrase index', () => {
    it('ranks phrases before listed words and reports the longest phrase at each word', () => {
      const index = new PhraseIndex<string>();
      index.add('Kabul', 'phrase');
      index.add('Kabul River', 'river');
      index.addWords('Kabul|Herat', [0, 5, 6, 11], 't', (name, tag) => `${tag}:${name}`);
      assert.equal(index.lookupWord('kabul'), 'phrase');
      assert.equal(index.lookupWord('herat'), 't:Herat');
      const found: string[] = [];
      index.forEachMatch(tokenize('Kabul River and Herat, then kabul'), (first, last, value) => found.push(`${first}-${last}:${value}`));
      assert.deepEqual(found, ['0-1:river', '3-3:t:Herat']);
      assert.equal(index.size, 4);
    });
  });

  describe('word sequences', () => {
    it('finds the first sequence, in order, that ends at a token', () => {
      const sequences = new SequencesByLastWord([['as', 'many', 'as'], ['at', 'least'], ['least'], ['as']]);
      const tokens = tokenize('at least as many as 40');
      assert.deepEqual(sequences.firstEndingAt(tokens, 1), ['at', 'least']);
      assert.deepEqual(sequences.firstEndingAt(tokens, 4), ['as', 'many', 'as']);
      assert.deepEqual(sequences.firstEndingAt(tokens, 2), ['as']);
      assert.equal(sequences.firstEndingAt(tokens, 5), undefined);
      assert.equal(sequences.firstEndingAt(tokens, -1), undefined);
    });
  });
});
