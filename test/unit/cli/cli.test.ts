import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { parseArgs } from '../../../src/cli/args';
import { formatTable } from '../../../src/cli/format';
import { type CliIo, findWorkspaceGazetteer, runCli } from '../../../src/cli/run';

const root = path.resolve('/articles');

/** An in-memory file system and captured output. */
function fakeIo(files: Record<string, string>): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    readFile(file: string): string {
      if (!(file in files)) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      return files[file];
    },
    exists: (file: string) => file in files,
    cwd: () => root,
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
  };
  return io;
}

describe('claimlens CLI', () => {
  describe('parseArgs', () => {
    it('reads the entities command, its files and options', () => {
      assert.deepEqual(parseArgs(['entities', 'a.txt', '--json', 'b.txt']), { kind: 'entities', files: ['a.txt', 'b.txt'], json: true });
      assert.deepEqual(parseArgs(['entities', '--gazetteer', 'g.json', 'a.txt']), { kind: 'entities', files: ['a.txt'], json: false, gazetteer: 'g.json' });
      assert.deepEqual(parseArgs(['entities', '--gazetteer=g.json', '--', '--odd.txt']), { kind: 'entities', files: ['--odd.txt'], json: false, gazetteer: 'g.json' });
    });

    it('asks for help, and rejects unknown commands, options and missing files', () => {
      assert.deepEqual(parseArgs([]), { kind: 'help' });
      assert.deepEqual(parseArgs(['entities', '--help']), { kind: 'help' });
      assert.equal(parseArgs(['people', 'a.txt']).kind, 'usage-error');
      assert.equal(parseArgs(['entities', '--verbose', 'a.txt']).kind, 'usage-error');
      assert.equal(parseArgs(['entities']).kind, 'usage-error');
      assert.equal(parseArgs(['entities', 'a.txt', '--gazetteer']).kind, 'usage-error');
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

    it('prints a JSON array of files and entities with UTF-16 offsets', () => {
      const io = fakeIo({ [path.join(root, 'a.txt')]: '🙂 ' + article });
      assert.equal(runCli(['entities', 'a.txt', '--json'], io), 0);
      const result = JSON.parse(io.out) as { file: string; entities: { text: string; start: number; end: number }[] }[];
      assert.equal(result[0].file, 'a.txt');
      assert.deepEqual(result[0].entities.map((e) => e.text), ['Reuters', '12', 'Taliban']);
      assert.deepEqual(result[0].entities[0], { kind: 'actor', start: 3, end: 10, text: 'Reuters', source: 'builtin', subtype: 'outlet', canonical: 'Reuters' });
      assert.equal(io.err, '');
    });

    it('uses the workspace gazetteer found upward, and reports its problems with line and column', () => {
      const gazetteer = '{\n  "entries": [\n    { "name": "Shutul", "kind": "place" },\n    { "name": "", "kind": "place" }\n  ]\n}\n';
      const io = fakeIo({ [path.join(root, 'af', 'a.txt')]: article, [path.join(root, '.claimlens', 'gazetteer.json')]: gazetteer });
      assert.equal(runCli(['entities', 'af/a.txt', '--json'], io), 0);
      assert.deepEqual((JSON.parse(io.out) as { entities: { text: string }[] }[])[0].entities.map((e) => e.text), ['Reuters', '12', 'Taliban', 'Shutul']);
      assert.match(io.err, /gazetteer\.json:4:5: Invalid entry: name: must not be empty/);
    });

    it('uses --gazetteer instead, and fails clearly when it cannot be read', () => {
      const io = fakeIo({ [path.join(root, 'a.txt')]: article, [path.join(root, 'g.json')]: '{"ignore": ["Reuters"]}' });
      assert.equal(runCli(['entities', 'a.txt', '--json', '--gazetteer', 'g.json'], io), 0);
      assert.deepEqual((JSON.parse(io.out) as { entities: { text: string }[] }[])[0].entities.map((e) => e.text), ['12', 'Taliban']);
      const missing = fakeIo({ [path.join(root, 'a.txt')]: article });
      assert.equal(runCli(['entities', 'a.txt', '--gazetteer', 'nope.json'], missing), 1);
      assert.match(missing.err, /cannot read the gazetteer nope\.json/);
    });

    it('reports a missing file, still reads the others and exits non-zero', () => {
      const io = fakeIo({ [path.join(root, 'b.txt')]: article });
      assert.equal(runCli(['entities', 'missing.txt', 'b.txt'], io), 1);
      assert.match(io.err, /claimlens: cannot read missing\.txt: ENOENT/);
      assert.match(io.out, /^b\.txt: 3 entities/);
    });

    it('prints help and usage errors', () => {
      const help = fakeIo({});
      assert.equal(runCli(['--help'], help), 0);
      assert.match(help.out, /Usage: claimlens entities FILE\.\.\./);
      const wrong = fakeIo({});
      assert.equal(runCli(['entities'], wrong), 2);
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
