import * as assert from 'node:assert/strict';
import { shiftAnchorForEdits } from '../../../src/core/claims/anchorMapping';
import { followEdits, type TextEdit } from '../../../src/core/text/textEdits';
import { seededRandom } from '../claims/anchoringScenarios';

describe('followEdits', () => {
  it('shifts ranges after an edit in place, leaves those before it, and reports edited and covered ones', () => {
    const ranges = [{ start: 0, end: 5 }, { start: 10, end: 20 }, { start: 30, end: 40 }, { start: 50, end: 60 }];
    const result = followEdits(ranges, [{ start: 12, end: 14, newLength: 5 }, { start: 28, end: 42, newLength: 0 }]);
    assert.deepEqual(ranges, [{ start: 0, end: 5 }, { start: 10, end: 23 }, { start: 31, end: 31 }, { start: 39, end: 49 }]);
    assert.deepEqual(result, { shiftedFrom: 2, changed: [1], covered: [2] });
  });

  it('finds a long range that starts before the first edit and spans it', () => {
    const ranges = [{ start: 0, end: 100 }, { start: 10, end: 20 }];
    const result = followEdits(ranges, [{ start: 50, end: 50, newLength: 3 }]);
    assert.deepEqual(ranges, [{ start: 0, end: 103 }, { start: 10, end: 20 }]);
    assert.deepEqual(result.changed, [0]);
  });

  it('agrees with shiftAnchorForEdits on random ranges and edits', () => {
    const random = seededRandom(42);
    for (let round = 0; round < 200; round++) {
      const ranges = Array.from({ length: 20 }, () => {
        const start = Math.floor(random() * 1000);
        return { start, end: start + 1 + Math.floor(random() * 30) };
      }).sort((a, b) => a.start - b.start);
      const edits: TextEdit[] = [];
      for (let at = Math.floor(random() * 200); at < 1000; at += 50 + Math.floor(random() * 300)) {
        edits.push({ start: at, end: at + Math.floor(random() * 20), newLength: Math.floor(random() * 10) });
      }
      const expected = ranges.map((range) => shiftAnchorForEdits(range, edits));
      const followed = ranges.map((range) => ({ ...range }));
      const { covered } = followEdits(followed, edits.reverse());
      expected.forEach((result, index) => {
        if (result.state === 'orphan') assert.ok(covered.includes(index), `round ${round}, range ${index}`);
        else assert.deepEqual(followed[index], { start: result.start, end: result.end }, `round ${round}, range ${index}`);
      });
    }
  });
});
