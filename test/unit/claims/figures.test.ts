import * as assert from 'node:assert/strict';
import { suggestCategory } from '../../../src/core/claims/categories';
import { categoryFromMeasures, suggestFigures, type FigureContext } from '../../../src/core/claims/figures';
import type { Identities } from '../../../src/core/identity/schema';
import { builtin } from '../entities/helpers';

const TWO_SIDES: Identities = {
  claimants: [],
  sides: [{ name: 'Taliban', members: ['Islamic Emirate'] }, { name: 'National Resistance Front', members: ['NRF'] }],
  distinct: [],
};

/** Measure and "group [side]" of every number the recognizer finds in `text`. */
function figures(text: string, context: FigureContext = {}): string[] {
  const entities = builtin().recognize(text);
  const numbers = entities.filter((entity) => entity.kind === 'number');
  return suggestFigures(text, numbers, { entities, ...context }).map(({ measure, whose }, index) =>
    `${numbers[index].text}: ${measure}${whose ? ` · ${whose.group}${whose.side ? ` [${whose.side}]` : ''}` : ''}`);
}

describe('suggestFigures', () => {
  it('reads what a figure counts from the words after and before it', () => {
    assert.deepEqual(figures('Officials said 40 Taliban were killed and around 35 more injured near the pass.'), [
      '40: killed · Taliban', '35: wounded · Taliban',
    ]);
    assert.deepEqual(figures('The commander said the Taliban lost 40 troops in the valley.'), ['40: killed · Taliban']);
    assert.deepEqual(figures('He said the Taliban lost 40 of their members on Sunday.'), ['40: killed · Taliban']);
    assert.deepEqual(figures('Police detained 12 men and captured 3 trucks.'), ['12: captured · men', '3: equipment seized']);
  });

  it('tells durations, distances and money from counts', () => {
    assert.deepEqual(figures('Some 200 families fled over the past 40 hours.'), ['200: displaced · families', '40: duration']);
    assert.deepEqual(figures('The column advanced 15 km toward the city.'), ['15: distance']);
    assert.deepEqual(figures('The ministry said it needed $45 million for repairs.'), ['$45 million: money']);
  });

  it('reads equipment, positions and deployments', () => {
    assert.deepEqual(figures('Fighters destroyed six armoured vehicles and seized two checkpoints.').map((figure) => figure.split(' · ')[0]), [
      'six: equipment destroyed', 'two: positions taken',
    ]);
    assert.deepEqual(figures('Kabul sent 800 reinforcements to the district.'), ['800: forces deployed · Kabul']);
  });

  it('gives generic enemy words the other side, and "our" the speaker\'s', () => {
    const context = { speakerSide: 'Taliban', articleSides: ['Taliban', 'National Resistance Front'], identities: TWO_SIDES };
    assert.deepEqual(figures('A statement said 31 militia and soldiers have been killed.', context), [
      '31: killed · militia [National Resistance Front]',
    ]);
    assert.deepEqual(figures('He said the enemy lost 17 men while our side lost 2 fighters.', context), [
      '17: killed · enemy [National Resistance Front]', '2: killed · Taliban [Taliban]',
    ]);
    assert.deepEqual(figures('It said 9 Islamic Emirate soldiers were martyred.', { ...context, speakerSide: 'National Resistance Front' }), [
      '9: killed · Islamic Emirate soldiers [Taliban]',
    ]);
  });

  it('gives a qualified group no side from the same word elsewhere in the article', () => {
    const text = 'A militia commander said 25 resistance fighters died at the pass. Villagers counted 60 Taliban fighters on the road.';
    const oneSide: Identities = { claimants: [], sides: [{ name: 'Taliban', members: [] }], distinct: [] };
    assert.deepEqual(figures(text, { speakerSide: 'Taliban', articleSides: ['Taliban'], identities: oneSide }), [
      '25: killed · resistance fighters', '60: other · Taliban fighters [Taliban]',
    ]);
  });

  it('suggests the category from the measures, so a casualty claim is never "other"', () => {
    const categories = ['casualties', 'territorial control', 'equipment', 'negotiations', 'other'];
    assert.equal(categoryFromMeasures(['duration', 'killed'], categories), 'casualties');
    assert.equal(categoryFromMeasures(['positions taken'], categories), 'territorial control');
    assert.equal(categoryFromMeasures(['money'], categories), undefined);
    assert.equal(suggestCategory('the Taliban had lost 40 troops', categories), 'casualties');
    assert.equal(suggestCategory('the Taliban lost 40 of their members', categories), 'casualties');
    assert.equal(suggestCategory('a quiet day in the valley', categories, ['killed']), 'casualties');
  });
});
