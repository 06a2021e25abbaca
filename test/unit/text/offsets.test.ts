import * as assert from 'node:assert/strict';
import { commonPrefixLength, commonSuffixLength, snapBackToCodePoint, snapForwardToCodePoint } from '../../../src/core/text/offsets';

describe('common prefix and suffix', () => {
  it('measures the shared start and end', () => {
    assert.equal(commonPrefixLength('40 killed in Kunduz', '45 killed in Kunduz'), 1);
    assert.equal(commonSuffixLength('40 killed in Kunduz', '45 killed in Kunduz'), 17);
    assert.equal(commonPrefixLength('', 'abc'), 0);
  });

  it('keeps the suffix out of the reserved prefix', () => {
    // "aaa" vs "aaaa": prefix 3; without the reservation the suffix would count the same characters again.
    assert.equal(commonPrefixLength('aaa', 'aaaa'), 3);
    assert.equal(commonSuffixLength('aaa', 'aaaa', 3), 0);
    assert.equal(commonSuffixLength('aaa', 'aaaa'), 3);
  });
});

describe('snapping to code points', () => {
  const text = 'a🚩b'; // the flag is two UTF-16 code units: offsets 1 and 2

  it('never splits a surrogate pair', () => {
    assert.equal(snapBackToCodePoint(text, 2), 1);
    assert.equal(snapForwardToCodePoint(text, 2), 3);
  });

  it('leaves offsets between code points alone', () => {
    for (const offset of [0, 1, 3, 4]) {
      assert.equal(snapBackToCodePoint(text, offset), offset);
      assert.equal(snapForwardToCodePoint(text, offset), offset);
    }
  });
});
