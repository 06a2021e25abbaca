import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Claim } from '../../../src/core/claims/model';
import { FIXTURES, sidecarClaims } from './exchangeSupport';

/** The bundled CLI, as `npm run build` leaves it (the unit test runner builds first). */
const CLI = path.resolve(__dirname, '../../../../dist/cli.js');
const SIDECAR = 'frontline.txt.claims.json';

function git(cwd: string, ...args: string[]): { status: number; output: string } {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  return { status: result.status ?? -1, output: result.stdout + result.stderr };
}

/** A repository with the fixture article and sidecar committed on main, the driver set up as the README says. */
function repository(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-merge-'));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  for (const [key, value] of [['user.email', 'analyst@example.org'], ['user.name', 'Analyst'], ['commit.gpgsign', 'false']]) git(dir, 'config', key, value);
  // The two lines of the README, with the installed path of the CLI instead of npx.
  fs.writeFileSync(path.join(dir, '.gitattributes'), '*.claims.json merge=claimlens\n');
  git(dir, 'config', 'merge.claimlens.name', 'Claim Lens sidecar merge');
  git(dir, 'config', 'merge.claimlens.driver', `node "${CLI}" merge-driver %O %A %B`);
  for (const file of ['frontline.txt', SIDECAR]) fs.copyFileSync(path.join(FIXTURES, file), path.join(dir, file));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'articles and claims');
  return dir;
}

/** Changes claims in the sidecar as an analyst's editor would, and commits on the current branch. */
function commitChange(dir: string, message: string, change: (claim: Claim) => Partial<Claim> | undefined): void {
  const file = path.join(dir, SIDECAR);
  const sidecar = JSON.parse(fs.readFileSync(file, 'utf8')) as { claims: Claim[] };
  sidecar.claims = sidecar.claims.map((claim) => ({ ...claim, ...change(claim) }));
  fs.writeFileSync(file, JSON.stringify(sidecar, null, 2) + '\n');
  assert.equal(git(dir, 'commit', '-qam', message).status, 0);
}

describe('claimlens merge-driver in a real git merge', function () {
  // Each test runs git several times and the driver through node: seconds on a busy machine.
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => (dir = repository()));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('merges two branches that changed different claims cleanly, into a valid sidecar', () => {
    git(dir, 'checkout', '-qb', 'colleague');
    commitChange(dir, 'c2 refuted', (claim) => (claim.id === 'c2-formula' ? { status: 'refuted', modified: '2026-03-04T10:00:00.000Z' } : undefined));
    git(dir, 'checkout', '-q', 'main');
    commitChange(dir, 'c3 note', (claim) => (claim.id === 'c3-posts' ? { note: 'Seen on video, too.', modified: '2026-03-04T11:00:00.000Z' } : undefined));
    const merge = git(dir, 'merge', '--no-edit', 'colleague');
    assert.equal(merge.status, 0, merge.output);
    const text = fs.readFileSync(path.join(dir, SIDECAR), 'utf8');
    assert.doesNotMatch(text, /^(<<<<<<<|=======|>>>>>>>)/m);
    const claims = sidecarClaims(path.join(dir, SIDECAR));
    assert.equal(claims.find((claim) => claim.id === 'c2-formula')!.status, 'refuted');
    assert.equal(claims.find((claim) => claim.id === 'c3-posts')!.note, 'Seen on video, too.');
    assert.equal(claims.length, 5);
  });

  it('stops on the same field changed two ways, with a valid sidecar that names the conflict in the note', () => {
    git(dir, 'checkout', '-qb', 'colleague');
    commitChange(dir, 'c1 corroborated', (claim) => (claim.id === 'c1-andarab-killed' ? { status: 'corroborated', modified: '2026-03-04T10:00:00.000Z' } : undefined));
    git(dir, 'checkout', '-q', 'main');
    commitChange(dir, 'c1 refuted, c2 note', (claim) => {
      if (claim.id === 'c1-andarab-killed') return { status: 'refuted', modified: '2026-03-04T12:00:00.000Z' };
      return claim.id === 'c2-formula' ? { note: 'ours', modified: '2026-03-04T12:00:00.000Z' } : undefined;
    });
    const merge = git(dir, 'merge', '--no-edit', 'colleague');
    assert.notEqual(merge.status, 0);
    assert.match(merge.output, /CONFLICT \(content\): Merge conflict in frontline\.txt\.claims\.json/);
    assert.match(git(dir, 'status', '--porcelain').output, /^UU frontline\.txt\.claims\.json$/m);
    const claims = sidecarClaims(path.join(dir, SIDECAR));
    const c1 = claims.find((claim) => claim.id === 'c1-andarab-killed')!;
    assert.equal(c1.status, 'refuted', 'the newer change is kept');
    assert.match(c1.note, /^He said "forty"/, 'the note is kept');
    assert.match(c1.note, /\n\[merge conflict\] status: kept "refuted" from ours, the newer change; theirs had "corroborated"\. Settle it, then delete this line\.$/);
    assert.equal(claims.find((claim) => claim.id === 'c2-formula')!.note, 'ours', 'other changes still merge');
  });
});
