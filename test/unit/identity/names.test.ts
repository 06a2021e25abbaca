import * as assert from 'node:assert/strict';
import { editDistance, foldName, phoneticKey, relateNames, sameWord } from '../../../src/core/identity/names';

describe('names', () => {
  it('folds case, accents, apostrophes and a leading "the"', () => {
    assert.equal(foldName('The Taliban’s'), 'talibans');
    assert.equal(foldName('  Ahmad   Shāh  Mas‘ūd '), 'ahmad shah masud');
  });

  it('gives transliterations of one word one key', () => {
    for (const group of [['Dashti', 'Dasti', 'Dashty'], ['Massoud', 'Masoud', 'Masood'], ['Khalil', 'Halil'.replace('H', 'Kh')], ['Kovalenko', 'Kowalenko']]) {
      const keys = new Set(group.map(phoneticKey));
      assert.equal(keys.size, 1, `${group.join('/')}: ${[...keys].join(', ')}`);
    }
  });

  it('tells spellings of one name from different names', () => {
    assert.ok(sameWord('Dashti', 'Dasti'));
    assert.ok(sameWord('Massoud', 'Masood'));
    assert.ok(sameWord('Mujahid', 'Mojahed'));
    assert.ok(!sameWord('Karimi', 'Kareem'), 'three edits in six letters is another name');
    assert.ok(!sameWord('Nazary', 'Nasir'));
    assert.ok(!sameWord('Ali', 'Eli'), 'short words only when equal');
    assert.equal(editDistance('kitten', 'sitting'), 3);
  });

  it('relates spellings, surnames and acronyms', () => {
    assert.equal(relateNames('Fahim Dashti', 'Fahim Dasti'), 'spelling');
    assert.equal(relateNames('Fahim Dashty', 'fahim dashti'), 'spelling');
    assert.equal(relateNames('Dashti', 'Fahim Dashti'), 'surname');
    assert.equal(relateNames('Masoud', 'Ahmad Massoud'), 'surname');
    assert.equal(relateNames('NRF', 'National Resistance Front'), 'acronym');
    assert.equal(relateNames('the Taliban', 'Taliban'), 'same');
    assert.equal(relateNames('Fahim Dashti', 'Fahim Karimi'), undefined);
    assert.equal(relateNames('RSF', 'Sudanese Armed Forces'), undefined);
  });
});
