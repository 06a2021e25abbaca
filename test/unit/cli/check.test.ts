import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { nodeIo } from '../../../src/cli/nodeIo';
import { cli, fixtureCopy, sidecarClaims } from './exchangeSupport';

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.email=analyst@example.org', '-c', 'user.name=Analyst', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('claimlens check', function () {
  this.timeout(30_000);
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = fixtureCopy()));
  afterEach(() => cleanup());

  const article = (): string => path.join(dir, 'frontline.txt');
  const sidecar = (): string => path.join(dir, 'frontline.txt.claims.json');
  const edit = (change: (text: string) => string): void => fs.writeFileSync(article(), change(fs.readFileSync(article(), 'utf8')));

  it('exits 0 when every claim is where its sidecar says', async () => {
    const { status, out, err } = await cli(dir, ['check', '.']);
    assert.equal(err, '');
    assert.equal(status, 0);
    assert.match(out, /2 sidecars, 6 claims: 6 found \(0 re-anchored\), 0 orphaned or needing review, 0 invalid sidecars\./);
  });

  it('exits 0 when claims moved, writes nothing without --fix, and --fix writes them at their new place', async () => {
    edit((text) => `Breaking: 🚨 a new first line\r\n${text}`);
    const before = fs.readFileSync(sidecar(), 'utf8');
    const checked = await cli(dir, ['check', 'frontline.txt']);
    assert.equal(checked.status, 0, checked.err);
    assert.match(checked.out, /5 found \(5 re-anchored\)/);
    assert.equal(fs.readFileSync(sidecar(), 'utf8'), before);
    assert.equal((await cli(dir, ['check', '--fix', '.'])).status, 0);
    const text = fs.readFileSync(article(), 'utf8');
    for (const claim of sidecarClaims(sidecar())) assert.equal(text.slice(claim.anchor.start, claim.anchor.end), claim.quote.exact);
    assert.match((await cli(dir, ['check', '.'])).out, /6 found \(0 re-anchored\)/);
    assert.deepEqual(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp')), [], 'no temporary file is left');
  });

  it('exits 1 naming the sidecar, the line and the claim when a claim is orphaned; --fix marks it for attention', async () => {
    edit((text) => text.replace('-5 degrees froze the supply lines', 'It was cold'));
    const { status, err } = await cli(dir, ['check', '.']);
    assert.equal(status, 1);
    const line = fs.readFileSync(sidecar(), 'utf8').split('\n').findIndex((text) => text.includes('"id": "c4-minus"')) + 1;
    const lines = err.trimEnd().split('\n');
    assert.ok(lines.includes(`frontline.txt.claims.json:${line}: claim c4-minus "-5 degrees froze the supply lines" is not found in frontline.txt (orphan)`), err);
    // Without the text the sidecar was written on, the neighbours whose context changed are not placed by guess.
    assert.deepEqual(lines.filter((text) => text.includes('needs review')).map((text) => /claim (\S+)/.exec(text)![1]), ['c3-posts', 'c5-displaced']);
    assert.equal((await cli(dir, ['check', '--fix', '.'])).status, 1);
    const orphan = sidecarClaims(sidecar()).find((claim) => claim.id === 'c4-minus')!;
    assert.equal(orphan.attention?.state, 'orphan');
    assert.equal(orphan.quote.exact, '-5 degrees froze the supply lines', 'the orphan keeps its quote');
    assert.equal((await cli(dir, ['check', '.'])).status, 1, 'still reported until the analyst settles it');
  });

  it('exits 1 for an invalid sidecar, with file:line:column, and --fix leaves it untouched', async () => {
    const broken = path.join(dir, 'sub', 'second.md.claims.json');
    fs.writeFileSync(broken, '{\n  "version": 2,\n  "claims": [\n');
    const { status, err } = await cli(dir, ['check', '--fix', '.']);
    assert.equal(status, 1);
    assert.match(err, /^sub\/second\.md\.claims\.json:\d+:\d+: /m);
    assert.equal(fs.readFileSync(broken, 'utf8'), '{\n  "version": 2,\n  "claims": [\n');
  });

  it('maps claims exactly through the change from the committed text when the sidecar was written on it', async () => {
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'articles');
    // Two claims with the same words: found by quote alone the second one would be ambiguous.
    edit((text) => text.replace('+12 posts were taken overnight, a Taliban source said.', '+12 posts were taken overnight, a Taliban source said. Later: +12 posts were taken overnight, said another.'));
    edit((text) => `Update 🚨\r\n${text}`);
    assert.notEqual(execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' }), '');
    const committed: string[] = [];
    const { status, err } = await cli(dir, ['check', '--fix', '.'], {
      committedText: (file) => {
        const text = nodeIo.committedText(file);
        if (text !== undefined) committed.push(path.basename(file));
        return text;
      },
    });
    assert.equal(status, 0, err);
    assert.deepEqual(committed, ['frontline.txt'], 'the committed text is read for the changed article only');
    const text = fs.readFileSync(article(), 'utf8');
    const posts = sidecarClaims(sidecar()).find((claim) => claim.id === 'c3-posts')!;
    assert.equal(posts.anchor.start, text.indexOf('+12 posts'));
  });
});
