// Exchange bench: prints timings, never passes or fails. Runs the compiled CLI (out/src/cli) in this process on
// a temporary workspace of 1,000 articles with 10,000 claims, reading and writing real files:
//   - export as csv, jsonl, w3c (to a captured standard output) and brat (into a folder)   (target ≤ 1 s each)
//   - check: every article unchanged, then every article changed by a line inserted at its top (target ≤ 2 s)
// Run `npm run compile-tests` first, then `node scripts/bench/exchange.mjs`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const load = async (module) => import(pathToFileURL(path.join(repoRoot, 'out/src', module)).href);
const { createClaim } = await load('core/claims/model.js');
const { createSidecar, describeDocument, serializeSidecar } = await load('core/claims/sidecar.js');
const { runCli } = await load('cli/run.js');
const { nodeIo } = await load('cli/nodeIo.js');

const ARTICLES = 1_000;
const CLAIMS_PER_ARTICLE = 10;
const RUNS = 3;
const ACTORS = ['Taliban', 'National Resistance Front', 'Ministry of Defence', 'local militia'];
const PLACES = ['Andarab', 'Khost', 'Bazarak', 'Rokha', 'Khenjan'];
const CLAIMANTS = ['Ali Nazary', 'Bilal Karimi', 'a military source', 'defence ministry'];

function article(seed) {
  let text = `Report ${seed} 🛰️\r\n\r\n`;
  const spans = [];
  for (let index = 0; index < CLAIMS_PER_ARTICLE; index++) {
    const start = text.length;
    text += `${ACTORS[(index + seed) % ACTORS.length]} lost at least ${10 + ((index * 7 + seed) % 90)} fighters near ${PLACES[(index * 3 + seed) % PLACES.length]} in clash ${index}`;
    spans.push({ start, end: text.length, index });
    text += `, ${CLAIMANTS[index % CLAIMANTS.length]} said, adding "more =details" later.\r\n`;
  }
  return { text, spans };
}

const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-bench-exchange-'));
const corpus = path.join(workspace, 'corpus');
fs.mkdirSync(corpus);
const now = new Date(Date.UTC(2026, 2, 3));
for (let seed = 0; seed < ARTICLES; seed++) {
  const { text, spans } = article(seed);
  const fileName = `${String(seed).padStart(4, '0')}.txt`;
  const claims = spans.map(({ start, end, index }) => ({
    ...createClaim({ text, start, end, claimant: { name: CLAIMANTS[index % CLAIMANTS.length] }, category: 'casualties', entities: [], author: 'bench', now, id: `a${seed}-c${index}` }),
    note: index % 3 === 0 ? 'Second source: "district governor", unconfirmed.\nCheck video.' : '',
  }));
  fs.writeFileSync(path.join(corpus, fileName), text);
  fs.writeFileSync(path.join(corpus, `${fileName}.claims.json`), serializeSidecar(createSidecar(await describeDocument(fileName, text), claims)));
}

const io = { ...nodeIo, cwd: () => workspace, stdout: () => undefined, stderr: (text) => process.stderr.write(text) };

/** Medians of wall-clock and CPU time: on a shared machine the CPU figure says what the code costs. */
async function measure(label, argv, target) {
  const wall = [];
  const cpu = [];
  for (let run = 0; run < RUNS; run++) {
    const startedCpu = process.cpuUsage();
    const started = performance.now();
    const status = await runCli(argv, io);
    wall.push(performance.now() - started);
    const used = process.cpuUsage(startedCpu);
    cpu.push((used.user + used.system) / 1000);
    if (status !== 0) console.log(`  (${argv.join(' ')} exited ${status})`);
  }
  const median = (times) => times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  console.log(`${label.padEnd(64)} ${median(wall).toFixed(0).padStart(6)} ms wall ${median(cpu).toFixed(0).padStart(6)} ms CPU   (target ≤ ${target} ms)`);
}

console.log(`${ARTICLES} articles, ${ARTICLES * CLAIMS_PER_ARTICLE} claims; medians of ${RUNS} runs; load average ${os.loadavg()[0].toFixed(1)}\n`);
for (const format of ['csv', 'jsonl', 'w3c']) await measure(`export --format ${format} (standard output)`, ['export', '--format', format, 'corpus'], 1000);
await measure('export --format brat --out (2,000 files)', ['export', '--format', 'brat', '--out', 'brat', 'corpus'], 1000);
await measure('check, articles unchanged', ['check', 'corpus'], 2000);
const originals = new Map(fs.readdirSync(corpus).filter((name) => name.endsWith('.txt')).map((name) => [name, fs.readFileSync(path.join(corpus, name), 'utf8')]));
for (const [name, text] of originals) fs.writeFileSync(path.join(corpus, name), `Updated 🚨\r\n${text}`);
await measure('check, every article changed (found by quote, nothing written)', ['check', 'corpus'], 2000);
fs.rmSync(workspace, { recursive: true, force: true });
