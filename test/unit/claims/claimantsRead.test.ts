import * as assert from 'node:assert/strict';
import { suggestClaimants } from '../../../src/core/claims/claimants';
import type { Identities } from '../../../src/core/identity/schema';
import { builtin } from '../entities/helpers';
import { spanOf } from './fixtures';

function best(text: string, span: string, identities?: Identities) {
  const { start, end } = spanOf(text, span);
  return suggestClaimants(text, start, end, builtin().recognize(text), { identities })[0];
}

describe('suggestClaimants reads the sentence', () => {
  it('takes "a <side> <role>, <Name>" with the affiliation', () => {
    const text = 'A Taliban spokesman, Qari Yousuf Ahmadi, said 18 fighters were captured in Khenjan.';
    const suggestion = best(text, '18 fighters were captured');
    assert.equal(suggestion?.name, 'Qari Yousuf Ahmadi');
    assert.equal(suggestion?.affiliation, 'Taliban');
    assert.equal(suggestion?.side, 'Taliban');
  });

  it('resolves the affiliation through the identities file', () => {
    const identities: Identities = { claimants: [], sides: [{ name: 'National Resistance Front', members: ['NRF'] }], distinct: [] };
    const text = 'An NRF commander, Sayed Jalal, said the ridge was held.';
    assert.equal(best(text, 'the ridge was held', identities)?.side, 'National Resistance Front');
  });

  it('gives the full name for a surname used later in the article', () => {
    const text = 'Sibghatullah Ahmadi runs the district office.\n\nAhmadi said 12 houses had burned.';
    assert.equal(best(text, '12 houses had burned')?.name, 'Sibghatullah Ahmadi');
  });

  it('gives "he said" after a quotation to the speaker named before', () => {
    const text = 'Mohammad Karim Rahimi, a resistance commander, spoke by phone. "We took the hill at dawn," he said.';
    assert.equal(best(text, 'We took the hill at dawn')?.name, 'Mohammad Karim Rahimi');
  });

  it('never offers the claim\'s object, or counted people, as the speaker', () => {
    const objectText = 'The Taliban lost 40 troops, he added.';
    assert.notEqual(best(objectText, 'The Taliban lost 40 troops')?.name, 'Taliban');
    const counted = '"With at least six resistance fighters wounded, we held on," he said.';
    for (const suggestion of suggestClaimants(counted, 1, 40, [])) assert.doesNotMatch(suggestion.name, /six|fighters/u);
  });

  it('keeps a role as an anonymous claimant of its side, and leaves asides out', () => {
    const text = 'A Taliban commander in Kunduz, who asked not to be named, said 300 reinforcements had arrived.';
    const suggestion = best(text, '300 reinforcements had arrived');
    assert.equal(suggestion?.anonymous, true);
    assert.equal(suggestion?.side, 'Taliban');
    assert.match(suggestion?.name ?? '', /^Taliban commander/u);
  });

  it('gives no side to third parties and neutral speakers', () => {
    const agency = best('The UN refugee agency said 4,000 people had fled.', '4,000 people had fled');
    assert.equal(agency?.side, undefined);
    const analyst = best('Kyiv-based military analyst Petro Hnatyuk said Russia had massed 50,000 troops.', 'Russia had massed 50,000 troops');
    assert.equal(analyst?.name, 'Petro Hnatyuk');
    assert.equal(analyst?.side, undefined);
  });

  it('strips titles from names', () => {
    const text = 'Army spokesman Brigadier General Asim Farouk said two drones were downed.';
    assert.equal(best(text, 'two drones were downed')?.name, 'Asim Farouk');
  });
});
