import * as assert from 'node:assert/strict';
import { createRecognizer, parseWorkspaceGazetteer } from '../../../src/core/entities';
import { problemText } from '../../../src/core/validation/problemMessage';
import { find, recognizeLabels } from './helpers';

describe('workspace gazetteer', () => {
  describe('parseWorkspaceGazetteer', () => {
    it('reads entries, aliases, subtypes and ignored terms, comments allowed', () => {
      const text = `{
  // local names
  "entries": [
    { "name": "Shutul", "kind": "place", "subtype": "district", "aliases": ["Shotul", "Shatal"] },
    { "name": "Harakat al-Nasr", "kind": "actor", "subtype": "armed group", "aliases": ["HAN"] },
  ],
  "ignore": ["Resistance"]
}`;
      const { gazetteer, problems } = parseWorkspaceGazetteer(text);
      assert.deepEqual(problems, []);
      assert.deepEqual(gazetteer.entries.map((e) => e.name), ['Shutul', 'Harakat al-Nasr']);
      assert.deepEqual(gazetteer.entries[0].aliases, ['Shotul', 'Shatal']);
      assert.deepEqual(gazetteer.ignore, ['Resistance']);
    });

    it('keeps the valid entries and reports each bad one with its range in the text', () => {
      const text = '{"entries": [{"name": "Ok", "kind": "place"}, {"name": "", "kind": "river"}, {"name": "X", "kind": "actor", "subtype": "town"}, 7], "ignore": [3], "extra": true}';
      const { gazetteer, problems } = parseWorkspaceGazetteer(text);
      assert.deepEqual(gazetteer.entries.map((e) => e.name), ['Ok']);
      const located = problems.map((p) => text.slice(p.start, p.end));
      assert.deepEqual(located, ['{"name": "", "kind": "river"}', '{"name": "X", "kind": "actor", "subtype": "town"}', '7', '3', '"extra"']);
      assert.match(problemText(problems[0].message), /name: must not be empty; kind: expected one of "actor", "place"/);
      assert.match(problemText(problems[1].message), /subtype: this subtype belongs to the other kind/);
      assert.match(problemText(problems[4].message), /Unknown property "extra"/);
    });

    it('reports broken JSON where it breaks and a non-object at the root', () => {
      const broken = parseWorkspaceGazetteer('{"entries": [ {"name": "A", "kind": "place"} ');
      assert.ok(broken.problems.length > 0);
      assert.ok(broken.problems.every((p) => p.start >= 0 && p.end <= 48));
      assert.deepEqual(broken.gazetteer.entries.map((e) => e.name), ['A']);
      const array = parseWorkspaceGazetteer('[1, 2]');
      assert.deepEqual(array.problems.map((p) => [p.start, p.end]), [[0, 6]]);
    });

    it('reads an empty file as an empty gazetteer', () => {
      assert.deepEqual(parseWorkspaceGazetteer(''), { gazetteer: { entries: [], ignore: [] }, problems: [] });
    });
  });

  describe('in the recognizer', () => {
    const { gazetteer } = parseWorkspaceGazetteer(
      JSON.stringify({
        entries: [
          { name: 'Shutul', kind: 'place', subtype: 'district', aliases: ['Shotul'] },
          { name: 'Harakat al-Nasr', kind: 'actor', subtype: 'armed group', aliases: ['HAN'] },
          { name: 'Kabul', kind: 'actor', subtype: 'organisation' },
          { name: 'Bridge', kind: 'place' },
        ],
        ignore: ['Reuters', 'el fasher'],
      }),
    );
    const recognizer = createRecognizer({ workspace: gazetteer });

    it('finds its names and aliases in any case, marked as workspace entities', () => {
      const entities = recognizer.recognize('HAN fighters entered shotul, Reuters said.');
      assert.deepEqual(entities.map((e) => `${e.kind}:${e.text}:${e.source}`), ['actor:HAN:workspace', 'place:shotul:workspace']);
      assert.equal(find(entities, 'shotul').canonical, 'Shutul');
      assert.equal(find(entities, 'shotul').alias, 'Shotul');
    });

    it('takes precedence over the built-in gazetteer', () => {
      assert.deepEqual(recognizeLabels('Kabul said so.', recognizer), ['actor:Kabul']);
    });

    it('matches an entry that is an ordinary word only when capitalised', () => {
      assert.deepEqual(recognizeLabels('the bridge near Bridge', recognizer), ['place:Bridge']);
    });

    it('never highlights ignored terms, whatever their case or accents', () => {
      assert.deepEqual(recognizeLabels('REUTERS and Reuters saw El Fasher and El Fāsher.', recognizer), []);
    });

    it('treats entries as literal text, not patterns', () => {
      const { gazetteer: literal } = parseWorkspaceGazetteer(JSON.stringify({ entries: [{ name: '(a+)+$', kind: 'actor' }, { name: 'A.B', kind: 'actor' }] }));
      assert.deepEqual(recognizeLabels('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa! AxB and A.B', createRecognizer({ workspace: literal })), ['actor:A.B']);
    });
  });
});
