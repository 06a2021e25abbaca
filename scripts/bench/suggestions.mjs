// Suggestion accuracy on the labelled claims of test/fixtures/claims (articles written for it, labelled before
// any tuning): the claimant, its side, and each figure's measure and whose (group and side), as the one-step
// lightbulb would suggest them, plus article metadata. Prints first-sight figures (the first run, recorded in
// the fixture README) beside the current ones; never passes or fails.
// Imports the compiled core from out/: run `npm run compile-tests` first, then `node scripts/bench/suggestions.mjs`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const load = async (module) => import(pathToFileURL(path.join(repoRoot, 'out/src/core', module)).href);
const { createRecognizer } = await load('entities/index.js');
const { suggestClaimants } = await load('claims/claimants.js');
const { suggestFigures } = await load('claims/figures.js');
const { suggestMetadata } = await load('claims/metadata.js');
const { foldName, relateNames, inferSides, resolveClaimant } = await load('identity/index.js');

/** The first run's figures, before anything was tuned on this set (see test/fixtures/claims/README.md). */
const FIRST_SIGHT = { claimant: 0.76, side: 0.48, measure: 0.94, whoseGroup: 0.65, whoseSide: 0.52, metadata: 1.0 };

const fixture = path.join(repoRoot, 'test/fixtures/claims');
const sideSpellings = JSON.parse(fs.readFileSync(path.join(fixture, 'sides.json'), 'utf8'));
delete sideSpellings['//'];
const articles = fs.readdirSync(path.join(fixture, 'articles')).filter((file) => file.endsWith('.labels.json')).sort().map((file) => ({
  name: file.replace('.labels.json', ''),
  labels: JSON.parse(fs.readFileSync(path.join(fixture, 'articles', file), 'utf8')),
  text: fs.readFileSync(path.join(fixture, 'articles', file.replace('.labels.json', '.txt')), 'utf8'),
}));

const recognizer = createRecognizer();
const empty = { claimants: [], sides: [], distinct: [] };

const sameSide = (predicted, gold) => {
  if (gold === null) return predicted === undefined;
  if (predicted === undefined) return false;
  return [gold, ...(sideSpellings[gold] ?? [])].some((spelling) => foldName(spelling) === foldName(predicted));
};
const sameClaimant = (predicted, gold) => {
  if (!predicted) return false;
  const relation = relateNames(predicted, gold);
  if (relation === 'same' || relation === 'spelling') return true;
  const [a, b] = [foldName(predicted), foldName(gold)];
  return a.length > 3 && b.length > 3 && (` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `));
};
const STOP = new Set(['the', 'of', 'and', 'a', 'an']);
const sameGroup = (predicted, gold) => {
  if (gold === null) return predicted === undefined;
  if (!predicted) return false;
  const words = (text) => foldName(text).split(' ').filter((word) => word.length >= 2 && !STOP.has(word));
  return words(predicted).some((word) => words(gold).some((other) => word.slice(0, 5) === other.slice(0, 5)));
};

// Pass 1: the best claimant of every claim, as the lightbulb offers it.
for (const article of articles) {
  article.entities = recognizer.recognize(article.text);
  article.claims = article.labels.claims.map((gold) => {
    const start = article.text.indexOf(gold.quote);
    const end = start + gold.quote.length;
    const best = suggestClaimants(article.text, start, end, article.entities)[0];
    return { gold, start, end, best };
  });
}
// Pass 2: sides inferred across the workspace, as the Claims view does without an analyst's identities file.
const identities = { ...empty, sides: inferSides(articles.flatMap((article) => article.claims.map((claim) => claim.best).filter(Boolean))) };
const score = { claimant: [0, 0], side: [0, 0], measure: [0, 0], whoseGroup: [0, 0], whoseSide: [0, 0], metadata: [0, 0] };
const tally = (key, ok) => {
  score[key][0] += ok ? 1 : 0;
  score[key][1]++;
};
const verbose = process.argv.includes('--verbose');
for (const article of articles) {
  const resolved = article.claims.map((claim) => (claim.best ? resolveClaimant(identities, claim.best) : undefined));
  const articleSides = [...new Set(resolved.map((claimant) => claimant?.side).filter(Boolean))];
  article.claims.forEach((claim, index) => {
    const { gold } = claim;
    const side = resolved[index]?.side;
    tally('claimant', sameClaimant(claim.best?.name, gold.claimant));
    tally('side', sameSide(side, gold.side));
    if (verbose && (!sameClaimant(claim.best?.name, gold.claimant) || !sameSide(side, gold.side))) {
      console.log(`  claimant ${article.name}: "${gold.quote.slice(0, 50)}" → ${claim.best?.name} [${side}] (gold ${gold.claimant} [${gold.side}])`);
    }
    const numbers = article.entities.filter((entity) => entity.kind === 'number' && entity.start >= claim.start && entity.end <= claim.end);
    const figures = suggestFigures(article.text, numbers, { speakerSide: side, articleSides, identities, entities: article.entities });
    for (const figure of gold.numbers) {
      // The figure as a whole token: "24" is not the one inside "1,240".
      const escaped = figure.text.replace(/[.*+?^${}()|[\]\\$]/gu, '\\$&');
      const at = claim.start + new RegExp(`(?<![\\d,.])${escaped}(?![\\d,])`, 'u').exec(gold.quote).index;
      const index = numbers.findIndex((number) => number.start < at + figure.text.length && number.end > at);
      const predicted = index === -1 ? undefined : figures[index];
      tally('measure', predicted?.measure === figure.measure);
      tally('whoseGroup', sameGroup(predicted?.whose?.group, figure.group));
      tally('whoseSide', sameSide(predicted?.whose?.side, figure.side));
      if (verbose && (predicted?.measure !== figure.measure || !sameGroup(predicted?.whose?.group, figure.group) || !sameSide(predicted?.whose?.side, figure.side))) {
        console.log(`  figure ${article.name}: "${figure.text}" in "${gold.quote.slice(0, 60)}" → ${predicted?.measure} ${JSON.stringify(predicted?.whose)} (gold ${figure.measure} ${figure.group} [${figure.side}])`);
      }
    }
  });
  const { metadata } = suggestMetadata(article.text, {});
  for (const [field, expected] of Object.entries(article.labels.metadata)) {
    const got = metadata[field];
    const ok = field === 'published' ? got !== undefined && (got === expected || got.endsWith(expected.replace(/^\D+/u, '').padStart(2, '0'))) : got === expected;
    tally('metadata', ok || (field === 'published' && got === undefined && !/\d{4}/u.test(expected)));
    if (verbose && !ok) console.log(`  metadata ${article.name}.${field}: ${got} (gold ${expected})`);
  }
}
console.log(`${articles.length} articles, ${score.claimant[1]} claims, ${score.measure[1]} figures`);
console.log('suggestion        first sight   now');
for (const [key, [right, total]] of Object.entries(score)) {
  console.log(`${key.padEnd(16)}  ${FIRST_SIGHT[key].toFixed(2).padStart(11)}   ${(right / total).toFixed(2)} (${right}/${total})`);
}
