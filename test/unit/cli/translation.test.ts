import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { generalHelp, runCli } from '../../../src/cli/run';
import { cliLocale, useCliTranslation } from '../../../src/cli/translation';
import { memoryIo } from './memoryIo';

describe('the CLI in the user\'s language', () => {
  let folder: string;

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-l10n-'));
  });

  afterEach(() => {
    l10n.config({ contents: {} });
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('reads the locale from the shell, message locale before LANG, and none for C', () => {
    assert.equal(cliLocale({ LANG: 'pt_BR.UTF-8' }), 'pt-br');
    assert.equal(cliLocale({ LC_MESSAGES: 'de_DE.UTF-8', LANG: 'en_US.UTF-8' }), 'de-de');
    assert.equal(cliLocale({ LC_ALL: 'C' }), undefined);
  });

  it('prints the help from the translated bundle, falling back from the region to the language', () => {
    fs.writeFileSync(path.join(folder, 'bundle.l10n.de.json'), JSON.stringify({ 'Commands:': 'Befehle:' }));
    useCliTranslation(folder, 'de-at');
    assert.match(generalHelp(), /^Befehle:$/mu);
  });

  it('stays in English without a bundle for the language', () => {
    useCliTranslation(folder, 'fr-fr');
    assert.match(generalHelp(), /^Commands:$/mu);
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
