import * as assert from 'node:assert/strict';
import { editDistance, similarity } from '../../../src/core/text/similarity';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    assert.equal(editDistance('Massoud', 'Masood'), 2);
    assert.equal(editDistance('Dashti', 'Dasti'), 1);
    assert.equal(editDistance('', 'Shotul'), 6);
    assert.equal(editDistance('Shotul', 'Shotul'), 0);
  });
});

describe('similarity', () => {
  it('is 1 for equal strings (also empty ones) and 0 for disjoint ones', () => {
    assert.equal(similarity('', ''), 1);
    assert.equal(similarity('Panjshir', 'Panjshir'), 1);
    assert.equal(similarity('abc', 'xyz'), 0);
  });

  it('scales the distance by the longer string', () => {
    assert.equal(similarity('Jabul-Saraj', 'Jabal-Saraj'), 1 - 1 / 11);
  });
});
