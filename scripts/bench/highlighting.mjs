// Highlighting bench: prints figures, never passes or fails (the machine is shared and noisy).
// Imports the compiled code from out/: run `npm run compile-tests` (and a build for the bundle sizes)
// first, then `node scripts/bench/highlighting.mjs`. Scans go through EntityIndex with the editor's slice
// budget, as src/extension/highlighting/documentScanner.ts does, over articles from test/bench/articles.ts.
//   - full highlight of a 100 KB article: median and p90       (target median ≤ 20 ms)
//   - one keystroke in a 100 KB article, then the rescan       (ms, and characters rescanned)
//   - 10 MB article: longest slice, median slice, total        (the editor relies on slices ≤ 100 ms)
//   - cold start in fresh processes, by CPU time: loading the recognizer, its built-in index and the first
//     recognition of an article, as the extension does it (dist/recognizer.js reading dist/builtinIndex.json)
//     and as plain node does it (out/, building the index from the lists)
//   - bundle sizes of dist/extension.js, dist/highlighting.js, dist/features.js, dist/recognizer.js, dist/builtinIndex.json and dist/cli.js
//                                                              (target extension ≤ 1 MB, production build)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const load = async (module) => import(pathToFileURL(path.join(repoRoot, 'out', module)).href);
const { createRecognizer } = await load('src/core/entities/index.js');
const { EntityIndex } = await load('src/core/scanning/entityIndex.js');
const { SLICE_BUDGET } = await load('src/core/scanning/slicing.js');
const { syntheticArticle } = await load('test/bench/articles.js');

const RUNS = 21;
const WARM_UPS = 3;
const KB = 1024;
const MB = 1024 * KB;

const ms = (value) => `${value.toFixed(1)} ms`;
const line = (label, figures) => console.log(`${label.padEnd(58)} ${figures}`);
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];

/**
 * Scans `index` to completion slice by slice; returns each slice's length, time, and the part of that
 * time spent in the recognizer (the rest is the index's own bookkeeping).
 */
function scanToEnd(index, text, recognizer) {
  const slices = [];
  let recognizing = 0;
  const timed = {
    recognize(slice) {
      const started = performance.now();
      const found = recognizer.recognize(slice);
      recognizing = performance.now() - started;
      return found;
    },
  };
  for (;;) {
    const started = performance.now();
    const slice = index.scanNext(text, timed, SLICE_BUDGET);
    if (!slice) return slices;
    slices.push({ length: slice.end - slice.start, ms: performance.now() - started, recognizeMs: recognizing });
  }
}

const sum = (slices, field) => slices.reduce((total, slice) => total + slice[field], 0);

const article = syntheticArticle(100 * KB);
const recognizerStarted = performance.now();
const recognizer = createRecognizer();
line('first createRecognizer() (indexes the built-in gazetteer)', ms(performance.now() - recognizerStarted));
line('first full highlight of 100 KB, cold', ms(sum(scanToEnd(new EntityIndex(article.length), article, recognizer), 'ms')));

for (let run = 0; run < WARM_UPS; run++) scanToEnd(new EntityIndex(article.length), article, recognizer);
const fullTimes = [];
let entities = 0;
for (let run = 0; run < RUNS; run++) {
  const index = new EntityIndex(article.length);
  fullTimes.push(sum(scanToEnd(index, article, recognizer), 'ms'));
  entities = index.all().length;
}
const fullMedian = quantile(fullTimes, 0.5);
line(`full highlight of 100 KB (${entities} entities), ${RUNS} runs`, `median ${ms(fullMedian)}, p90 ${ms(quantile(fullTimes, 0.9))}   (target median ≤ 20 ms)`);

{
  // Keystrokes land all over the article, one per run, each followed by the rescan the editor makes.
  let text = article;
  const index = new EntityIndex(text.length);
  scanToEnd(index, text, recognizer);
  const keystroke = (run, runs) => {
    const at = Math.floor(((run + 0.5) / runs) * text.length);
    text = `${text.slice(0, at)}a${text.slice(at)}`;
    const editStarted = performance.now();
    index.applyEdit({ start: at, end: at, newLength: 1 });
    const slices = scanToEnd(index, text, recognizer);
    return { ms: performance.now() - editStarted, characters: sum(slices, 'length') };
  };
  for (let run = 0; run < WARM_UPS; run++) keystroke(run, WARM_UPS);
  const times = [];
  const rescanned = [];
  for (let run = 0; run < RUNS; run++) {
    const { ms: time, characters } = keystroke(run, RUNS);
    times.push(time);
    rescanned.push(characters);
  }
  const medianMs = quantile(times, 0.5);
  const medianChars = quantile(rescanned, 0.5);
  line(`one keystroke in 100 KB, then rescan, ${RUNS} runs`, `median ${ms(medianMs)}, ${medianChars} characters rescanned`);
  line('  as a share of the full highlight', `${((100 * medianChars) / text.length).toFixed(2)} % of the characters, ${((100 * medianMs) / fullMedian).toFixed(1)} % of the time`);
}

{
  const huge = syntheticArticle(10 * MB, 2);
  const hugeStarted = performance.now();
  const slices = scanToEnd(new EntityIndex(huge.length), huge, recognizer);
  const total = performance.now() - hugeStarted;
  const times = slices.map((slice) => slice.ms);
  const tenth = Math.ceil(slices.length / 10);
  const medianOf = (part) => ms(quantile(part.map((slice) => slice.ms), 0.5));
  line(`10 MB article in ${slices.length} slices of ≤ ${SLICE_BUDGET / KB} KB`, `longest slice ${ms(Math.max(...times))}, median slice ${ms(quantile(times, 0.5))}   (budget ≤ 100 ms)`);
  line('  median slice of the first and of the last tenth', `${medianOf(slices.slice(0, tenth))}, ${medianOf(slices.slice(-tenth))}`);
  line('  total', `${ms(total)}, of which ${ms(sum(slices, 'recognizeMs'))} in the recognizer`);
}

/**
 * One cold start in a fresh process, by CPU time: `load` returns the module and hands it the serialised
 * index if there is one; then the first recognizer is made and reads a sample article.
 */
function coldStart(load) {
  const script = `
    const fs = require('node:fs');
    const cpu = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
    const article = fs.readFileSync(${JSON.stringify(path.join(repoRoot, 'sample/articles/panjshir-offensive.txt'))}, 'utf8');
    const started = cpu();
    const module = (${load})();
    const loaded = cpu();
    const recognizer = module.createRecognizer();
    const indexed = cpu();
    recognizer.recognize(article);
    const done = cpu();
    console.log(JSON.stringify([loaded - started, indexed - loaded, done - indexed]));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

const COLD_RUNS = 5;
const coldStarts = {
  'the extension: dist/recognizer.js + builtinIndex.json': `() => {
    const module = require(${JSON.stringify(path.join(repoRoot, 'dist/recognizer.js'))});
    module.provideSerializedBuiltinIndex(JSON.parse(new TextDecoder().decode(fs.readFileSync(${JSON.stringify(path.join(repoRoot, 'dist/builtinIndex.json'))}))));
    return module;
  }`,
  'plain node: out/, the index built from the lists': `() => require(${JSON.stringify(path.join(repoRoot, 'out/src/core/entities/index.js'))})`,
};
line('cold start in a fresh process, CPU time, median of 5', 'load, first createRecognizer(), first recognition of a 1 KB article');
for (const [label, load] of Object.entries(coldStarts)) {
  if (label.startsWith('the extension') && !fs.existsSync(path.join(repoRoot, 'dist/builtinIndex.json'))) {
    line(`  ${label}`, 'missing: run npm run build:production');
    continue;
  }
  const runs = Array.from({ length: COLD_RUNS }, () => coldStart(load));
  const [loading, indexing, first] = [0, 1, 2].map((part) => quantile(runs.map((run) => run[part]), 0.5));
  const total = quantile(runs.map((run) => run[0] + run[1] + run[2]), 0.5);
  line(`  ${label}`, `${ms(total)} = ${ms(loading)} + ${ms(indexing)} + ${ms(first)}`);
}

for (const bundle of ['dist/extension.js', 'dist/highlighting.js', 'dist/features.js', 'dist/recognizer.js', 'dist/builtinIndex.json', 'dist/cli.js']) {
  const file = path.join(repoRoot, bundle);
  if (!fs.existsSync(file)) {
    line(bundle, 'missing: run npm run build:production');
    continue;
  }
  const code = fs.readFileSync(file, 'utf8');
  // Only the development build links a source map.
  const build = bundle.endsWith('.json') ? 'data' : code.includes('//# sourceMappingURL=') ? 'development build, not the one published' : 'production build';
  const target = bundle === 'dist/features.js' ? '   (target ≤ 1 MB)' : '';
  line(`bundle ${bundle}`, `${(Buffer.byteLength(code) / KB).toFixed(0)} KB, ${build}${target}`);
}
