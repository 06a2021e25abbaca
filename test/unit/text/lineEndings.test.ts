import * as assert from 'node:assert/strict';
import { detectLineEnding } from '../../../src/core/text/lineEndings';

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
