// Re-anchoring bench: prints figures, never passes or fails.
// Imports the compiled core and test scenarios from out/: run `npm run compile-tests` first, then `node scripts/bench/anchoring.mjs`.
//   - per kind of change: shares of claims placed right, placed wrong, sent to review, orphaned —
//     through the diff (old text known) and by quote only, on random articles with repeated sentences and
//     duplicated paragraphs, then without. "right" includes orphans whose text is gone; "orphan" counts
//     claims orphaned though some of their text is still there (often edited).
//   - one keystroke applied to 10,000 claims                                     (target ≤ 1 ms)
//   - 1,000 claims of a 1 MB article re-anchored after a paragraph is inserted at the top (target ≤ 100 ms)
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { measure } from './support/timing.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const load = async (module) => import(pathToFileURL(path.join(repoRoot, 'out', module)).href);
const { shiftAnchorForEdits } = await load('src/core/claims/anchorMapping.js');
const { anchorAll, reanchorClaims } = await load('src/core/claims/relocation.js');
const { createClaim } = await load('src/core/claims/model.js');
const { followEdits } = await load('src/core/text/textEdits.js');
const { PERTURBATIONS, indistinguishableByQuote, randomParagraphs, joinParagraphs, scenario, score, seededRandom } = await load('test/unit/claims/anchoringScenarios.js');

const SEEDS = 60;


const timing = ({ wall, cpu }, digits) => `${wall.toFixed(digits).padStart(7)} ms wall ${cpu.toFixed(digits).padStart(7)} ms CPU`;

const percent = (count, total) => `${((100 * count) / Math.max(1, total)).toFixed(1).padStart(5)}%`;

console.log(`load average ${os.loadavg()[0].toFixed(1)}; ${SEEDS} random articles of 8 paragraphs with 10 claims per kind of change (seeds 50000+)\n`);
/** Shares of right, wrong (and of those, undecidable by quote), review and orphan for one kind of change. */
function shares(kind, pathName, repeats) {
  const counts = { right: 0, wrong: 0, undecidable: 0, review: 0, orphan: 0 };
  let total = 0;
  for (let seed = 0; seed < SEEDS; seed++) {
    const { oldText, newText, claims } = scenario(seededRandom(50_000 + seed), kind, repeats);
    const results = anchorAll(claims, newText, pathName === 'diff' ? { oldText } : {});
    for (const [index, claim] of claims.entries()) {
      const outcome = score(claim, results[index]);
      counts[outcome]++;
      if (outcome === 'wrong' && indistinguishableByQuote(claim, oldText)) counts.undecidable++;
      total++;
    }
  }
  return ['right', 'wrong', 'undecidable', 'review', 'orphan'].map((key) => percent(counts[key], total).padStart(6)).join(' ');
}

console.log('wrong*: of the wrong, those whose quote with all its context occurred twice in the old text: only the diff can tell them apart');
for (const repeats of [true, false]) {
  console.log(`\n${repeats ? 'articles with repeated sentences and duplicated paragraphs' : 'articles without repeats'}`);
  console.log(`${'change'.padEnd(40)} ${'path'.padEnd(6)} ${['right', 'wrong', 'wrong*', 'review', 'orphan'].map((title) => title.padStart(6)).join(' ')}`);
  for (const kind of PERTURBATIONS) {
    for (const pathName of ['diff', 'quote']) console.log(`${kind.padEnd(40)} ${pathName.padEnd(6)} ${shares(kind, pathName, repeats)}`);
  }
}

// One keystroke near the top of an article with 10,000 claims.
const ranges = Array.from({ length: 10_000 }, (_, index) => ({ start: 100 + index * 100, end: 150 + index * 100 }));
const keystroke = [{ start: 50, end: 50, newLength: 1 }];
console.log();
const perClaim = measure(() => {
  for (const range of ranges) shiftAnchorForEdits(range, keystroke);
}, 21);
console.log(`${'one keystroke, 10,000 claims: shiftAnchorForEdits each'.padEnd(64)} ${timing(perClaim, 2)}`);
const working = ranges.map((range) => ({ ...range }));
const batch = measure(() => followEdits(working, keystroke), 21);
console.log(`${'one keystroke, 10,000 claims: followEdits (in place)'.padEnd(64)} ${timing(batch, 2)}   (target ≤ 1 ms)`);

// 1,000 claims of a 1 MB article; a paragraph is inserted at the top.
const random = seededRandom(7);
let article = '';
while (article.length < 1_000_000) article += `${joinParagraphs(randomParagraphs(random, 50))}\n\n`;
const sentences = [...article.matchAll(/[A-Z][^.\n]*\./g)];
const claims = Array.from({ length: 1_000 }, (_, index) => {
  const match = sentences[Math.floor((index * sentences.length) / 1_000)];
  return createClaim({
    text: article, start: match.index, end: match.index + match[0].length, claimant: { name: 'bench' }, category: 'other',
    entities: [], author: 'bench', id: `c${index}`, now: new Date(Date.UTC(2024, 8, 3)),
  });
});
const edited = `${joinParagraphs(randomParagraphs(random, 1))}\n\n${article}`;
console.log(`\narticle: ${(article.length / 1e6).toFixed(2)} MB, ${claims.length} claims`);
for (const [label, options] of [['with the old text (diff)', { oldText: article }], ['quote only', {}]]) {
  let states = {};
  const time = measure(() => {
    states = {};
    for (const { result } of reanchorClaims(claims, edited, options)) states[result.state] = (states[result.state] ?? 0) + 1;
  }, 5);
  console.log(`${`re-anchor after a paragraph inserted at the top, ${label}`.padEnd(64)} ${timing(time, 1)}   (target ≤ 100 ms) ${JSON.stringify(states)}`);
}
