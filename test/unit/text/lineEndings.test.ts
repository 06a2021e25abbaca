import * as assert from 'node:assert/strict';
import { CrlfAsLf, detectLineEnding } from '../../../src/core/text/lineEndings';

describe('detectLineEnding', () => {
  it('names LF, CRLF, mixed and none', () => {
    assert.equal(detectLineEnding('Kunduz fell.\nKabul held.\n'), 'LF');
    assert.equal(detectLineEnding('Kunduz fell.\r\nKabul held.\r\n'), 'CRLF');
    assert.equal(detectLineEnding('Kunduz fell.\r\nKabul held.\nHerat waited.'), 'mixed');
    assert.equal(detectLineEnding('One line only'), 'none');
    assert.equal(detectLineEnding(''), 'none');
  });

  it('reads a newline at the very start as LF', () => {
    assert.equal(detectLineEnding('\nheadline'), 'LF');
  });
});

describe('CrlfAsLf', () => {
  it('reads CRLF as LF and maps offsets both ways, a line break counting before its CR', () => {
    const text = 'Kabul\r\nKunduz\r\n\r\nEnd';
    const view = CrlfAsLf.of(text);
    assert.equal(view.normalized, 'Kabul\nKunduz\n\nEnd');
    const kunduz = text.indexOf('Kunduz');
    assert.equal(view.normalized.slice(view.toNormalized(kunduz), view.toNormalized(kunduz + 6)), 'Kunduz');
    assert.equal(view.toOriginal(view.normalized.indexOf('End')), text.indexOf('End'));
    assert.equal(view.toOriginal(5), 5, 'the line break after Kabul maps to its CR');
    assert.equal(view.crsBetween(0, text.length), 3);
  });

  it('costs nothing for a text without CRLF', () => {
    const view = CrlfAsLf.of('Kabul\nKunduz');
    assert.equal(view.normalized, 'Kabul\nKunduz');
    assert.equal(view.toOriginal(7), 7);
    assert.equal(view.toNormalized(7), 7);
  });
});
