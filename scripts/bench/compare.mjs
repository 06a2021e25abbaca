// Compare Claims bench: prints median timings, never passes or fails.
// Imports the compiled core from out/: run `npm run compile-tests` first, then `node scripts/bench/compare.mjs`.
//   - topics + comparison of 10,000 claims in 1,000 articles          (target ≤ 300 ms)
//   - the view's first render: topics, comparison, view model, message (target ≤ 500 ms)
//   - one changed claim: the incremental update and its message        (work proportional to the change)
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { measure, report } from './support/timing.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const load = async (module) => import(pathToFileURL(path.join(repoRoot, 'out/src/core', module)).href);
const { compareArticles } = await load('topics/comparison.js');
const { buildTopics } = await load('topics/topics.js');
const { IncrementalComparison } = await load('topics/incremental.js');
const { headerOf } = await load('topics/view.js');
/** As the view: the first topics in full, the others' rows when the analyst opens them. */
const OPEN_AT_FIRST = 12;

const RUNS = 7;
const ARTICLES = 1_000;
const CLAIMS_PER_ARTICLE = 10;

const SIDES = ['Taliban', 'Resistance', 'ISKP', 'Civilians'];
const CLAIMANTS = Array.from({ length: 30 }, (_, index) => ({ name: `Spokesman ${index}`, side: SIDES[index % 3] }));
const PLACES = ['Andarab', 'Khost', 'Bazarak', 'Rokha', 'Dara', 'Khenjan', 'Kishim'];
const MEASURES = ['killed', 'wounded', 'captured', 'displaced'];
const OUTLETS = Array.from({ length: 40 }, (_, index) => `Outlet ${index}`);
/** A fixed pool of wire sentences, so about a third of the claims are copies of another. */
const WIRE = Array.from({ length: 200 }, (_, index) =>
  `At least ${10 + (index % 90)} fighters were killed in clashes near ${PLACES[index % PLACES.length]} on day ${index}, a spokesman said on the phone.`);

function figure(seed) {
  const value = 5 + ((seed * 37) % 400);
  const qualifier = seed % 3 === 0 ? 'at least' : seed % 3 === 1 ? 'about' : undefined;
  return {
    text: String(value),
    start: 0,
    end: String(value).length,
    value: qualifier === 'at least' ? { value, min: value, qualifier } : qualifier ? { value, qualifier } : { value },
    measure: MEASURES[seed % MEASURES.length],
    whose: { group: `${SIDES[(seed >> 2) % SIDES.length]} fighters`, side: SIDES[(seed >> 2) % SIDES.length] },
  };
}

function claim(articleIndex, index) {
  const seed = articleIndex * CLAIMS_PER_ARTICLE + index;
  const quote = seed % 3 === 0 ? WIRE[seed % WIRE.length] : `Claim ${seed}: spokesman ${seed % 30} told outlet ${articleIndex % 40} that ${seed % 97} fighters died near ${PLACES[seed % 7]}.`;
  const place = PLACES[(seed * 5) % PLACES.length];
  return {
    id: `c${seed}`,
    anchor: { start: 0, end: quote.length },
    quote: { exact: quote, prefix: '', suffix: '' },
    claimant: CLAIMANTS[seed % CLAIMANTS.length],
    category: 'casualties',
    status: 'unverified',
    actors: [],
    places: [{ canonical: place, text: place, start: 0, end: 1 }],
    numbers: seed % 2 === 0 ? [figure(seed)] : [figure(seed), figure(seed + 1)],
    note: '',
    author: 'bench',
    created: '2026-01-01T00:00:00Z',
    modified: '2026-01-01T00:00:00Z',
  };
}

const day = (index) => new Date(Date.UTC(2026, 0, 1) + index * 8.64e7 * 0.36).toISOString().slice(0, 10);
const articles = Array.from({ length: ARTICLES }, (_, index) => ({
  path: `/ws/corpus/${String(index).padStart(4, '0')}.txt`,
  metadata: { title: `Report ${index}`, outlet: OUTLETS[index % OUTLETS.length], published: day(index) },
  claims: Array.from({ length: CLAIMS_PER_ARTICLE }, (_, claimIndex) => claim(index, claimIndex)),
}));
const figures = articles.reduce((sum, article) => sum + article.claims.reduce((inner, c) => inner + c.numbers.length, 0), 0);



console.log(`workspace: ${ARTICLES} articles, ${ARTICLES * CLAIMS_PER_ARTICLE} claims, ${figures} figures; medians of ${RUNS} runs; load average ${os.loadavg()[0].toFixed(1)}\n`);

// Caches (an article's figures while its input object is the same, the shingles of a sentence) make the
// later runs faster: the first run, in a fresh process, is what opening the view first costs.
const fresh = () => articles.map((article) => ({ ...article }));
const coldStarted = performance.now();
const coldCpu = process.cpuUsage();
compareArticles(fresh());
const coldUsed = process.cpuUsage(coldCpu);
report('first run, cold caches: topics + comparison', { wall: performance.now() - coldStarted, cpu: (coldUsed.user + coldUsed.system) / 1000 }, 300, { labelWidth: 60, digits: 1 });
const topics = measure(() => buildTopics(fresh()), RUNS);
report('group figures into topics', topics, undefined, { labelWidth: 60, digits: 1 });
const comparison = measure(() => compareArticles(fresh()), RUNS);
report('topics + comparison (tables, sources, conflicts, revisions)', comparison, 300, { labelWidth: 60, digits: 1 });
const comparisons = comparison.result;
console.log(`  ${comparisons.length} topics; ${comparisons.reduce((sum, c) => sum + c.conflicts.length, 0)} conflicts, ${comparisons.reduce((sum, c) => sum + c.revisions.length, 0)} revisions, ${comparisons.reduce((sum, c) => sum + c.suggestions.length, 0)} suggested links`);

const name = (file) => file.slice(file.lastIndexOf('/') + 1);
let message = '';
const open = measure(() => {
  const view = new IncrementalComparison(name);
  const { views } = view.update(fresh());
  message = JSON.stringify({ type: 'init', topics: views.map((v, index) => (index < OPEN_AT_FIRST ? v : headerOf(v))) });
  return view;
}, RUNS);
report('view opens: topics, comparison, view model and init message', open, 500, { labelWidth: 60, digits: 1 });
console.log(`  init message: ${(message.length / 1e6).toFixed(2)} MB of JSON (${OPEN_AT_FIRST} topics in full, the rest as headers)`);

// One claim changes (a status): its article gets a new input object with a new claims array, as the
// extension's WorkspaceComparison makes when the store reports the article changed.
const live = new IncrementalComparison(name);
live.update(articles);
let changedCount = 0;
let updateBytes = 0;
const incremental = measure((round) => {
  const at = (round * 97) % ARTICLES;
  const [first, ...rest] = articles[at].claims;
  articles[at] = { ...articles[at], claims: [{ ...first, status: round % 2 ? 'disputed' : 'corroborated' }, ...rest] };
  const update = live.update(articles);
  changedCount = update.changed.length;
  updateBytes = JSON.stringify({ type: 'update', changed: update.changed, removed: update.removed, order: update.views.map((v) => v.id) }).length;
  return update;
}, RUNS);
report('one claim changed: incremental update + message', incremental, undefined, { labelWidth: 60, digits: 1 });
console.log(`  ${changedCount} of ${comparisons.length} topics rebuilt and sent; update message ${(updateBytes / 1e3).toFixed(1)} kB`);
