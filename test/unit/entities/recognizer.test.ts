import * as assert from 'node:assert/strict';
import { createRecognizer } from '../../../src/core/entities';
import { assertWellFormed, builtin, find, recognizeLabels } from './helpers';

describe('entity recognizer', () => {
  describe('built-in gazetteer', () => {
    it('finds countries, regions, towns, armed groups and outlets with their canonical names', () => {
      const text = 'Reuters reported that the Taliban entered Kandahar while the RSF shelled El Fasher in North Darfur, Sudan.';
      const entities = builtin().recognize(text);
      assert.deepEqual(
        entities.map((e) => `${e.kind}/${e.subtype}:${e.text}`),
        ['actor/outlet:Reuters', 'actor/armed group:Taliban', 'place/town:Kandahar', 'actor/armed group:RSF', 'place/town:El Fasher', 'place/region:North Darfur', 'place/country:Sudan'],
      );
      assert.equal(find(entities, 'RSF').canonical, 'Rapid Support Forces');
      assert.equal(find(entities, 'RSF').alias, 'RSF');
      assert.ok(entities.every((e) => e.source === 'builtin'));
    });

    it('matches names without their diacritics and in a dateline in capitals', () => {
      assert.deepEqual(recognizeLabels('KHARKIV - Shelling hit Kramatorsk overnight.'), ['place:KHARKIV', 'place:Kramatorsk']);
    });

    it('needs a capital where the name has one, and capitals for an acronym', () => {
      assert.deepEqual(recognizeLabels('the who and the un of it, in a kabul-style'), []);
      assert.deepEqual(recognizeLabels('The WHO and the UN met.'), ['actor:WHO', 'actor:UN']);
    });
  });

  describe('context rules', () => {
    it('takes names after roles and titles, leaving the role out', () => {
      assert.deepEqual(recognizeLabels('Army spokesman Nabil Abdallah said the town had fallen.'), ['actor:Nabil Abdallah']);
      assert.deepEqual(recognizeLabels('They met Deputy Governor Farid Ahmadzai on Monday.'), ['actor:Farid Ahmadzai']);
      assert.deepEqual(recognizeLabels('Zahir Qadiri, a militia commander, denied it.'), ['actor:Zahir Qadiri']);
    });

    it('takes names that speak or are cited, and every later mention of the surname', () => {
      assert.deepEqual(recognizeLabels('Olena Kravets told Interfax the bridge was hit. Kravets added that two people died.'), [
        'actor:Olena Kravets',
        'actor:Interfax',
        'actor:Kravets',
        'number:two',
      ]);
      assert.deepEqual(recognizeLabels('According to Brekhunov, the column turned back.'), ['actor:Brekhunov']);
    });

    it('does not take occupations or organisations that speak for people', () => {
      assert.deepEqual(recognizeLabels('Rescuers said the toll rose. Activists told us more.'), []);
      assert.deepEqual(recognizeLabels("Later, Ukraine's Ministry of Defence said the Black Sea Fleet lost a ship."), [
        'place:Ukraine',
        'actor:Ministry of Defence',
        'actor:Black Sea Fleet',
      ]);
    });

    it('names organisations by their last word, without a leading demonym or "the"', () => {
      assert.deepEqual(recognizeLabels('Fighters of the Sudanese Popular Liberation Front withdrew.'), ['actor:Popular Liberation Front']);
      assert.deepEqual(recognizeLabels('The Northern Defence Council said it had written to the Ministry of Water Resources.'), [
        'actor:Northern Defence Council',
        'actor:Ministry of Water Resources',
      ]);
    });

    it('keeps a capitalised feature word in a place name and leaves a lowercase one out', () => {
      assert.deepEqual(recognizeLabels('Troops crossed the Salang Pass into the Andar Valley and then Andar valley villages.'), [
        'place:Salang Pass',
        'place:Andar Valley',
        'place:Andar',
      ]);
      assert.deepEqual(recognizeLabels('Clashes hit Kushk district and the Qala and Sangin areas.'), ['place:Kushk', 'place:Qala', 'place:Sangin']);
      assert.deepEqual(recognizeLabels('They fled the districts of Ruhabad and Dehrud.'), ['place:Ruhabad', 'place:Dehrud']);
    });

    it('leaves out possessives, demonyms and names inside anti-/pro- adjectives', () => {
      assert.deepEqual(recognizeLabels("Sudan's army and anti-Taliban and pro-Kremlin groups met Afghan officials."), ['place:Sudan']);
      assert.deepEqual(recognizeLabels('The Kyiv-based group spoke to Kharkivites.'), ['place:Kyiv']);
    });

    it('turns acronyms defined in parentheses into actors wherever they recur', () => {
      assert.deepEqual(recognizeLabels('The Free Highland Movement (FHM) denied it. Later the FHM said more.'), [
        'actor:Free Highland Movement',
        'actor:FHM',
        'actor:FHM',
      ]);
    });

    it('does not take words in an all-caps headline for acronyms', () => {
      assert.deepEqual(recognizeLabels('BREAKING: HEAVY FIGHTING NEAR THE DAM\nShelling went on.'), []);
    });

    it('makes a country an actor only when it acts', () => {
      assert.deepEqual(
        builtin().recognize('Russia said it would respond. Refugees fled Russia.').map((e) => `${e.kind}:${e.text}`),
        ['actor:Russia', 'place:Russia'],
      );
      assert.deepEqual(recognizeLabels('Japan To Send Aid'), ['actor:Japan']);
    });
  });

  describe('output', () => {
    it('is sorted and never overlapping, with offsets into the text', () => {
      const text = 'In Herat, Taliban spokesman Qari Yusuf said 12 people died; the UN Assistance Mission in Afghanistan (UNAMA) counted 14.';
      const entities = builtin().recognize(text);
      assertWellFormed(text, entities);
      assert.equal(find(entities, 'UN Assistance Mission in Afghanistan').kind, 'actor');
    });

    it('returns only the requested kinds', () => {
      const recognizer = createRecognizer({ kinds: ['number'] });
      assert.deepEqual(recognizeLabels('Two Taliban fighters died in Kabul.', recognizer), ['number:Two']);
    });
  });
});
