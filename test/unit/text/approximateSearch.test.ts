import * as assert from 'node:assert/strict';
import { closestMatches } from '../../../src/core/text/approximateSearch';

describe('closestMatches', () => {
  it('finds an exact occurrence with no errors', () => {
    const text = 'Fighters entered Rokha district on Friday.';
    assert.deepEqual(closestMatches(text, 'Rokha district', 2), [{ start: 17, end: 31, errors: 0 }]);
  });

  it('finds a changed occurrence and reports its edit distance', () => {
    const text = 'Officials said at least 45 fighters were killed near the pass.';
    const [match] = closestMatches(text, 'at least 40 fighters were killed', 3);
    assert.equal(text.slice(match.start, match.end), 'at least 45 fighters were killed');
    assert.equal(match.errors, 1);
  });

  it('reports each place with the fewest errors once, and only those', () => {
    const text = 'seized two tanks ... seized ten tanks ... seized twu tanks';
    const matches = closestMatches(text, 'seized two tanks', 3);
    assert.deepEqual(matches.map((match) => text.slice(match.start, match.end)), ['seized two tanks']);
    const twice = closestMatches(text.replace('two', 'twa'), 'seized two tanks', 3);
    assert.deepEqual(twice.map((match) => match.errors), [1, 1]);
  });

  it('counts in UTF-16 code units, emoji included', () => {
    const text = 'Posts fell near Dara and 🚩 near Rokha';
    const [match] = closestMatches(text, '🔥 near Rokha', 2);
    assert.equal(text.slice(match.start, match.end), '🚩 near Rokha');
    assert.equal(match.errors, 1, '🔥 and 🚩 share their high surrogate');
  });

  it('finds a pattern of thousands of characters with hundreds of edits', () => {
    const paragraph = Array.from({ length: 200 }, (_, index) => `Convoy ${index} reached checkpoint ${index * 7 % 13}.`).join(' ');
    const edited = paragraph.replace(/checkpoint/g, 'check-point');
    const text = `Lead.\n\n${'Unrelated filler text. '.repeat(2000)}${edited}\n\nEnd.`;
    const [match] = closestMatches(text, paragraph, 400);
    assert.equal(match.errors, 200);
    assert.equal(text.slice(match.start, match.end), edited);
  });

  it('finds nothing when every place needs more edits than allowed', () => {
    assert.deepEqual(closestMatches('The bridge at Khenjan was closed.', 'Kishim airport', 3), []);
  });
});
