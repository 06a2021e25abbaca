import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { createSidecar, serializeSidecar } from '../../../src/core/claims/sidecar';
import { runCli } from '../../../src/cli/run';
import { serializeTopicsFile } from '../../../src/core/topics/topicsFile';
import { battleArticles } from '../topics/battle';
import { memoryIo } from './memoryIo';

const root = path.resolve('/ws');

/** The battle's articles as sidecars in an in-memory folder tree under /ws. */
function workspace(extra: Record<string, string> = {}): Record<string, string> {
  const files: Record<string, string> = {};
  for (const article of battleArticles()) {
    const file = path.resolve(article.path);
    const document = { fileName: path.basename(file), length: 500, lineEnding: 'LF' as const, sha256: '0'.repeat(64), ...article.metadata };
    files[file] = 'article text';
    files[`${file}.claims.json`] = serializeSidecar(createSidecar(document, [...article.claims]));
  }
  for (const [name, text] of Object.entries(extra)) files[path.resolve(root, name)] = text;
  return files;
}

const fakeIo = (files: Record<string, string>) => memoryIo(files, root);

interface JsonTopic {
  id: string;
  label: string;
  conflicts: Array<{ sides: string[] }>;
  revisions: Array<{ claimant: string }>;
  figures: Array<{ display: string; claimant: string; articles: number; outlets: number; independent: number }>;
  claims: Array<{ id: string; article: string; display: string; claimant: string; side?: string; outlet?: string; published?: string; max: number | null }>;
}

describe('claimlens compare', () => {
  it('reads its arguments', async () => {
    const usage = async (...argv: string[]) => {
      const io = fakeIo({});
      return { status: await runCli(['compare', ...argv], io), io };
    };
    assert.equal((await usage('--json', '--csv', 'a')).status, 2);
    assert.equal((await usage()).status, 2);
    assert.equal((await usage('--tsv', 'a')).status, 2);
    const help = await usage('-h');
    assert.equal(help.status, 0);
    assert.match(help.io.out, /^Usage: claimlens compare PATH/);
  });

  it('prints the topics of a folder as JSON: figures, claimants, outlets, conflicts and revisions', async () => {
    const io = fakeIo(workspace());
    assert.equal(await runCli(['compare', '.', '--json'], io), 0, io.err);
    const { topics } = JSON.parse(io.out) as { topics: JsonTopic[] };
    assert.deepEqual(topics.map((topic) => topic.id), ['killed:taliban', 'killed:resistance', 'wounded:taliban']);
    const [taliban] = topics;
    const wire = taliban.claims.find((claim) => claim.id === 'w1')!;
    assert.deepEqual(
      [wire.article, wire.display, wire.claimant, wire.side, wire.outlet, wire.published, wire.max],
      ['news/wire.txt', '≥ 40', 'Ali Nazary', 'Resistance', 'Kabul Wire', '2026-09-04', null],
    );
    const forty = taliban.figures.find((figure) => figure.display === '≥ 40')!;
    assert.deepEqual([forty.articles, forty.outlets, forty.independent], [4, 4, 2]);
    assert.deepEqual(taliban.conflicts.map((conflict) => conflict.sides), [['Resistance', 'Taliban']]);
    assert.deepEqual(taliban.revisions.map((revision) => revision.claimant), ['Zabihullah Mujahid']);
  });

  it('prints one CSV row per figure, and a table by default', async () => {
    const csv = fakeIo(workspace());
    assert.equal(await runCli(['compare', 'news', 'analysis/review.md', '--csv'], csv), 0, csv.err);
    const lines = csv.out.trimEnd().split('\r\n');
    assert.equal(lines[0].split(',')[0], 'topic');
    assert.equal(lines.length, 1 + 11);
    assert.ok(lines.some((line) => line.startsWith('killed:taliban,Taliban killed,news/wire.txt,w1,0,At least 40,≥ 40,40,,Ali Nazary,Resistance,Kabul Wire')), lines.join('\n'));
    const table = fakeIo(workspace());
    assert.equal(await runCli(['compare', '.'], table), 0);
    assert.match(table.out, /Taliban killed \[killed:taliban\]: 7 figures, 4 articles, 4 outlets/);
    assert.match(table.out, /CONFLICT Resistance ≥ 40 vs Taliban 2–12/);
    assert.match(table.out, /REVISION Zabihullah Mujahid: 2 \(2026-09-05\) → 12 \(2026-09-07\)/);
    assert.match(table.out, /≥ 40 +Ali Nazary \(Resistance\) · 4 articles, 4 outlets, independent sources: 2 of 4/);
  });

  it('uses the nearest topics.json and identities.json', async () => {
    const io = fakeIo(workspace({
      '.claimlens/topics.json': serializeTopicsFile({ topics: [{ id: 'killed:iea', label: 'Taliban dead in Paryan' }] }),
      '.claimlens/identities.json': JSON.stringify({
        claimants: [{ name: 'Zabihullah Mujahid', aliases: ['Mujahid'], side: 'IEA', kind: 'person' }],
        sides: [{ name: 'IEA', members: ['Taliban', 'Taliban fighters'] }, { name: 'NRF', members: ['Resistance', 'resistance fighters'] }],
      }),
    }));
    assert.equal(await runCli(['compare', '.', '--json'], io), 0, io.err);
    const { topics } = JSON.parse(io.out) as { topics: JsonTopic[] };
    assert.deepEqual(topics.map((topic) => [topic.id, topic.label]), [
      ['killed:iea', 'Taliban dead in Paryan'], ['killed:nrf', 'NRF killed'], ['wounded:iea', 'IEA wounded'],
    ]);
  });

  it('reports unreadable sidecars and missing paths, and compares the rest', async () => {
    const io = fakeIo(workspace({ 'news/broken.txt.claims.json': '{"version": 2', 'news/broken.txt': 'text' }));
    assert.equal(await runCli(['compare', '.', 'nowhere', '--json'], io), 1);
    assert.match(io.err, /nowhere does not exist/);
    assert.match(io.err, /news\/broken\.txt\.claims\.json/);
    assert.equal((JSON.parse(io.out) as { topics: JsonTopic[] }).topics.length, 3);
  });

  it('escapes CSV cells, formulas included', async () => {
    const files = workspace();
    const wire = path.resolve('/ws/news/wire.txt.claims.json');
    files[wire] = files[wire].replace('"outlet": "Kabul Wire"', '"outlet": "=HYPERLINK(\\"x\\"), Inc"');
    const io = fakeIo(files);
    assert.equal(await runCli(['compare', '.', '--csv'], io), 0, io.err);
    assert.ok(io.out.includes(`"'=HYPERLINK(""x""), Inc"`), io.out);
  });
});
