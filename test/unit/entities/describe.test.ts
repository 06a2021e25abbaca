import * as assert from 'node:assert/strict';
import { describeEntity } from '../../../src/core/entities/describe';
import type { Entity } from '../../../src/core/entities/entity';
import { translated } from '../translated';

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

  it('describes an entity in the language loaded', () => {
    const german = {
      Actor: 'Akteur',
      Number: 'Zahl',
      '{0} · {1}': '{0} ({1})',
      'Value: {0}': 'Wert: {0}',
      '{0} (vague)': 'etwa {0}',
      'Matched "{0}"': 'Gefunden als „{0}“',
      'Found by the workspace gazetteer': 'Aus dem Gazetteer des Arbeitsbereichs',
      'Found by the context rule': 'Aus dem Kontext erkannt',
    };
    assert.deepEqual(translated(german, () => describeEntity(militia)), {
      title: 'Akteur (armed group)',
      name: 'National Resistance Front',
      details: ['Gefunden als „NRF“', 'Aus dem Gazetteer des Arbeitsbereichs'],
    });
    assert.deepEqual(translated(german, () => describeEntity(figure)), { title: 'Zahl', name: 'dozens', details: ['Wert: etwa 24', 'Aus dem Kontext erkannt'] });
  });
});
