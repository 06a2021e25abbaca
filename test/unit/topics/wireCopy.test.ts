import * as assert from 'node:assert/strict';
import { independentSources, isWireCopy, jaccard, shingles } from '../../../src/core/topics/wireCopy';

const WIRE = 'At least 40 Taliban fighters were killed in the fighting for the Paryan district, resistance spokesman Ali Nazary said.';

describe('wire copy', () => {
  it('shingles words without case or punctuation', () => {
    assert.deepEqual([...shingles('Forty, killed. Forty killed!', 2)], ['forty killed', 'killed forty']);
    assert.deepEqual([...shingles('Two dead', 3)], ['two dead']);
    assert.equal(jaccard(shingles(WIRE), shingles(WIRE.toUpperCase())), 1);
  });

  it('takes an edited reprint for a copy and a retelling for a source of its own', () => {
    assert.equal(isWireCopy(WIRE, `${WIRE.slice(0, -1)} on Saturday.`), true);
    assert.equal(isWireCopy(WIRE, `On Saturday, ${WIRE.replace('resistance spokesman ', '')}`), true);
    assert.equal(isWireCopy(WIRE, 'Nazary told the Review that the fighting cost the Taliban at least 40 men, a figure he had given before.'), false);
    assert.equal(isWireCopy('At least 40 were killed.', 'At least 31 were killed.'), false);
  });

  it('counts outlets and copies once: independent sources 2 of 4', () => {
    const sources = independentSources([
      { sentence: WIRE, outlet: 'Kabul Wire' },
      { sentence: `${WIRE.slice(0, -1)} on Saturday.`, outlet: 'Daily Post' },
      { sentence: WIRE, outlet: 'Gazette' },
      { sentence: 'Nazary told the Review the Taliban lost at least 40 men.', outlet: 'Review' },
    ]);
    assert.deepEqual(sources, [0, 0, 0, 1]);
  });

  it('counts two articles of one outlet once, and articles without an outlet apart', () => {
    assert.deepEqual(independentSources([
      { sentence: 'Forty were killed, the commander said.', outlet: 'Gazette' },
      { sentence: 'An entirely different report of the battle.', outlet: 'gazette ' },
      { sentence: 'A third telling, by nobody in particular.' },
      { sentence: 'And a fourth one, also by nobody.' },
    ]), [0, 0, 1, 2]);
  });

  it('joins copies of copies: a chain of small edits is one source', () => {
    const a = 'The district governor said 12 civilians were killed when shells hit the market on Monday morning.';
    const b = 'The district governor said 12 civilians were killed when shells hit the market on Monday.';
    const c = 'The district governor said 12 civilians were killed when shells hit the crowded market.';
    assert.deepEqual(independentSources([{ sentence: a }, { sentence: b }, { sentence: c }]), [0, 0, 0]);
  });
});
