import * as assert from 'node:assert/strict';
import { builtin } from './helpers';

const MB = 1 << 20;

function timed(text: string): { ms: number; count: number } {
  const started = performance.now();
  const count = builtin().recognize(text).length;
  return { ms: performance.now() - started, count };
}

/** A single line of `size` characters repeating `unit`. */
function line(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

describe('pathological input', function () {
  this.timeout(120_000);

  it('handles a 10 MB line of capitalised words (one endless name run) in linear time', () => {
    const unit = 'Abdul Rahman Front Kabul Valley Pass of the Taliban Army ';
    builtin().recognize(line(unit, 1000));
    const small = timed(line(unit, MB));
    const large = timed(line(unit, 10 * MB));
    assert.ok(large.count > small.count);
    // Linear work grows ten-fold; anything quadratic would grow a hundred-fold. Ratios, not clock times.
    assert.ok(large.ms < small.ms * 40, `1 MB took ${small.ms.toFixed(0)} ms, 10 MB took ${large.ms.toFixed(0)} ms`);
  });

  it('handles a 10 MB line without spaces, of punctuation, or of numbers', () => {
    assert.deepEqual(timed('a'.repeat(10 * MB)).count, 0);
    assert.deepEqual(timed(line('((-', 10 * MB)).count, 0);
    assert.ok(timed(line('12,345.6-', 2 * MB)).count > 0);
  });
});
