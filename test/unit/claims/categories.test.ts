import * as assert from 'node:assert/strict';
import { suggestCategory } from '../../../src/core/claims/categories';
import { DEFAULT_CATEGORIES } from '../../../src/core/claims/model';
import { lineColumnAt } from '../../../src/core/text/lineColumns';

describe('suggestCategory', () => {
  const categories = [...DEFAULT_CATEGORIES];

  it('reads casualty, territory, equipment and negotiation claims', () => {
    assert.equal(suggestCategory('more than 250 soldiers were killed in a day', categories), 'casualties');
    assert.equal(suggestCategory('the army retook Izium and two villages', categories), 'territorial control');
    assert.equal(suggestCategory('four drones and a tank were destroyed', categories), 'equipment');
    assert.equal(suggestCategory('both sides agreed to a ceasefire in Jeddah', categories), 'negotiations');
  });

  it('falls back to other, or to the first category the user configured', () => {
    assert.equal(suggestCategory('the weather was cold', categories), 'other');
    assert.equal(suggestCategory('the weather was cold', ['displacement', 'health']), 'displacement');
    assert.equal(suggestCategory('12 were killed', ['health', 'displacement']), 'health');
  });
});

describe('lineColumnAt', () => {
  it('counts LF and CRLF lines and UTF-16 columns', () => {
    assert.deepEqual(lineColumnAt('ab\ncd', 4), { line: 1, character: 1 });
    assert.deepEqual(lineColumnAt('ab\r\ncd', 5), { line: 1, character: 1 });
    assert.deepEqual(lineColumnAt('😀x\ny', 2), { line: 0, character: 2 });
    assert.deepEqual(lineColumnAt('abc', 99), { line: 0, character: 3 });
  });
});
