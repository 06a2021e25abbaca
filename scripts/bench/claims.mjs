// Claims core bench: prints median timings, never passes or fails.
// Imports the compiled core from out/: run `npm run compile-tests` first, then `node scripts/bench/claims.mjs`.
//   - parse + validate a sidecar of 10,000 claims      (target ≤ 100 ms)
//   - serialize that sidecar                           (target ≤ 100 ms)
//   - group 10,000 claims across 1,000 articles        (target ≤ 100 ms, the tree's first level)
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { measure, report } from './support/timing.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const load = async (module) => import(pathToFileURL(path.join(repoRoot, 'out/src/core/claims', module)).href);
const { createClaim } = await load('model.js');
const { createSidecar, parseSidecar, serializeSidecar } = await load('sidecar.js');
const { GROUP_BY, groupClaims } = await load('grouping.js');

const RUNS = 7;
const CLAIMS = 10_000;
const ARTICLES = 1_000;

const ACTORS = ['Taliban', 'National Resistance Front', 'Ministry of Defence', 'Ali Nazary', 'Bilal Karimi', 'local militia'];
const PLACES = ['Andarab', 'Khost', 'Bazarak', 'Rokha', 'Dara', 'Khenjan', 'Kishim'];
const CLAIMANTS = ['Ali Nazary', 'Bilal Karimi', 'military source', 'Tolo News', 'defence ministry'];
const CATEGORIES = ['casualties', 'territorial control', 'equipment', 'negotiations', 'other'];
const STATUSES = ['unverified', 'corroborated', 'disputed', 'refuted'];

/** A sentence per claim: "<actor> lost <n> fighters near <place>, <claimant> said on day <i>." with its entities. */
function syntheticArticle(claimCount, seed) {
  let text = '';
  const spans = [];
  for (let index = 0; index < claimCount; index++) {
    const actor = ACTORS[(index + seed) % ACTORS.length];
    const place = PLACES[(index * 3 + seed) % PLACES.length];
    const count = String(10 + ((index * 7 + seed) % 90));
    const sentenceStart = text.length;
    const entities = [];
    const add = (kind, surface, extra) => {
      entities.push({ kind, text: surface, start: text.length, end: text.length + surface.length, ...extra });
      text += surface;
    };
    add('actor', actor, { canonical: actor });
    text += ' lost at least ';
    add('number', count, { value: { value: Number(count), qualifier: 'at least' } });
    text += ' fighters in heavy clashes near ';
    add('place', place, { canonical: place });
    const end = text.length;
    text += `, ${CLAIMANTS[index % CLAIMANTS.length]} said on day ${index}.\n`;
    spans.push({ start: sentenceStart, end, entities });
  }
  return {
    text,
    claims: (withText) => spans.map((span, index) => ({
      ...createClaim({
        text: withText,
        start: span.start,
        end: span.end,
        claimant: { name: CLAIMANTS[index % CLAIMANTS.length] },
        category: CATEGORIES[index % CATEGORIES.length],
        entities: span.entities,
        author: 'bench',
        now: new Date(Date.UTC(2024, 8, 3, 8, 0, index % 60)),
      }),
      status: STATUSES[index % STATUSES.length],
    })),
  };
}



const big = syntheticArticle(CLAIMS, 0);
const sidecar = createSidecar({ fileName: 'bench.txt', length: big.text.length, lineEnding: 'LF', sha256: '0'.repeat(64) }, big.claims(big.text));
const json = serializeSidecar(sidecar);
console.log(`sidecar: ${CLAIMS} claims, ${(json.length / 1e6).toFixed(1)} MB of JSON; medians of ${RUNS} runs; load average ${os.loadavg()[0].toFixed(1)}\n`);

report(`parse + validate a sidecar of ${CLAIMS} claims`, measure(() => {
  if (!parseSidecar(json).ok) throw new Error('bench sidecar did not parse');
}, RUNS), 100, { labelWidth: 52, digits: 1 });
report('  of which JSON.parse alone', measure(() => JSON.parse(json), RUNS), undefined, { labelWidth: 52, digits: 1 });
report(`serialize a sidecar of ${CLAIMS} claims`, measure(() => serializeSidecar(sidecar), RUNS), 100, { labelWidth: 52, digits: 1 });
report('  of which JSON.stringify alone', measure(() => JSON.stringify(sidecar, null, 2), RUNS), undefined, { labelWidth: 52, digits: 1 });

const perArticle = CLAIMS / ARTICLES;
const articles = Array.from({ length: ARTICLES }, (_, index) => {
  const article = syntheticArticle(perArticle, index);
  return { articlePath: `corpus/${String(index).padStart(4, '0')}.txt`, claims: article.claims(article.text) };
});
for (const by of GROUP_BY) {
  report(`group ${CLAIMS} claims of ${ARTICLES} articles by ${by}`, measure(() => groupClaims(articles, by), RUNS), 100, { labelWidth: 52, digits: 1 });
}
