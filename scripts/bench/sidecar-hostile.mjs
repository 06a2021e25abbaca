// Hostile sidecars bench: how long parseSidecar takes to answer on large or malicious input (target:
// within a second for 10 MB, never a throw), also as a multiple of JSON.parse on the same text in the same
// run, which stays meaningful when the machine is busy. Prints medians; never passes or fails.
// Imports the compiled core from out/: run `npm run compile-tests` first.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { parseSidecar, createSidecar, serializeSidecar } = await import(pathToFileURL(path.join(repoRoot, 'out/src/core/claims/sidecar.js')).href);
const { createClaim } = await import(pathToFileURL(path.join(repoRoot, 'out/src/core/claims/model.js')).href);

const RUNS = 5;
const TEN_MB = 10 * 1024 * 1024;

function validSidecarOfSize(bytes) {
  const sentence = 'Officials said at least 40 fighters were killed near the pass on Tuesday. ';
  const sentences = 5000;
  const text = sentence.repeat(sentences);
  const claims = [];
  let json = '';
  for (let index = 0; json.length < bytes; index++) {
    const start = (index % sentences) * sentence.length;
    claims.push(createClaim({
      text, start, end: start + sentence.length - 1, claimant: { name: 'Officials' }, category: 'casualties', entities: [],
      author: 'bench', id: `c${index}`, now: new Date('2024-09-03T08:15:00Z'),
    }));
    if (index % 2000 === 1999) json = serializeSidecar(createSidecar({ fileName: 'a.txt', length: text.length, lineEnding: 'none', sha256: '0'.repeat(64) }, claims));
  }
  return json;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** JSON.parse of the same text in the same run: the floor any reader pays, and a yardstick on a noisy machine. */
function jsonParseFloor(text) {
  const timings = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    try {
      JSON.parse(text);
    } catch {
      // Invalid JSON still costs its scan.
    }
    timings.push(performance.now() - started);
  }
  return median(timings);
}

function time(label, text) {
  const floor = jsonParseFloor(text);
  const timings = [];
  let outcome = '';
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    try {
      const parsed = parseSidecar(text);
      outcome = parsed.ok ? `ok, ${parsed.sidecar.claims.length} claims` : `${parsed.problems.length} problem(s): ${parsed.problems[0].message}`;
    } catch (error) {
      outcome = `THREW ${error}`;
    }
    timings.push(performance.now() - started);
  }
  const taken = median(timings);
  console.log(`${label.padEnd(36)} ${taken.toFixed(0).padStart(6)} ms = ${(taken / Math.max(floor, 0.01)).toFixed(1).padStart(5)}× JSON.parse  (${(text.length / 1024 / 1024).toFixed(1)} MB) ${outcome.slice(0, 70)}`);
}

const valid = validSidecarOfSize(TEN_MB);
time('valid sidecar, 10 MB', valid);
time('truncated in the middle, 10 MB', valid.slice(0, valid.length >> 1));
time('one bad status at the end, 10 MB', valid.replace(/"unverified"(?![\s\S]*"unverified")/, '"rumour"'));
time('100,000 levels of nesting', `{"claims": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
time('a 50 MB note', valid.slice(0, 4000).replace('"note": ""', `"note": "${'x'.repeat(50 * 1024 * 1024)}"`) );
time('__proto__ key, 10 MB', `{"__proto__": ${valid}}`);
