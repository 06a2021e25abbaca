import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { runCli } from '../../../src/cli/run';
import { useCliTranslation } from '../../../src/cli/translation';
import { cliValidationWords } from '../../../src/cli/words';
import { parseSidecar } from '../../../src/core/claims/sidecar';
import { parseWorkspaceGazetteer } from '../../../src/core/entities';
import { parseIdentities } from '../../../src/core/identity/parse';
import { parseTopicsFile } from '../../../src/core/topics/topicsFile';
import { ENGLISH_VALIDATION_WORDS, problemText, type ProblemMessage, type ValidationWords } from '../../../src/core/validation/problemMessage';
import { memoryIo } from '../cli/memoryIo';
import { EVERY_MESSAGE } from './everyMessage';

/** A few sentences in German, the rest in English: enough to see whose words a message is told in. */
const GERMAN: ValidationWords = {
  ...ENGLISH_VALIDATION_WORDS,
  invalidJson: (error) => `ungültiges JSON (${error})`,
  located: (at, issue) => `${at} – ${issue}`,
  expectedOneOf: (values) => `erwartet: eines von ${values}`,
  duplicateId: (firstPath) => `doppelte ID, schon bei ${firstPath}`,
  rule: (rule) => (rule === 'not-empty' ? 'darf nicht leer sein' : ENGLISH_VALIDATION_WORDS.rule(rule)),
  invalidItem: (list, issues) => `Ungültiger Eintrag in „${list}“: ${issues}`,
  unknownProperty: (key) => `Unbekannte Eigenschaft „${key}“`,
  issueList: (issues) => issues.join(' / '),
  expectedType: (expected, got) => `erwartet ${expected}${got === undefined ? '' : `, gefunden ${got}`}`,
  typeName: (type) => ({ int: 'eine ganze Zahl', number: 'eine Zahl', string: 'ein Text', boolean: 'wahr oder falsch', object: 'ein Objekt', array: 'eine Liste' })[type],
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
  it('are data until told in words: English by default', () => {
    assert.deepEqual(messagesOf('{"version": 2 "claims": []}'), [{ code: 'invalid-json', error: 'CommaExpected' }]);
    assert.deepEqual(messagesOf('{"version": 2 "claims": []}').map((message) => problemText(message)), ["invalid JSON: expected ','"]);
  });

  it('tell sidecar problems in the words the caller passes', () => {
    const said = (text: string): string[] => messagesOf(text).map((message) => problemText(message, GERMAN));
    assert.deepEqual(said('{"version": 2 "claims": []}'), ['ungültiges JSON (CommaExpected)']);
    assert.deepEqual(said(SIDECAR.replace('"LF"', '"NEL"')), ['document.lineEnding – erwartet: eines von "LF", "CRLF", "mixed", "none"']);
    assert.deepEqual(said(SIDECAR.replace('"a.txt"', '""')), ['document.fileName – darf nicht leer sein']);
    assert.deepEqual(said(SIDECAR.replace('"length":40', '"length":[]')), ['document.length – erwartet eine Zahl, gefunden eine Liste']);
  });

  it('tell gazetteer, identities and topics problems in the words the caller passes', () => {
    const gazetteer = parseWorkspaceGazetteer('{ "entries": [{ "name": "", "kind": "town" }], "extra": 1 }');
    assert.deepEqual(gazetteer.problems.map((problem) => problemText(problem.message, GERMAN)), [
      'Ungültiger Eintrag in „entries“: name – darf nicht leer sein / kind – erwartet: eines von "actor", "place"',
      'Unbekannte Eigenschaft „extra“',
    ]);
    const identities = parseIdentities('{ "sides": [{ "name": 3 }], "extra": [] }');
    assert.deepEqual(identities.problems.map((problem) => problemText(problem.message, GERMAN)), [
      'Ungültiger Eintrag in „sides“: name – erwartet ein Text, gefunden 3',
      'Unbekannte Eigenschaft „extra“',
    ]);
    const topics = parseTopicsFile('{ "topics": [{ "id": "killed:taliban", "merged": "x" }] }');
    assert.ok(!topics.ok);
    assert.equal(problemText(topics.message, GERMAN), 'topics[0].merged – erwartet eine Liste, gefunden "x"');
  });

  it('read the same in the CLI as in the core\'s English when no translation is loaded', () => {
    for (const message of EVERY_MESSAGE) assert.equal(problemText(message, cliValidationWords), problemText(message), JSON.stringify(message));
  });

  describe('in the CLI with a translation', () => {
    let folder: string;

    beforeEach(() => {
      folder = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-l10n-'));
    });

    afterEach(() => {
      l10n.config({ contents: {} });
      fs.rmSync(folder, { recursive: true, force: true });
    });

    it('prints a gazetteer problem from the translated bundle', async () => {
      fs.writeFileSync(path.join(folder, 'bundle.l10n.de.json'), JSON.stringify({
        'Invalid entry: {0}': 'Ungültiger Eintrag: {0}',
        'must not be empty': 'darf nicht leer sein',
      }));
      useCliTranslation(folder, 'de-de');
      const root = path.resolve('/articles');
      const gazetteer = '{\n  "entries": [\n    { "name": "", "kind": "place" }\n  ]\n}\n';
      const io = memoryIo({ [path.join(root, 'a.txt')]: 'Reuters said.', [path.join(root, '.claimlens', 'gazetteer.json')]: gazetteer }, root);
      assert.equal(await runCli(['entities', 'a.txt', '--json'], io), 0);
      assert.match(io.err, /gazetteer\.json:3:5: Ungültiger Eintrag: name: darf nicht leer sein/);
    });
  });
});
