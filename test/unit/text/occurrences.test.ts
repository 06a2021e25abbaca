import * as assert from 'node:assert/strict';
import { occurrenceFinder, occurrences } from '../../../src/core/text/occurrences';

describe('occurrences and occurrenceFinder', () => {
  const text = 'The ministry said 40 were killed. The ministry said 40 were killed in Kishim. 🚩 The ministry said';

  it('lists every occurrence, overlapping ones included', () => {
    assert.deepEqual(occurrences(text, 'The ministry said'), [0, 34, 81]);
    assert.deepEqual(occurrences('aaaa', 'aa'), [0, 1, 2]);
    assert.deepEqual(occurrences(text, ''), []);
  });

  it('finds the same as one search per pattern, for long and short patterns, and for patterns it was not given', () => {
    const patterns = ['The ministry said 40 were killed', 'said 40', 'killed in Kishim. 🚩', 'were killed in Kabul', 'The ministry said'];
    const find = occurrenceFinder(text, patterns);
    for (const pattern of [...patterns, 'ministry said 40 were']) assert.deepEqual(find(pattern), occurrences(text, pattern), pattern);
  });

  it('copes with a text shorter than its key', () => {
    assert.deepEqual(occurrenceFinder('short', ['a pattern of some length'])('a pattern of some length'), []);
  });
});
