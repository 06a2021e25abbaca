import * as assert from 'node:assert/strict';
import type { NumberValue } from '../../../src/core/entities';
import { builtin } from './helpers';

function numbers(text: string): { text: string; value: NumberValue | undefined }[] {
  return builtin()
    .recognize(text)
    .filter((e) => e.kind === 'number')
    .map((e) => ({ text: e.text, value: e.value }));
}

function only(text: string): { text: string; value: NumberValue | undefined } {
  const found = numbers(text);
  assert.equal(found.length, 1, `expected one number in ${JSON.stringify(text)}, got ${JSON.stringify(found)}`);
  return found[0];
}

describe('numbers', () => {
  it('reads digits with separators, decimals, scales and money', () => {
    assert.deepEqual(only('The camp holds 15,550 people.'), { text: '15,550', value: { value: 15550 } });
    assert.deepEqual(only('Some 8.8 million need aid.').value, { value: 8.8e6, qualifier: 'Some' });
    assert.deepEqual(only('Britain Pledges $41 Million More').value, { value: 41e6, currency: 'USD' });
    assert.deepEqual(only('a further €2.5bn in loans').value, { value: 2.5e9, currency: 'EUR' });
    assert.deepEqual(only('a $1.5m grant').value, { value: 1.5e6, currency: 'USD' });
    assert.deepEqual(only('a 10km convoy'), { text: '10', value: { value: 10 } });
  });

  it('reads number words, hyphenated and capitalised', () => {
    assert.deepEqual(
      numbers('nine soldiers, forty-five trucks, Two Commanders, two hundred homes').map((n) => [n.text, n.value?.value]),
      [['nine', 9], ['forty-five', 45], ['Two', 2], ['two hundred', 200]],
    );
  });

  it('gives vague quantities a range, flagged vague, valued by the ACLED convention', () => {
    assert.deepEqual(only('dozens of civilians').value, { value: 12, min: 12, max: 99, vague: true });
    assert.deepEqual(only('hundreds of fighters').value, { value: 100, min: 100, max: 999, vague: true });
    assert.deepEqual(only('tens of thousands fled'), { text: 'tens of thousands', value: { value: 10000, min: 10000, max: 99999, vague: true } });
    assert.deepEqual(only('several dozen houses'), { text: 'several dozen', value: { value: 36, min: 36, max: 108, vague: true } });
    assert.deepEqual(only('several thousand militia members'), { text: 'several thousand', value: { value: 3000, min: 3000, max: 9999, vague: true } });
  });

  it('keeps percentages in one span', () => {
    assert.deepEqual(only('30 percent of the seats'), { text: '30 percent', value: { value: 30, percent: true } });
    assert.deepEqual(only('turnout fell 30%.'), { text: '30%', value: { value: 30, percent: true } });
  });

  it('records the qualifier but leaves it out of the span', () => {
    assert.deepEqual(only('at least 40 were killed'), { text: '40', value: { value: 40, qualifier: 'at least', min: 40 } });
    assert.deepEqual(only('up to 5,000 troops'), { text: '5,000', value: { value: 5000, qualifier: 'up to', max: 5000 } });
    assert.deepEqual(only('around 35 others'), { text: '35', value: { value: 35, qualifier: 'around' } });
    assert.deepEqual(only('More than 150 died.'), { text: '150', value: { value: 150, qualifier: 'More than', min: 150 } });
  });

  it('skips dates, years, decades, times, ordinals and digits inside names', () => {
    const text = 'On Sept. 2 and September 3, 2021, in 1989, in the 1990s and 1980’s-1990’s, between 1996-2001, at 10:30, at 3 p.m., the 4th brigade, the first convoy, G7 and F-16 and COVID-19, on Aug.15, on 24/02/2022, open 24/7.';
    assert.deepEqual(numbers(text), []);
  });

  it('tells "one" the pronoun from "one" the count', () => {
    assert.deepEqual(
      numbers('One of the sources said no one left the one pocket of resistance.').map((n) => n.text),
      ['one'],
    );
  });

  it('counts durations and numbers inside phrases, and years used as counts', () => {
    assert.deepEqual(
      numbers('for two weeks, the other 33 provinces, Neither of the two, killed 2000 people').map((n) => n.text),
      ['two', '33', 'two', '2000'],
    );
  });
});
