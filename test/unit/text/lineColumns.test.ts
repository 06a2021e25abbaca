import * as assert from 'node:assert/strict';
import { lineColumnAt } from '../../../src/core/text/lineColumns';

describe('lineColumnAt', () => {
  const text = 'Kabul\r\nKunduz 🚩\nHerat';

  it('counts lines ended by CRLF or LF and columns in UTF-16 code units', () => {
    assert.deepEqual(lineColumnAt(text, 0), { line: 0, character: 0 });
    assert.deepEqual(lineColumnAt(text, 5), { line: 0, character: 5 });
    assert.deepEqual(lineColumnAt(text, 7), { line: 1, character: 0 });
    assert.deepEqual(lineColumnAt(text, text.indexOf('\nHerat')), { line: 1, character: 9 });
    assert.deepEqual(lineColumnAt(text, text.indexOf('Herat') + 2), { line: 2, character: 2 });
  });

  it('clamps offsets outside the text', () => {
    assert.deepEqual(lineColumnAt(text, -4), { line: 0, character: 0 });
    assert.deepEqual(lineColumnAt(text, 999), { line: 2, character: 5 });
  });
});
