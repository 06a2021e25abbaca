import * as assert from 'node:assert/strict';
import * as l10n from '@vscode/l10n';
import { parseSidecar } from '../../../src/core/claims/sidecar';
import { parseWorkspaceGazetteer } from '../../../src/core/entities';
import { parseIdentities } from '../../../src/core/identity/parse';
import { parseTopicsFile } from '../../../src/core/topics/topicsFile';
import { problemText, type ProblemMessage } from '../../../src/core/validation/problemMessage';
import { EVERY_MESSAGE } from './everyMessage';

/** A few sentences in German, the rest in English: enough to see that messages are told from the bundle. */
const GERMAN = {
  "invalid JSON: expected ','": "ungültiges JSON: ',' erwartet",
  '{0}: {1}': '{0} – {1}',
  'expected one of {0}': 'erwartet: eines von {0}',
  'must not be empty': 'darf nicht leer sein',
  'Invalid entry: {0}': 'Ungültiger Eintrag: {0}',
  'Invalid side: {0}': 'Ungültige Seite: {0}',
  'Unknown property "{0}": expected "entries" or "ignore".': 'Unbekannte Eigenschaft „{0}“: erwartet „entries“ oder „ignore“.',
  'Unknown property "{0}": expected "claimants", "sides" or "distinct".': 'Unbekannte Eigenschaft „{0}“: erwartet „claimants“, „sides“ oder „distinct“.',
  '; ': ' / ',
  'expected {0}, got {1}': 'erwartet {0}, gefunden {1}',
  'a number': 'eine Zahl',
  'a string': 'ein Text',
  'an array': 'eine Liste',
};

const SIDECAR = JSON.stringify({
  $schema: 'claimlens:/schemas/claims-2.json',
  version: 2,
  document: { fileName: 'a.txt', length: 40, lineEnding: 'LF', sha256: '0'.repeat(64) },
  claims: [],
});

const messagesOf = (text: string): ProblemMessage[] => {
  const parsed = parseSidecar(text);
  return parsed.ok ? [] : parsed.problems.map((problem) => problem.message);
};

describe('validation messages', () => {
  it('are data until told in words: English without a translation', () => {
    assert.deepEqual(messagesOf('{"version": 2 "claims": []}'), [{ code: 'invalid-json', error: 'CommaExpected' }]);
    assert.deepEqual(messagesOf('{"version": 2 "claims": []}').map((message) => problemText(message)), ["invalid JSON: expected ','"]);
  });

  it('fill in every parameter of every message', () => {
    for (const message of EVERY_MESSAGE) {
      const text = problemText(message);
      assert.ok(text.length > 0 && !/\{\d\}/u.test(text), `${JSON.stringify(message)}: ${text}`);
    }
  });

  describe('with a translation loaded', () => {
    beforeEach(() => l10n.config({ contents: GERMAN }));
    afterEach(() => l10n.config({ contents: {} }));

    it('tell sidecar problems in its words', () => {
      const said = (text: string): string[] => messagesOf(text).map((message) => problemText(message));
      assert.deepEqual(said('{"version": 2 "claims": []}'), ["ungültiges JSON: ',' erwartet"]);
      assert.deepEqual(said(SIDECAR.replace('"LF"', '"NEL"')), ['document.lineEnding – erwartet: eines von "LF", "CRLF", "mixed", "none"']);
      assert.deepEqual(said(SIDECAR.replace('"a.txt"', '""')), ['document.fileName – darf nicht leer sein']);
      assert.deepEqual(said(SIDECAR.replace('"length":40', '"length":[]')), ['document.length – erwartet eine Zahl, gefunden eine Liste']);
    });

    it('tell gazetteer, identities and topics problems in its words', () => {
      const gazetteer = parseWorkspaceGazetteer('{ "entries": [{ "name": "", "kind": "town" }], "extra": 1 }');
      assert.deepEqual(gazetteer.problems.map((problem) => problemText(problem.message)), [
        'Ungültiger Eintrag: name – darf nicht leer sein / kind – erwartet: eines von "actor", "place"',
        'Unbekannte Eigenschaft „extra“: erwartet „entries“ oder „ignore“.',
      ]);
      const identities = parseIdentities('{ "sides": [{ "name": 3 }], "extra": [] }');
      assert.deepEqual(identities.problems.map((problem) => problemText(problem.message)), [
        'Ungültige Seite: name – erwartet ein Text, gefunden 3',
        'Unbekannte Eigenschaft „extra“: erwartet „claimants“, „sides“ oder „distinct“.',
      ]);
      const topics = parseTopicsFile('{ "topics": [{ "id": "killed:taliban", "merged": "x" }] }');
      assert.ok(!topics.ok);
      assert.equal(problemText(topics.message), 'topics[0].merged – erwartet eine Liste, gefunden "x"');
    });
  });
});
