import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { assertAboveFloors, recognizeLabels, type Scored } from './helpers';

/**
 * Generalisation guard: articles written and labelled by hand (GUIDELINES.md of the shared corpus) about
 * wars the dev corpus does not cover (Ukraine, Sudan) and more Afghanistan, in other styles (wire copy,
 * frontline report, CRLF and Cyrillic). The rules were not tuned on the dev corpus alone; these keep them
 * from drifting back. Scored exactly like score.mjs's exact match: same kind and same boundaries.
 */
const fixture = path.resolve(__dirname, '../../../../test/fixtures/heldout');

/** A little below what the recognizer reaches (0.992 micro on nine articles when this was written; articles written after a round of fixes scored 0.93-0.95 before fixing), so noise does not fail it. */
const FLOORS: Record<Scored, number> = { actor: 0.95, place: 0.95, number: 0.97, micro: 0.97 };

describe('held-out articles (generalisation)', () => {
  it('keeps exact F1 per kind and micro-averaged above the floors', () => {
    assertAboveFloors(fixture, FLOORS, 4);
  });

  describe('rules the held-out articles called for', () => {
    it('keeps a military unit number with its name', () => {
      assert.deepEqual(recognizeLabels('Soldiers of the 68th Separate Jaeger Brigade and the 3rd Assault Brigade held the line.'), [
        'actor:68th Separate Jaeger Brigade',
        'actor:3rd Assault Brigade',
      ]);
    });

    it('keeps a bare numbered unit and leaves a title with "of" out of the name', () => {
      assert.deepEqual(recognizeLabels('The 110th Brigade withdrew.'), ['actor:110th Brigade']);
      assert.deepEqual(recognizeLabels('Minister of Foreign Affairs Andrii Sybiha and Secretary of State Marco Rubio met.'), ['actor:Andrii Sybiha', 'actor:Marco Rubio']);
    });

    it('finds the names in a credit line', () => {
      const labels = recognizeLabels('Reporting by Lidia Kelly in Melbourne; Editing by Zoë Lefèvre');
      assert.ok(labels.includes('actor:Lidia Kelly'), labels.join(', '));
      assert.ok(labels.includes('actor:Zoë Lefèvre'), labels.join(', '));
      // A first name that GeoNames also lists as a town is still a name in a byline.
      assert.deepEqual(recognizeLabels('By Sami Yousafzai and Ruchi Kumar'), ['actor:Sami Yousafzai', 'actor:Ruchi Kumar']);
    });

    it('reads a vague multiplier with two scale words as one number', () => {
      assert.deepEqual(recognizeLabels('Several hundred thousand people fled, and three hundred thousand more may follow.'), [
        'number:Several hundred thousand',
        'number:three hundred thousand',
      ]);
    });

    it('makes a country an actor when it is accused of, or urged to, an action', () => {
      assert.deepEqual(recognizeLabels('Khartoum accuses the United Arab Emirates of arming the RSF.').slice(-2), ['actor:United Arab Emirates', 'actor:RSF']);
      assert.ok(recognizeLabels('The envoy urged Russia to withdraw.').includes('actor:Russia'));
      assert.ok(recognizeLabels('Aid reached Russia to the north.').includes('place:Russia'));
      assert.ok(recognizeLabels('An exchange mediated by the UAE freed 84 prisoners.').includes('actor:UAE'));
      assert.ok(recognizeLabels('The road is bordered by Russia.').includes('place:Russia'));
    });

    it('reads a hyphenated fraction as one number', () => {
      assert.deepEqual(recognizeLabels('About two-thirds of the 40 districts and one-quarter of homes.'), ['number:two-thirds', 'number:40', 'number:one-quarter']);
    });

    it('continues an organisation name after "for" and keeps a speaker\'s name apart from the body he belongs to', () => {
      assert.deepEqual(recognizeLabels('Andriy Kovalenko, head of the Center for Countering Disinformation, said so.'), [
        'actor:Andriy Kovalenko',
        'actor:Center for Countering Disinformation',
      ]);
      assert.deepEqual(recognizeLabels('Maj. Gen. Dmytro Brazhnyuk of the Unmanned Systems Forces said so.'), ['actor:Dmytro Brazhnyuk', 'actor:Unmanned Systems Forces']);
    });

    it('counts name words, not connectors, towards the four-word limit of a person\'s name', () => {
      assert.ok(recognizeLabels('Gen. Shams al-Din Kabbashi visited the front.').includes('actor:Shams al-Din Kabbashi'));
    });

    it('reads an attached "m" as millions before people or money, as metres otherwise', () => {
      assert.deepEqual(recognizeLabels('30.4m people need aid; a 30m wall.'), ['number:30.4m', 'number:30']);
    });

    it('leaves a title inside a speaker\'s run out of the name', () => {
      assert.deepEqual(recognizeLabels('"We hold," Energy Minister Svitlana Grynchuk told reporters.'), ['actor:Svitlana Grynchuk']);
    });

    it('ends a name that opens with a given name before "of", and reads "X airport" as a place', () => {
      assert.deepEqual(recognizeLabels('Andriy Kovalenko of the NSDC spoke; weapons went through the Amdjarass airport.'), [
        'actor:Andriy Kovalenko',
        'actor:NSDC',
        'place:Amdjarass',
      ]);
    });

    it('reads a credit line without parentheses', () => {
      assert.deepEqual(recognizeLabels('Photo: AFP/Genya Savilov'), ['actor:AFP', 'actor:Genya Savilov']);
    });

    it('takes the last name of a list opened by a locative preposition as a place', () => {
      assert.deepEqual(recognizeLabels('Shelling continued near Bara and Um Sumeima.'), ['place:Bara', 'place:Um Sumeima']);
      assert.deepEqual(recognizeLabels('In Kabul and Kandahar, Taliban officials and Zabihullah Mujahid spoke.'), [
        'place:Kabul',
        'place:Kandahar',
        'actor:Taliban',
        'actor:Zabihullah Mujahid',
      ]);
    });

    it('reads "half a million" as one number', () => {
      assert.deepEqual(recognizeLabels('Half A Million Children At Risk; a million more stayed.'), ['number:Half A Million', 'number:million']);
    });

    it('lets coordinated countries share the verb that makes them act', () => {
      assert.deepEqual(recognizeLabels('Pakistan, Afghanistan Agree To Ceasefire'), ['actor:Pakistan', 'actor:Afghanistan']);
      assert.deepEqual(recognizeLabels('Flights over Poland, Ukraine and Belarus resumed.'), ['place:Poland', 'place:Ukraine', 'place:Belarus']);
    });

    it('lets a given name that is also a town open a person\'s name', () => {
      assert.deepEqual(recognizeLabels('The governor, Vladimir Saldo, flew to Vladimir.'), ['actor:Vladimir Saldo', 'place:Vladimir']);
    });

    it('knows Cyrillic spellings of Ukrainian outlets and cities', () => {
      assert.deepEqual(recognizeLabels('Укрінформ reported shelling in Харків.'), ['actor:Укрінформ', 'place:Харків']);
    });
  });
});
