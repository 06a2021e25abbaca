import * as assert from 'node:assert/strict';
import { figureRange, formatRange, rangesOverlap } from '../../../src/core/topics/figureRange';

describe('figureRange', () => {
  it('reads exact figures, lower and upper bounds', () => {
    assert.deepEqual(figureRange({ value: 31 }), { min: 31, max: 31 });
    assert.deepEqual(figureRange({ value: 40, min: 40, qualifier: 'at least' }), { min: 40, max: Infinity });
    assert.deepEqual(figureRange({ value: 40, qualifier: 'At Least' }), { min: 40, max: Infinity });
    assert.deepEqual(figureRange({ value: 40, min: 40, qualifier: 'more than' }), { min: 41, max: Infinity });
    assert.deepEqual(figureRange({ value: 40, max: 40, qualifier: 'up to' }), { min: 0, max: 40 });
    assert.deepEqual(figureRange({ value: 40, max: 40, qualifier: 'fewer than' }), { min: 0, max: 39 });
  });

  it('gives "about" a tolerance of 20%, and at least one', () => {
    const nine = figureRange({ value: 9, qualifier: 'about' });
    assert.ok(Math.abs(nine.min - 7.2) < 1e-9 && Math.abs(nine.max - 10.8) < 1e-9, JSON.stringify(nine));
    assert.deepEqual(figureRange({ value: 2, qualifier: 'around' }), { min: 1, max: 3 });
    assert.deepEqual(figureRange({ value: 40, qualifier: 'nearly' }), { min: 32, max: 40 });
  });

  it('reads a plural scale word as at least two of it', () => {
    assert.deepEqual(figureRange({ value: 100, min: 100, max: 999, vague: true }, 'hundreds'), { min: 200, max: 999 });
    assert.deepEqual(figureRange({ value: 12, min: 12, max: 99, vague: true }, 'dozens'), { min: 24, max: 99 });
    assert.deepEqual(figureRange({ value: 300, min: 300, max: 999, vague: true }, 'several hundred'), { min: 300, max: 999 });
  });

  it('tells overlapping ranges from disjoint ones and formats them', () => {
    const atLeast40 = figureRange({ value: 40, min: 40, qualifier: 'at least' });
    assert.equal(rangesOverlap(atLeast40, figureRange({ value: 100, min: 100, max: 999, vague: true }, 'hundreds')), true);
    assert.equal(rangesOverlap(atLeast40, figureRange({ value: 31 })), false);
    assert.equal(rangesOverlap(figureRange({ value: 9, qualifier: 'about' }), figureRange({ value: 6, min: 6, qualifier: 'at least' })), true);
    assert.equal(formatRange(atLeast40), '≥ 40');
    assert.equal(formatRange({ min: 0, max: 40 }), '≤ 40');
    assert.equal(formatRange({ min: 7.2, max: 10.8 }), '7.2–10.8');
    assert.equal(formatRange({ min: 1200, max: 1200 }), '1,200');
  });
});
