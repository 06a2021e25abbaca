import * as assert from 'node:assert/strict';
import { describeEntity, type EntityWords } from '../../../src/core/entities/describe';
import type { Entity } from '../../../src/core/entities/entity';

const militia: Entity = { kind: 'actor', subtype: 'armed group', text: 'NRF', canonical: 'National Resistance Front', alias: 'NRF', source: 'workspace', start: 0, end: 3 };
const figure: Entity = { kind: 'number', text: 'dozens', start: 10, end: 16, value: { value: 24, vague: true }, source: 'rule' };

describe('describeEntity', () => {
  it('describes an entity in English by default', () => {
    assert.deepEqual(describeEntity(militia), {
      title: 'Actor · armed group',
      name: 'National Resistance Front',
      details: ['Matched "NRF"', 'Found by the workspace gazetteer'],
    });
    assert.deepEqual(describeEntity(figure).details, ['Value: 24 (vague)', 'Found by the context rule']);
  });

  it('describes an entity in the words it is given', () => {
    const words: EntityWords = {
      kind: (kind) => ({ actor: 'Akteur', place: 'Ort', number: 'Zahl' })[kind],
      kindWithSubtype: (kind, subtype) => `${kind} (${subtype})`,
      value: (value) => `Wert: ${value}`,
      vague: (value) => `etwa ${value}`,
      matched: (alias) => `Gefunden als „${alias}“`,
      foundBy: (source) => `Quelle: ${source}`,
    };
    assert.deepEqual(describeEntity(militia, words), {
      title: 'Akteur (armed group)',
      name: 'National Resistance Front',
      details: ['Gefunden als „NRF“', 'Quelle: workspace'],
    });
    assert.deepEqual(describeEntity(figure, words), { title: 'Zahl', name: 'dozens', details: ['Wert: etwa 24', 'Quelle: rule'] });
  });
});
