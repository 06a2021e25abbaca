#!/usr/bin/env node
// Entity recognition bench: quality on the dev corpus and speed, for Claim Lens and for compromise.
//
//   npm run compile-tests && node scripts/bench/entities.mjs [--speed] [--compiled <out/src/core/entities of another build>]
//
// Imports the recognizer from out/src (compiled by tsc). Quality is scored by ../shared/corpus/score.mjs
// (resolved from the repository root) on predictions written to a temporary folder: all five dev articles,
// the three the rules were tuned on and the two held out; then the held-out fixtures test/fixtures/heldout and
// heldout2, the figures recorded in their first-sight.json beside the current ones. Speed: throughput on
// ~1 MB of generated news-like text by CPU time and wall clock (compromise on a 100 KB slice: it is two orders of magnitude slower), the
// time for a 100 KB article, garbage-collection pauses, built-in index build time (median of several builds,
// and the first build in fresh processes), heap held by the loaded gazetteer (in a child process with
// --expose-gc) and the minified size of the recognizer's bundle. Prints figures; never fails on them. `--speed` prints only Claim Lens's speed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const corpus = path.resolve(root, '../shared/corpus/dev');
const scorer = path.resolve(root, '../shared/corpus/score.mjs');
/** `--compiled <dir>`: another compiled recognizer (say, an older commit's), to compare speed in one session. */
const compiledFlag = process.argv.indexOf('--compiled');
const compiled = compiledFlag > 0 ? path.resolve(process.argv[compiledFlag + 1]) : path.join(root, 'out/src/core/entities');
if (!fs.existsSync(path.join(compiled, 'index.js'))) {
  console.error('Run `npm run compile-tests` first: out/src/core/entities/index.js is missing.');
  process.exit(1);
}
const { createRecognizer } = require(path.join(compiled, 'index.js'));
const { buildBuiltinIndex } = require(path.join(compiled, 'gazetteer/builtin.js'));
/** compromise, loaded only once Claim Lens's speed is measured: its heap would make every collection of ours dearer. */
let compromise;
const nlp = (text) => (compromise ??= require('compromise'))(text);

/** The articles the rules were tuned on; the other two are held out. */
const TUNED = ['000_d9e6707126f93778', '001_5ad8593a3d9edd83', '002_2384a71c4a72d2e4'];
const KINDS = ['actor', 'place', 'number'];

const articles = fs
  .readdirSync(path.join(corpus, 'texts'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f.replace(/\.txt$/, ''), text: fs.readFileSync(path.join(corpus, 'texts', f), 'utf8') }));

// ---- systems ----------------------------------------------------------------------------------------

const claimLens = createRecognizer();
/** `--speed`: only the speed figures of Claim Lens, for quick comparisons while optimising. */
const speedOnly = process.argv.includes('--speed');

/** compromise out of the box: people and organisations are actors, places are places, values are numbers. */
function compromiseEntities(text) {
  const doc = nlp(text);
  const spans = [];
  const add = (view, kind) => {
    for (const match of view.json({ offset: true })) {
      let start = match.offset.start;
      let end = start + match.offset.length;
      // compromise keeps surrounding punctuation in its matches.
      while (start < end && /[\s"'“”‘’(),.;:!?-]/.test(text[start])) start++;
      while (end > start && /[\s"'“”‘’(),.;:!?-]/.test(text[end - 1])) end--;
      if (end > start) spans.push({ kind, start, end });
    }
  };
  add(doc.people(), 'actor');
  add(doc.organizations(), 'actor');
  add(doc.places(), 'place');
  add(doc.numbers(), 'number');
  return spans.sort((a, b) => a.start - b.start);
}

// ---- quality ----------------------------------------------------------------------------------------

function score(system, names) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-bench-'));
  try {
    for (const sub of ['texts', 'gold']) fs.mkdirSync(path.join(dir, 'corpus', sub), { recursive: true });
    const predictions = [];
    for (const article of articles.filter((a) => names.includes(a.name))) {
      fs.copyFileSync(path.join(corpus, 'texts', article.name + '.txt'), path.join(dir, 'corpus/texts', article.name + '.txt'));
      fs.copyFileSync(path.join(corpus, 'gold', article.name + '.json'), path.join(dir, 'corpus/gold', article.name + '.json'));
      predictions.push({ file: article.name + '.txt', entities: system(article.text) });
    }
    fs.writeFileSync(path.join(dir, 'predictions.json'), JSON.stringify(predictions));
    const output = execFileSync(process.execPath, [scorer, path.join(dir, 'corpus'), path.join(dir, 'predictions.json')], { encoding: 'utf8' });
    const figures = {};
    for (const line of output.split('\n')) {
      const m = /^(exact|lenient)\.(\w+)\s+P=([\d.]+) R=([\d.]+) F1=([\d.]+)/.exec(line);
      if (m) figures[`${m[1]}.${m[2]}`] = { p: +m[3], r: +m[4], f1: +m[5] };
    }
    return figures;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function printQuality(title, system) {
  const splits = [
    ['all 5', articles.map((a) => a.name)],
    ['tuned 3', TUNED],
    ['held-out 2', articles.map((a) => a.name).filter((n) => !TUNED.includes(n))],
  ];
  console.log(`\n${title}`);
  console.log(`  ${'split'.padEnd(11)} ${'match'.padEnd(8)} ${[...KINDS, 'micro'].map((k) => `${k} P/R/F1`.padEnd(20)).join('')}`);
  for (const [split, names] of splits) {
    const figures = score(system, names);
    for (const match of ['exact', 'lenient']) {
      const cells = [...KINDS, 'micro'].map((k) => {
        const f = figures[`${match}.${k}`];
        return `${f.p.toFixed(2)}/${f.r.toFixed(2)}/${f.f1.toFixed(3)}`.padEnd(20);
      });
      console.log(`  ${split.padEnd(11)} ${match.padEnd(8)} ${cells.join('')}`);
    }
  }
}

/** Exact F1 per kind on a whole fixture folder (texts/ + gold/), scored by score.mjs. */
function scoreFixture(system, dir) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-bench-'));
  try {
    const predictions = fs
      .readdirSync(path.join(dir, 'texts'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ file: f, entities: system(fs.readFileSync(path.join(dir, 'texts', f), 'utf8')) }));
    fs.writeFileSync(path.join(tmp, 'predictions.json'), JSON.stringify(predictions));
    const output = execFileSync(process.execPath, [scorer, dir, path.join(tmp, 'predictions.json')], { encoding: 'utf8' });
    return JSON.parse(output.trim().split('\n').pop());
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** The held-out fixtures: the figures recorded in each one's first-sight.json beside the current ones. */
function printFixtures() {
  const fixtures = [
    ['heldout', 'Ukraine, Sudan, Afghanistan'],
    ['heldout2', 'twelve conflicts never seen'],
  ];
  console.log('\nHeld-out fixtures, exact F1 (recorded: first-sight.json of each fixture; now: this build)');
  console.log(`  ${'fixture'.padEnd(40)} ${'when'.padEnd(12)} ${[...KINDS, 'micro'].map((k) => k.padEnd(8)).join('')}`);
  for (const [name, about] of fixtures) {
    const dir = path.join(root, 'test/fixtures', name);
    const recorded = JSON.parse(fs.readFileSync(path.join(dir, 'first-sight.json'), 'utf8'));
    const now = scoreFixture((text) => claimLens.recognize(text), dir);
    const row = (when, get) => console.log(`  ${`${name} (${about})`.padEnd(40)} ${when.padEnd(12)} ${[...KINDS, 'micro'].map((k) => get(k).toFixed(3).padEnd(8)).join('')}`);
    row(recorded.label, (k) => recorded.exact[k]);
    row('now', (k) => now[`exact.${k}`]);
  }
}

// ---- speed ------------------------------------------------------------------------------------------

/** Deterministic news-like text built from templates: no corpus sentence is reused. */
function generatedArticleText(bytes) {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const people = ['Olena Kravets', 'Ahmad Rahimi', 'Mohamed Osman', 'Ali Hassan', 'Serhiy Bondar', 'Fatima Noor', 'Ivan Petrenko'];
  const groups = ['the Taliban', 'the Rapid Support Forces', 'the Sudanese Armed Forces', 'Wagner', 'the Free Valley Front', 'Hamas'];
  const places = ['Kharkiv', 'El Fasher', 'Kandahar', 'the Salang Pass', 'Omdurman', 'Kupiansk', 'the Andar Valley', 'Herat province'];
  const outlets = ['Reuters', 'AFP', 'TASS', 'Al Jazeera', 'the BBC', 'Radio Dabanga'];
  const numbers = ['12', 'at least 40', 'dozens of', 'several thousand', 'nine', '1,200', 'hundreds of', '3.5 million', 'about 30 percent of'];
  const templates = [
    () => `${pick(people)}, a spokesman for ${pick(groups)}, told ${pick(outlets)} that ${pick(numbers)} fighters were killed near ${pick(places)}.`,
    () => `According to ${pick(outlets)}, ${pick(groups)} shelled ${pick(places)} on Monday, wounding ${pick(numbers)} civilians.`,
    () => `Residents of ${pick(places)} said ${pick(numbers)} families had fled since March 2023, while ${pick(groups)} denied the claims.`,
    () => `“We will not leave,” said ${pick(people)}, whose village lies ${pick(['two', 'six', '15'])} km from ${pick(places)}.`,
    () => `The United Nations said ${pick(numbers)} people in ${pick(places)} needed food aid, ${pick(outlets)} reported.`,
  ];
  const paragraphs = [];
  let size = 0;
  while (size < bytes) {
    const paragraph = Array.from({ length: 4 }, () => pick(templates)()).join(' ');
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return paragraphs.join('\n\n');
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Garbage-collection pauses (main thread) while `fn` runs, in ms. */
async function gcPauses(fn) {
  let total = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) total += entry.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  fn();
  // GC entries are delivered asynchronously.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return total;
}

/** CPU time (this process, every thread) and wall-clock time of one call, in ms. */
function timed(fn) {
  const usage = process.cpuUsage();
  const started = performance.now();
  fn();
  const wall = performance.now() - started;
  const used = process.cpuUsage(usage);
  return { cpu: (used.user + used.system) / 1000, wall };
}

/**
 * Wall-clock and CPU time per run, medians of `runs`, after one untimed run of the whole text, so that the
 * optimising compiler's work (on other threads, but counted in CPU time) is done; that first run is reported
 * on its own. CPU time is this process only: the machine is shared, and other work slows the wall clock, so
 * compare CPU figures across changes and wall figures only within one run.
 */
function throughput(recognize, text, runs) {
  const first = timed(() => recognize(text));
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const run = timed(() => recognize(text));
    wall.push(run.wall);
    cpu.push(run.cpu);
  }
  const mb = Buffer.byteLength(text) / 1e6;
  const ms = median(wall);
  const cpuMs = median(cpu);
  return { first, ms, cpuMs, mbPerSecond: mb / (ms / 1000), cpuMbPerSecond: mb / (cpuMs / 1000), bestMbPerSecond: mb / (Math.min(...wall) / 1000) };
}

/** The first build of the built-in index in fresh processes (median of `runs`), and the heap it holds. */
function coldBuild(runs) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const output = execFileSync(
      process.execPath,
      [
        '--expose-gc',
        '-e',
        `const b = require(${JSON.stringify(path.join(compiled, 'gazetteer/builtin.js'))});
         gc(); const before = process.memoryUsage().heapUsed;
         const usage = process.cpuUsage(); const started = performance.now();
         const index = b.buildBuiltinIndex();
         const wall = performance.now() - started; const used = process.cpuUsage(usage);
         gc(); const after = process.memoryUsage().heapUsed;
         console.log(JSON.stringify({ heap: (after - before) / 1048576, cpu: (used.user + used.system) / 1000, wall }));`,
      ],
      { encoding: 'utf8' },
    );
    results.push(JSON.parse(output));
  }
  return { heap: median(results.map((r) => r.heap)), cpu: median(results.map((r) => r.cpu)), wall: median(results.map((r) => r.wall)) };
}

async function printSpeed() {
  const text = generatedArticleText(1_000_000);
  const slice = text.slice(0, 100_000);
  const loadBefore = os.loadavg()[0];
  const ours = throughput((t) => claimLens.recognize(t), text, 7);
  const article = throughput((t) => claimLens.recognize(t), slice, 15);
  const gcMs = await gcPauses(() => claimLens.recognize(text));
  const theirs = speedOnly ? undefined : throughput((t) => compromiseEntities(t), slice, 3);
  const loadAfter = os.loadavg()[0];
  console.log('\nSpeed (medians; every layer loaded)');
  const line = (name, mb, t, digits, runs) =>
    console.log(
      `  ${name.padEnd(12)} ${mb.toFixed(2)} MB: by CPU time ${t.cpuMbPerSecond.toFixed(digits)} MB/s (${t.cpuMs.toFixed(0)} ms), ` +
        `wall ${t.mbPerSecond.toFixed(digits)} MB/s (${t.ms.toFixed(0)} ms, best run ${t.bestMbPerSecond.toFixed(digits)}), ${runs} runs`,
    );
  line('Claim Lens', Buffer.byteLength(text) / 1e6, ours, 1, 7);
  console.log(`  ${''.padEnd(12)} first run (code not yet optimised): ${ours.first.cpu.toFixed(0)} ms CPU, ${ours.first.wall.toFixed(0)} ms wall`);
  if (theirs) line('compromise', Buffer.byteLength(slice) / 1e6, theirs, 2, 3);
  console.log(`  Claim Lens on a 100 KB article: median ${article.cpuMs.toFixed(1)} ms CPU, ${article.ms.toFixed(1)} ms wall (15 runs)`);
  console.log(`  garbage collection on the main thread: ${gcMs.toFixed(0)} ms in one 1 MB run`);
  console.log(`  load average while measuring: ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, on ${os.cpus().length} cores`);

  const builds = [];
  const buildCpu = [];
  for (let i = 0; i < 9; i++) {
    const usage = process.cpuUsage();
    const started = performance.now();
    buildBuiltinIndex();
    builds.push(performance.now() - started);
    const used = process.cpuUsage(usage);
    buildCpu.push((used.user + used.system) / 1000);
  }
  console.log(
    `  built-in index build: median ${median(builds).toFixed(1)} ms, min ${Math.min(...builds).toFixed(1)} ms, median CPU ${median(buildCpu).toFixed(1)} ms (9 builds, ${buildBuiltinIndex().size} names)`,
  );
  const cold = coldBuild(5);
  console.log(`  first build in a fresh process (as at activation): median ${cold.cpu.toFixed(0)} ms CPU, ${cold.wall.toFixed(0)} ms wall (5 processes)`);
  console.log(`  loaded gazetteer heap: ${cold.heap.toFixed(1)} MiB (heap delta after gc)`);
}

async function printBundle() {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'src/core/entities/index.ts')],
    bundle: true,
    minify: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    mainFields: ['module', 'main'],
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0];
  const data = Object.entries(output.inputs)
    .filter(([file]) => file.includes('entities/data/'))
    .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
  console.log(`\nBundle: the recognizer minified is ${(output.bytes / 1024).toFixed(0)} KiB, of which generated data ${(data / 1024).toFixed(0)} KiB`);
}

console.log(`Entity bench on ${corpus} (scored by ${path.relative(root, scorer)})`);
console.log(`Tuned on ${TUNED.join(', ')}; held out the other two.`);
// Speed first, while nothing else is loaded.
await printSpeed();
if (!speedOnly) {
  printQuality('Claim Lens (built-in gazetteer only, no workspace gazetteer)', (text) => claimLens.recognize(text));
  printQuality('compromise 14 out of the box', compromiseEntities);
  printFixtures();
}
if (!speedOnly) await printBundle();
