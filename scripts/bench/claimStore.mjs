// Claim store bench: the paths the store takes through the core, printed as medians, never pass or fail.
// Imports the compiled core from out/: run `npm run compile-tests` first, then `node scripts/bench/claimStore.mjs`.
//   - one keystroke followed by 10,000 claims (followChange, what ClaimStore.followEdits runs)  (target ≤ 1 ms)
//   - re-anchoring 1,000 claims in a 1 MB article after a paragraph inserted at the top
//     (reanchorAll, what loading and outside changes run), with the old text known and without it (target ≤ 100 ms)
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { measure, report } from './support/timing.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const load = async (module) => import(pathToFileURL(path.join(repoRoot, 'out/src/core/claims', module)).href);
const { createClaim } = await load('model.js');
const { followChange } = await load('following.js');
const { reanchorAll } = await load('reanchorAll.js');

const RUNS = 9;

/** Sentences of invented reporting, each with a claim on its middle words; `fill` pads the text to size. */
function article(claimCount, fill) {
  let text = '';
  const spans = [];
  for (let index = 0; index < claimCount; index++) {
    text += `On day ${index} a spokesman for unit ${index % 97} said `;
    const quote = `${10 + (index % 89)} fighters were captured near checkpoint ${index}`;
    spans.push({ start: text.length, end: text.length + quote.length });
    text += `${quote}, and the claim was later disputed by the other side.\n`;
    if (fill) text += `${'Background paragraph about the district and its roads. '.repeat(fill)}\n`;
  }
  const claims = spans.map((span, index) => createClaim({
    text, ...span, claimant: { name: `unit ${index % 97}` }, category: 'casualties', entities: [], author: 'bench', now: new Date(Date.UTC(2024, 0, 1)),
  }));
  return { text, claims };
}



console.log(`medians of ${RUNS} runs; load average ${os.loadavg()[0].toFixed(1)}\n`);

const many = article(10_000, 0);
for (const [where, at] of [['at the top (every claim moves)', 0], ['in the middle', Math.floor(many.text.length / 2)], ['at the end', many.text.length]]) {
  const typed = `${many.text.slice(0, at)}x${many.text.slice(at)}`;
  // followChange shifts the store's claims in place: each run gets its own copy, made before the clock starts.
  const copies = Array.from({ length: RUNS }, () => structuredClone(many.claims));
  report(`keystroke ${where}, 10,000 claims`, measure(() => followChange(copies.pop(), [{ start: at, end: at, newLength: 1 }], () => typed, true), RUNS), 1, { labelWidth: 64, digits: 2 });
}

const big = article(1_000, 18);
const inserted = `${'A new opening paragraph added by the editor. '.repeat(20)}\n\n${big.text}`;
console.log(`\narticle: ${(big.text.length / 1e6).toFixed(2)} M characters, 1,000 claims`);
report('re-anchor after a paragraph at the top, old text known', measure(() => reanchorAll(big.claims, inserted, big.text), RUNS), 100, { labelWidth: 64, digits: 2 });
report('re-anchor after a paragraph at the top, by quote only', measure(() => reanchorAll(big.claims, inserted), RUNS), 100, { labelWidth: 64, digits: 2 });
