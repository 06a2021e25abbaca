import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { findWorkspaceGazetteer } from '../../../src/cli/commands/entities';
import { formatTable } from '../../../src/cli/format';
import { runCli } from '../../../src/cli/run';
import { memoryIo } from './memoryIo';

const root = path.resolve('/articles');

const fakeIo = (files: Record<string, string>) => memoryIo(files, root);

describe('claimlens CLI', () => {
  describe('arguments', () => {
    it('reads options anywhere, --name=value and -- before odd file names', async () => {
      const files = { [path.join(root, '--odd.txt')]: 'Reuters said.', [path.join(root, 'g.json')]: '{}' };
      const io = fakeIo(files);
      assert.equal(await runCli(['entities', '--gazetteer=g.json', '--', '--odd.txt'], io), 0);
      assert.match(io.out, /^--odd\.txt: 1 entity/);
      const json = fakeIo(files);
      assert.equal(await runCli(['entities', '--json', '--gazetteer', 'g.json', '--', '--odd.txt'], json), 0);
      assert.equal((JSON.parse(json.out) as unknown[]).length, 1);
    });

    it('shows help for the CLI and for each command, and rejects unknown commands, options and missing files', async () => {
      const general = fakeIo({});
      assert.equal(await runCli([], general), 0);
      for (const command of ['entities', 'export', 'import', 'check', 'merge-driver']) assert.match(general.out, new RegExp(`^  ${command} `, 'm'));
      const help = fakeIo({});
      assert.equal(await runCli(['entities', '--help'], help), 0);
      assert.match(help.out, /^Usage: claimlens entities FILE/);
      for (const argv of [['people', 'a.txt'], ['entities', '--verbose', 'a.txt'], ['entities'], ['entities', 'a.txt', '--gazetteer'], ['export', '--format', 'xml', 'a.txt']]) {
        const io = fakeIo({});
        assert.equal(await runCli(argv, io), 2, argv.join(' '));
        assert.match(io.err, /^claimlens/);
      }
    });
  });

  describe('findWorkspaceGazetteer', () => {
    it('finds the nearest .claimlens/gazetteer.json upward from the file', () => {
      const near = path.join(root, 'ukraine', '.claimlens', 'gazetteer.json');
      const far = path.join(root, '.claimlens', 'gazetteer.json');
      const exists = (file: string): boolean => file === near || file === far;
      assert.equal(findWorkspaceGazetteer(path.join(root, 'ukraine', 'day1', 'a.txt'), exists), near);
      assert.equal(findWorkspaceGazetteer(path.join(root, 'sudan', 'b.txt'), exists), far);
      assert.equal(findWorkspaceGazetteer(path.join(root, 'c.txt'), () => false), undefined);
    });
  });

  describe('runCli', () => {
    const article = 'Reuters said 12 fighters of the Taliban died. Shutul was calm.';

    it('prints a JSON array of files and entities with UTF-16 offsets', async () => {
      const io = fakeIo({ [path.join(root, 'a.txt')]: '🙂 ' + article });
      assert.equal(await runCli(['entities', 'a.txt', '--json'], io), 0);
      const result = JSON.parse(io.out) as { file: string; entities: { text: string; start: number; end: number }[] }[];
      assert.equal(result[0].file, 'a.txt');
      assert.deepEqual(result[0].entities.map((e) => e.text), ['Reuters', '12', 'Taliban']);
      assert.deepEqual(result[0].entities[0], { kind: 'actor', start: 3, end: 10, text: 'Reuters', source: 'builtin', subtype: 'outlet', canonical: 'Reuters' });
      assert.equal(io.err, '');
    });

    it('uses the workspace gazetteer found upward, and reports its problems with line and column', async () => {
      const gazetteer = '{\n  "entries": [\n    { "name": "Shutul", "kind": "place" },\n    { "name": "", "kind": "place" }\n  ]\n}\n';
      const io = fakeIo({ [path.join(root, 'af', 'a.txt')]: article, [path.join(root, '.claimlens', 'gazetteer.json')]: gazetteer });
      assert.equal(await runCli(['entities', 'af/a.txt', '--json'], io), 0);
      assert.deepEqual((JSON.parse(io.out) as { entities: { text: string }[] }[])[0].entities.map((e) => e.text), ['Reuters', '12', 'Taliban', 'Shutul']);
      assert.match(io.err, /gazetteer\.json:4:5: Invalid entry: name: must not be empty/);
    });

    it('uses --gazetteer instead, and fails clearly when it cannot be read', async () => {
      const io = fakeIo({ [path.join(root, 'a.txt')]: article, [path.join(root, 'g.json')]: '{"ignore": ["Reuters"]}' });
      assert.equal(await runCli(['entities', 'a.txt', '--json', '--gazetteer', 'g.json'], io), 0);
      assert.deepEqual((JSON.parse(io.out) as { entities: { text: string }[] }[])[0].entities.map((e) => e.text), ['12', 'Taliban']);
      const missing = fakeIo({ [path.join(root, 'a.txt')]: article });
      assert.equal(await runCli(['entities', 'a.txt', '--gazetteer', 'nope.json'], missing), 1);
      assert.match(missing.err, /cannot read the gazetteer nope\.json/);
    });

    it('reports a missing file, still reads the others and exits non-zero', async () => {
      const io = fakeIo({ [path.join(root, 'b.txt')]: article });
      assert.equal(await runCli(['entities', 'missing.txt', 'b.txt'], io), 1);
      assert.match(io.err, /claimlens: cannot read missing\.txt: ENOENT/);
      assert.match(io.out, /^b\.txt: 3 entities/);
    });

    it('prints help and usage errors', async () => {
      const help = fakeIo({});
      assert.equal(await runCli(['--help'], help), 0);
      assert.match(help.out, /Usage: claimlens COMMAND/);
      const wrong = fakeIo({});
      assert.equal(await runCli(['entities'], wrong), 2);
      assert.match(wrong.err, /No files given/);
    });
  });

  describe('formatTable', () => {
    it('lists offsets, kind, subtype, source, text and value per file', () => {
      const table = formatTable([
        {
          file: 'a.txt',
          entities: [
            { kind: 'actor', start: 0, end: 7, text: 'Taliban', subtype: 'armed group', source: 'builtin', canonical: 'Taliban' },
            { kind: 'number', start: 17, end: 19, text: '40', source: 'rule', value: { value: 40, qualifier: 'at least', min: 40 } },
          ],
        },
      ]);
      assert.equal(table, ['a.txt: 2 entities', '  0-7    actor   armed group  builtin  "Taliban"', '  17-19  number               rule     "40"       = 40 [40..] "at least"', ''].join('\n'));
    });
  });
});
