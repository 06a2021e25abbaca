import * as assert from 'node:assert/strict';
import type { Entity } from '../../../src/core/entities/entity';
import { suggestClaimants, type ClaimantSuggestion } from '../../../src/core/claims/claimants';
import { entity, spanOf } from './fixtures';
import { translated } from '../translated';

function suggest(text: string, span: string, entities: Entity[] = []): ClaimantSuggestion[] {
  const { start, end } = spanOf(text, span);
  return suggestClaimants(text, start, end, entities);
}

const first = (text: string, span: string, entities: Entity[] = []): ClaimantSuggestion | undefined => suggest(text, span, entities)[0];

describe('suggestClaimants', () => {
  describe('speakers in the same sentence', () => {
    it('reads "<affiliation> spokesman <Name> said"', () => {
      const text = 'Taliban spokesman Bilal Karimi said 31 militia fighters were killed near Khost village.';
      assert.deepEqual(first(text, '31 militia fighters were killed'), {
        name: 'Bilal Karimi', affiliation: 'Taliban', side: 'Taliban', reason: '"said" in the same sentence',
      });
    });

    it('reads "said <Name>" after the claim', () => {
      const text = 'Thirty fighters surrendered in Khenjan, said Hamdullah Rahimi, the district police chief.';
      assert.equal(first(text, 'Thirty fighters surrendered')?.name, 'Hamdullah Rahimi');
    });

    it('reads "according to ..."', () => {
      const text = 'According to the defence ministry, 120 fighters were captured in Kapisa.';
      assert.deepEqual(first(text, '120 fighters were captured'), { name: 'defence ministry', anonymous: true, reason: '"according to" in the same sentence' });
    });

    it('reads "<Name> told", "<Name> claimed" and "<Outlet> reported"', () => {
      assert.equal(first('Ahmad Massoud told a radio station that the valley had not fallen.', 'the valley had not fallen')?.name, 'Ahmad Massoud');
      assert.equal(first('The National Resistance Front claimed its fighters destroyed four Humvees.', 'destroyed four Humvees')?.name, 'National Resistance Front');
      assert.equal(first('Tolo News reported that the road to Bazarak was closed.', 'the road to Bazarak was closed')?.name, 'Tolo News');
    });

    it('reads "<Group>\'s spokesman said" as the group\'s spokesman', () => {
      const text = "The NRF's spokesman said the pass remained open.";
      assert.deepEqual(first(text, 'the pass remained open'), { name: 'NRF spokesman', affiliation: 'NRF', side: 'NRF', anonymous: true, reason: '"said" in the same sentence' });
    });

    it('reads "a spokesman for <Group>" and "<Name>, the <role> of <Group>"', () => {
      const forGroup = 'A spokesman for the Afghanistan Freedom Front (AFF) said two posts were overrun.';
      assert.deepEqual(first(forGroup, 'two posts were overrun'), {
        name: 'Afghanistan Freedom Front spokesman', affiliation: 'Afghanistan Freedom Front', side: 'Afghanistan Freedom Front', anonymous: true, reason: '"said" in the same sentence',
      });
      const appositive = 'Ali Nazary, the head of foreign relations of the NRF, said the talks had failed.';
      assert.deepEqual(first(appositive, 'the talks had failed'), { name: 'Ali Nazary', affiliation: 'NRF', side: 'NRF', reason: '"said" in the same sentence' });
    });

    it('ranks the direct speaker before the outlet it cites', () => {
      const text = 'A military source said 9 insurgents died, citing Bakhtar News Agency.';
      assert.deepEqual(suggest(text, '9 insurgents died').map((suggestion) => suggestion.name), ['military source', 'Bakhtar News Agency']);
    });

    it('does not take the subject of reported speech for a speaker', () => {
      const text = 'Residents said the Taliban had burned 12 houses.';
      assert.deepEqual(suggest(text, 'burned 12 houses').map((suggestion) => suggestion.name), ['residents']);
    });
  });

  describe('quotations', () => {
    it('takes the speaker after the closing quote', () => {
      const text = '"We pushed them out of three villages and killed 25," said Sibghatullah Ahmadi, a resistance commander, on Wednesday.';
      assert.deepEqual(first(text, 'killed 25'), { name: 'Sibghatullah Ahmadi', reason: 'speaker after the quotation ("said")' });
    });

    it('takes the speaker after a quotation of several sentences', () => {
      const text = 'Fighting continued.\n\n“Our forces hold every entrance. The enemy lost 40 men today,” an NRF commander told reporters.';
      const expected = { name: 'NRF commander', affiliation: 'NRF', side: 'NRF', anonymous: true, reason: 'speaker after the quotation ("told")' };
      assert.deepEqual(first(text, 'The enemy lost 40 men today'), expected);
      assert.deepEqual(first(text, 'Our forces hold every entrance'), expected);
    });

    it('takes the speaker of the sentence after a quotation that ends with a full stop', () => {
      const text = '"We lost no one and took 200 prisoners." Karimi said this on Thursday. Others disagreed.';
      assert.deepEqual(first(text, 'took 200 prisoners'), { name: 'Karimi', reason: 'speaker after the quotation ("said")' });
    });

    it('takes the speaker introducing the quotation', () => {
      const text = 'Mujahid wrote on X: "Panjshir is completely captured and 600 fighters surrendered."';
      assert.deepEqual(first(text, '600 fighters surrendered'), { name: 'Mujahid', reason: 'speaker before the quotation ("wrote")' });
    });

    it('works on a selection that includes the quotation marks', () => {
      const text = '"Not one district has fallen," the front\'s spokesman said.';
      assert.equal(first(text, '"Not one district has fallen,"')?.name, 'front spokesman');
    });
  });

  describe('neighbouring sentences and the paragraph', () => {
    it('looks at the previous sentence when the span\'s own has no speaker', () => {
      const text = 'Baghlan health officials said the toll was rising. Seventeen bodies reached the provincial hospital by noon.';
      assert.deepEqual(first(text, 'Seventeen bodies'), {
        name: 'Baghlan health officials', affiliation: 'Baghlan', anonymous: true, reason: '"said" in the previous sentence',
      });
    });

    it('looks further in the paragraph, and not across the blank line before it', () => {
      const text = [
        'Karimi said the district was calm.',
        '',
        'The provincial police chief said three checkpoints were attacked. Reinforcements arrived. Nine attackers were killed.',
      ].join('\r\n');
      const suggestions = suggest(text, 'Nine attackers were killed');
      assert.deepEqual(suggestions.map((suggestion) => [suggestion.name, suggestion.reason]), [
        ['provincial police chief', '"said" in the same paragraph'],
      ]);
    });
  });

  describe('actors and entities', () => {
    const text = 'Heavy clashes between the Taliban and the NRF were reported in Dara, with dozens dead.';
    const entities = [
      entity(text, 'actor', 'Taliban', { canonical: 'Taliban' }),
      entity(text, 'actor', 'NRF', { canonical: 'National Resistance Front' }),
      entity(text, 'place', 'Dara'),
      entity(text, 'number', 'dozens', { value: { value: 12, vague: true } }),
    ];

    it('adds the actors of the sentence, by canonical name, after the speakers', () => {
      assert.deepEqual(suggest(text, 'dozens dead', entities), [
        { name: 'Taliban', reason: 'actor in the sentence' },
        { name: 'National Resistance Front', reason: 'actor in the sentence' },
      ]);
    });

    it('names a speaker by its canonical name and lists it once', () => {
      const said = 'Masood said the valley would never surrender. His fighters retook Dara.';
      const masood = [entity(said, 'actor', 'Masood', { canonical: 'Ahmad Massoud' })];
      assert.deepEqual(suggest(said, 'the valley would never surrender', masood), [
        { name: 'Ahmad Massoud', reason: '"said" in the same sentence' },
      ]);
    });

    it('fills in an affiliation found by a later cue', () => {
      const twice = 'Karimi said 31 were killed. Taliban spokesman Karimi later added that two vehicles were seized.';
      assert.deepEqual(suggest(twice, '31 were killed'), [{ name: 'Karimi', affiliation: 'Taliban', side: 'Taliban', reason: '"said" in the same sentence' }]);
    });

    it('never suggests a place', () => {
      const calm = 'Later that day Bazarak reported calm.';
      assert.deepEqual(suggest(calm, 'calm', [entity(calm, 'place', 'Bazarak')]), []);
    });
  });

  describe('robustness', () => {
    it('returns nothing for an empty or invalid span', () => {
      assert.deepEqual(suggestClaimants('', 0, 0, []), []);
      assert.deepEqual(suggestClaimants('Kabul', 3, 99, []), []);
      assert.deepEqual(suggestClaimants('Kabul', 4, 2, []), []);
    });

    it('handles text without punctuation, emoji and odd quotes', () => {
      const text = '🚨🚨 BREAKING "unconfirmed reports of 50 dead in Kunduz "" officials said';
      assert.equal(first(text, '50 dead')?.name, 'officials');
    });

    it('never throws on random fragments of reporting', () => {
      const pieces = ['said', 'Karimi', 'the', 'Taliban', "'s", 'spokesman', ',', '.', '"', '“', '”', 'according to', 'citing',
        '\n\n', '\r\n', '🔥', 'of', 'a', 'killed', '40', '(NRF)', 'Gen.', 'on', 'Thursday', 'told', ':', '—'];
      let seed = 11;
      const next = (): number => (seed = (seed * 16807) % 2147483647);
      for (let round = 0; round < 300; round++) {
        const text = Array.from({ length: 5 + (next() % 60) }, () => pieces[next() % pieces.length]).join(' ');
        const start = next() % text.length;
        const end = start + 1 + (next() % (text.length - start));
        assert.ok(Array.isArray(suggestClaimants(text, start, end, [])));
      }
    });

    it('reads only around the span, so a huge article stays fast', () => {
      const sentence = 'Commander Qari Fasihuddin said 14 posts were captured in Rokha. ';
      const huge = sentence.repeat(20_000);
      const start = Math.floor(huge.length / 2 / sentence.length) * sentence.length + sentence.indexOf('14 posts');
      const started = Date.now();
      for (let round = 0; round < 20; round++) suggestClaimants(huge, start, start + 8, []);
      const perCall = (Date.now() - started) / 20;
      assert.equal(suggestClaimants(huge, start, start + 8, [])[0]?.name, 'Qari Fasihuddin');
      assert.ok(perCall < 50, `${perCall} ms per call`);
    });
  });

  it('says why in the language loaded', () => {
    const french = { '"{0}" in the same sentence': '« {0} » dans la même phrase', 'actor in the sentence': 'acteur de la phrase' };
    const text = 'Karimi said the Taliban lost 31 fighters.';
    const { start, end } = spanOf(text, 'lost 31 fighters');
    const suggestions = translated(french, () => suggestClaimants(text, start, end, [entity(text, 'actor', 'Taliban', { canonical: 'Taliban', subtype: 'armed group' })]));
    assert.deepEqual(suggestions.map((suggestion) => [suggestion.name, suggestion.reason]), [
      ['Karimi', '« said » dans la même phrase'],
      ['Taliban', 'acteur de la phrase'],
    ]);
  });
});
