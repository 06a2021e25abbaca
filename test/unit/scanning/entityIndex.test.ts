import * as assert from 'node:assert/strict';
import type { Entity, Recognizer } from '../../../src/core/entities/entity';
import { EntityIndex } from '../../../src/core/scanning/entityIndex';
import { expandToLines, firstSlice } from '../../../src/core/scanning/slicing';

/** Finds the literal words it is given: enough to watch the index's bookkeeping. */
function wordRecognizer(...words: string[]): Recognizer & { scanned: number } {
  const recognizer = {
    scanned: 0,
    recognize(text: string): Entity[] {
      recognizer.scanned += text.length;
      const found: Entity[] = [];
      for (const word of words) {
        for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
          found.push({ kind: 'actor', start: at, end: at + word.length, text: word });
        }
      }
      found.sort((a, b) => a.start - b.start || b.end - a.end);
      return found.filter((entity, i) => i === 0 || entity.start >= found[i - 1].end);
    },
  };
  return recognizer;
}

function scanAll(index: EntityIndex, text: string, recognizer: Recognizer, budget = 1000): void {
  while (index.scanNext(text, recognizer, budget)) {
    /* keep scanning */
  }
}

function texts(index: EntityIndex, text: string): string[] {
  return index.all().map((entity) => text.slice(entity.start, entity.end));
}

describe('EntityIndex', () => {
  it('scans a whole text in slices that end at line breaks', () => {
    const text = 'The RSF said\nthe SAF denied it\nRSF again\n';
    const index = new EntityIndex(text.length);
    const recognizer = wordRecognizer('RSF', 'SAF');
    const first = index.scanNext(text, recognizer, 14);
    assert.deepEqual(first, { start: 0, end: 13 });
    scanAll(index, text, recognizer, 14);
    assert.ok(index.isComplete);
    assert.deepEqual(texts(index, text), ['RSF', 'SAF', 'RSF']);
    assert.deepEqual(index.all().map((entity) => entity.start), [4, 17, 31]);
  });

  it('rescans only the lines an edit touched and shifts the rest', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `Line ${i}: the RSF reported shelling.`);
    let text = lines.join('\n');
    const index = new EntityIndex(text.length);
    const recognizer = wordRecognizer('RSF', 'Kharkiv');
    scanAll(index, text, recognizer, 100_000);
    const fullScan = recognizer.scanned;

    const insertAt = text.indexOf('shelling', text.indexOf('Line 100'));
    const inserted = 'Kharkiv ';
    text = text.slice(0, insertAt) + inserted + text.slice(insertAt);
    index.applyEdit({ start: insertAt, end: insertAt, newLength: inserted.length });
    recognizer.scanned = 0;
    scanAll(index, text, recognizer, 100_000);

    assert.ok(recognizer.scanned < fullScan / 50, `rescanned ${recognizer.scanned} of ${fullScan}`);
    assert.equal(index.all().length, 201);
    for (const entity of index.all()) assert.equal(text.slice(entity.start, entity.end), entity.text);
  });

  it('drops an entity an edit breaks and finds the one it makes', () => {
    let text = 'The Taliban and the NRF\n';
    const index = new EntityIndex(text.length);
    const recognizer = wordRecognizer('Taliban', 'NRFA', 'NRF');
    scanAll(index, text, recognizer);
    assert.deepEqual(texts(index, text), ['Taliban', 'NRF']);

    text = 'The Talban and the NRF\n';
    index.applyEdit({ start: 8, end: 9, newLength: 0 });
    scanAll(index, text, recognizer);
    assert.deepEqual(texts(index, text), ['NRF']);

    text = 'The Talban and the NRFA\n';
    index.applyEdit({ start: 22, end: 22, newLength: 1 });
    scanAll(index, text, recognizer);
    assert.deepEqual(texts(index, text), ['NRFA']);
  });

  it('scans the focused span before the rest', () => {
    const text = Array.from({ length: 50 }, (_, i) => `paragraph ${i} RSF`).join('\n');
    const index = new EntityIndex(text.length);
    const focusStart = text.indexOf('paragraph 40');
    const first = index.scanNext(text, wordRecognizer('RSF'), 60, { start: focusStart, end: focusStart + 10 });
    assert.ok(first && first.start === focusStart, `first slice started at ${first?.start}`);
    assert.equal(index.isComplete, false);
  });

  it('lists the entities overlapping a span', () => {
    const text = 'RSF, SAF and RSF again\n';
    const index = new EntityIndex(text.length);
    scanAll(index, text, wordRecognizer('RSF', 'SAF'));
    assert.deepEqual(index.within({ start: 4, end: 14 }).map((entity) => entity.start), [5, 13]);
    assert.deepEqual(index.within({ start: 6, end: 7 }).map((entity) => entity.text), ['SAF']);
    assert.deepEqual(index.within({ start: 8, end: 13 }), []);
  });

  it('finds the entity under an offset', () => {
    const text = 'RSF and SAF\n';
    const index = new EntityIndex(text.length);
    scanAll(index, text, wordRecognizer('RSF', 'SAF'));
    assert.equal(index.at(9)?.text, 'SAF');
    assert.equal(index.at(0)?.text, 'RSF');
    assert.equal(index.at(3), undefined);
  });
});

describe('slicing', () => {
  it('widens a span to whole lines', () => {
    assert.deepEqual(expandToLines('ab\ncd\nef', { start: 4, end: 5 }), { start: 3, end: 6 });
    assert.deepEqual(expandToLines('ab\ncd\nef', { start: 2, end: 3 }), { start: 0, end: 3 });
    assert.deepEqual(expandToLines('abc', { start: 1, end: 2 }), { start: 0, end: 3 });
  });

  it('cuts a single huge line at a sentence end, else at white space, never inside a word', () => {
    const text = 'The Sudanese Armed Forces said. '.repeat(10);
    const slice = firstSlice(text, { start: 0, end: text.length }, 50);
    assert.equal(text.slice(slice.end - 1, slice.end), '.');
    const noSentences = 'word '.repeat(100);
    const cut = firstSlice(noSentences, { start: 0, end: noSentences.length }, 52);
    assert.equal(noSentences[cut.end], ' ');
    const oneWord = 'x'.repeat(100) + ' tail';
    assert.equal(firstSlice(oneWord, { start: 0, end: oneWord.length }, 10).end, 100);
  });
});
