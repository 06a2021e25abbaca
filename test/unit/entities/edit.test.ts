import * as assert from 'node:assert/strict';
import { addGazetteerAlias, addGazetteerEntry, addIgnoredTerm, parseWorkspaceGazetteer } from '../../../src/core/entities';

describe('gazetteer edit helpers', () => {
  it('create a valid file from nothing', () => {
    const text = addGazetteerEntry('', { name: 'Shutul', kind: 'place', subtype: 'district' });
    const { gazetteer, problems } = parseWorkspaceGazetteer(text);
    assert.deepEqual(problems, []);
    assert.deepEqual(gazetteer.entries, [{ name: 'Shutul', kind: 'place', subtype: 'district' }]);
    assert.deepEqual(parseWorkspaceGazetteer(addIgnoredTerm('  ', 'Resistance')).gazetteer.ignore, ['Resistance']);
  });

  it('append to existing lists and keep comments, indentation and line endings', () => {
    const text = '{\r\n\t// my places\r\n\t"entries": [\r\n\t\t{ "name": "A", "kind": "place" }\r\n\t]\r\n}\r\n';
    const edited = addGazetteerEntry(text, { name: 'B', kind: 'actor' });
    assert.ok(edited.includes('// my places'));
    assert.ok(edited.startsWith('{\r\n\t// my places\r\n\t"entries": [\r\n\t\t{ "name": "A", "kind": "place" },'));
    assert.ok(!/[^\r]\n/.test(edited), 'only CRLF line endings');
    assert.deepEqual(parseWorkspaceGazetteer(edited).gazetteer.entries.map((e) => e.name), ['A', 'B']);
  });

  it('add a list that is missing', () => {
    const edited = addIgnoredTerm('{\n  "entries": []\n}\n', 'Islamic');
    assert.deepEqual(parseWorkspaceGazetteer(edited), { gazetteer: { entries: [], ignore: ['Islamic'] }, problems: [] });
  });

  it('add an alias to the named entry, creating its alias list when needed', () => {
    let text = addGazetteerEntry('', { name: 'Shutul', kind: 'place' });
    text = addGazetteerAlias(text, 'shutul', 'Shotul');
    text = addGazetteerAlias(text, 'Shutul', 'Shatal');
    assert.deepEqual(parseWorkspaceGazetteer(text).gazetteer.entries[0].aliases, ['Shotul', 'Shatal']);
    assert.throws(() => addGazetteerAlias(text, 'Nowhere', 'X'), /no entry named "Nowhere"/);
  });

  it('leave the text unchanged when the name, alias or term is already there', () => {
    const text = addIgnoredTerm(addGazetteerAlias(addGazetteerEntry('', { name: 'Shutul', kind: 'place' }), 'Shutul', 'Shotul'), 'Front');
    assert.equal(addGazetteerEntry(text, { name: 'SHUTUL', kind: 'actor' }), text);
    assert.equal(addGazetteerAlias(text, 'Shutul', 'shotul'), text);
    assert.equal(addIgnoredTerm(text, 'front'), text);
  });
});
