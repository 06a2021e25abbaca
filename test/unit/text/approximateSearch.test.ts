import * as assert from 'node:assert/strict';
import { approximateMatches } from '../../../src/core/text/approximateSearch';
import { editDistance } from '../../../src/core/text/similarity';

const whole = (text: string) => ({ start: 0, end: text.length });

describe('approximateMatches', () => {
  it('finds an exact occurrence with no errors', () => {
    const text = 'Fighters entered Rokha district on Friday.';
    assert.deepEqual(approximateMatches(text, 'Rokha district', 2, whole(text)), [{ start: 17, end: 31, errors: 0 }]);
  });

  it('finds a changed occurrence and reports its edit distance', () => {
    const text = 'Officials said at least 45 fighters were killed near the pass.';
    const [match] = approximateMatches(text, 'at least 40 fighters were killed', 3, whole(text));
    assert.equal(text.slice(match.start, match.end), 'at least 45 fighters were killed');
    assert.equal(match.errors, 1);
  });

  it('returns one match per separate region', () => {
    const text = 'seized two tanks ... seized ten tanks';
    const matches = approximateMatches(text, 'seized two tanks', 2, whole(text));
    assert.deepEqual(matches.map((match) => text.slice(match.start, match.end)), ['seized two tanks', 'seized ten tanks']);
  });

  it('counts in UTF-16 code units, emoji included', () => {
    const text = 'Posts fell near Dara and 🚩 near Rokha';
    const [match] = approximateMatches(text, '🔥 near Rokha', 2, whole(text));
    assert.equal(text.slice(match.start, match.end), '🚩 near Rokha');
    assert.equal(match.errors, 1, '🔥 and 🚩 share their high surrogate');
  });

  it('looks only inside the window', () => {
    const text = 'Bazarak, then later Bazarak again';
    const matches = approximateMatches(text, 'Bazarak', 0, { start: 5, end: text.length });
    assert.deepEqual(matches, [{ start: 20, end: 27, errors: 0 }]);
  });

  it('agrees with a brute-force edit distance on random texts', () => {
    let seed = 7;
    const random = (limit: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % limit;
    };
    const word = (length: number): string => Array.from({ length }, () => 'abc'[random(3)]).join('');
    for (let round = 0; round < 200; round++) {
      const text = word(6 + random(20));
      const pattern = word(2 + random(5));
      const maxErrors = random(3);
      let bruteBest = Infinity;
      for (let start = 0; start <= text.length; start++) {
        for (let end = start; end <= text.length; end++) bruteBest = Math.min(bruteBest, editDistance(pattern, text.slice(start, end)));
      }
      const matches = approximateMatches(text, pattern, maxErrors, whole(text));
      const best = Math.min(...matches.map((match) => match.errors));
      if (bruteBest > maxErrors) assert.deepEqual(matches, [], `${pattern} in ${text}`);
      else assert.equal(best, bruteBest, `${pattern} in ${text}`);
      for (const match of matches) assert.equal(editDistance(pattern, text.slice(match.start, match.end)), match.errors, `${pattern} in ${text}`);
    }
  });
});
