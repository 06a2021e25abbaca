import * as assert from 'node:assert/strict';
import { isNameLike } from '../../../src/core/text/nameLike';

describe('isNameLike', () => {
  it('accepts names of one to six words, with hyphens, apostrophes and abbreviations', () => {
    for (const name of [
      'Zindabar', 'Abu Shouk', 'al-Shabaab', "Mu'tah", 'St. Petersburg', 'Gen. Abdel Fattah al-Burhan', 'U.S.',
      'Islamic Revolutionary Guard Corps Quds Force', '  Khawak Pass  ', 'Київ', 'Brigade 93',
    ]) {
      assert.equal(isNameLike(name), true, name);
    }
  });

  it('refuses sentences, clauses and lists', () => {
    for (const text of [
      'at least 40 resistance fighters were killed overnight',
      'The army said.',
      'Kabul.',
      'Kharkiv, Ukraine',
      'said: "no"',
      'Who fired first?',
      'Kyiv (the capital)',
      'Taliban; the NRF',
    ]) {
      assert.equal(isNameLike(text), false, text);
    }
  });

  it('refuses what does not start with a letter, spans lines or is empty', () => {
    for (const text of ['40 fighters', '"Taliban"', '-Kabul', 'Abu\nShouk', 'Abu\r\nShouk', '', '   ']) {
      assert.equal(isNameLike(text), false, JSON.stringify(text));
    }
  });

  it('refuses more than six words or more than 80 characters', () => {
    assert.equal(isNameLike('one two three four five six seven'), false);
    assert.equal(isNameLike(`A${'a'.repeat(80)}`), false);
  });
});
