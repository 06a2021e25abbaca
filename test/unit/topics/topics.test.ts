import * as assert from 'node:assert/strict';
import { compareArticles } from '../../../src/core/topics/comparison';
import type { PartyResolver } from '../../../src/core/topics/parties';
import { buildTopics } from '../../../src/core/topics/topics';
import { mergeTopics, newTopicId, parseTopicsFile, renameTopic, serializeTopicsFile, TOPICS_SCHEMA_ID } from '../../../src/core/topics/topicsFile';
import { translated } from '../translated';
import { battleArticles, claimWith, RESISTANCE } from './battle';

const summary = (topics: ReturnType<typeof buildTopics>) =>
  topics.map((topic) => [topic.id, topic.figures.map((figure) => `${figure.claim.id}.${figure.index}`).sort().join(' ')]);

/** The battle articles and a later one about Taliban dead in Khost: one measure and side in two events. */
function withKhost() {
  const articles = battleArticles();
  articles.push({
    path: '/ws/news/later.txt',
    metadata: { outlet: 'Gazette', published: '2026-12-01' },
    claims: [claimWith('x1', 'At least 40 Taliban fighters were killed in Khost.', RESISTANCE, [
      { text: 'At least 40', value: { value: 40, min: 40, qualifier: 'At least' }, measure: 'killed', whose: { group: 'Taliban', side: 'Taliban' } },
    ], { places: [{ canonical: 'Khost', text: 'Khost', start: 0, end: 5 }] })],
  });
  return articles;
}

describe('topics', () => {
  it('groups figures by measure and counted side, a claim with two figures in both topics', () => {
    assert.deepEqual(summary(buildTopics(battleArticles())), [
      ['killed:taliban', 'd1.0 d2.0 g1.0 g3.0 r1.0 r3.0 w1.0'],
      ['killed:resistance', 'g2.0 r2.0 w2.0'],
      ['wounded:taliban', 'd2.1'],
    ]);
    const labels = buildTopics(battleArticles()).map((topic) => topic.label);
    assert.deepEqual(labels, ['Taliban killed', 'Resistance killed', 'Taliban wounded']);
  });

  it('is independent of article order: ids are deterministic', () => {
    const forwards = summary(buildTopics(battleArticles()));
    const backwards = summary(buildTopics(battleArticles().reverse()));
    assert.deepEqual(backwards, forwards);
  });

  it('reads a measure from the words after a figure when none was set', () => {
    const articles = battleArticles();
    const claim = articles[1].claims[1];
    articles[1].claims = [{ ...claim, numbers: claim.numbers.map(({ measure: _measure, ...number }) => number) }];
    assert.deepEqual(summary(buildTopics(articles)).find(([id]) => id === 'wounded:taliban'), ['wounded:taliban', 'd2.1']);
    assert.deepEqual(summary(buildTopics(articles)).find(([id]) => id === 'killed:taliban')?.[1].includes('d2.0'), true);
  });

  it('separates the same measure and side in other places or months, with ids naming them', () => {
    const articles = withKhost();
    const ids = buildTopics(articles).map((topic) => topic.id);
    assert.ok(ids.includes('killed:taliban@paryan@2026-09-04'), ids.join(', '));
    assert.ok(ids.includes('killed:taliban@khost@2026-12-01'), ids.join(', '));
    const later = buildTopics(articles).find((topic) => topic.id === 'killed:taliban@khost@2026-12-01')!;
    assert.equal(later.label, 'Taliban killed (Khost, from 2026-12-01)');
  });

  it('names automatic topics in the language loaded', () => {
    const german = { '{0} {1}': '{1}: {0}', '{0} ({1}, from {2})': '{0} ({1}, ab {2})' };
    assert.deepEqual(translated(german, () => buildTopics(battleArticles()).map((topic) => topic.label)), ['killed: Taliban', 'killed: Resistance', 'wounded: Taliban']);
    const split = translated(german, () => buildTopics(withKhost()).map((topic) => topic.label));
    assert.ok(split.includes('killed: Taliban (Khost, ab 2026-12-01)'), split.join(', '));
  });

  it("follows the analyst: a figure's topic, then renames and merges from the topics file", () => {
    const articles = battleArticles();
    const [w1] = articles[0].claims;
    articles[0].claims = [{ ...w1, numbers: [{ ...w1.numbers[0], topic: 'manual:ridge' }] }, articles[0].claims[1]];
    let file = renameTopic({ topics: [] }, 'manual:ridge', 'Fighting on the ridge');
    file = mergeTopics(file, 'killed:resistance', ['wounded:taliban']);
    const topics = buildTopics(articles, { topicsFile: file });
    assert.deepEqual(summary(topics), [
      ['killed:taliban', 'd1.0 d2.0 g1.0 g3.0 r1.0 r3.0'],
      ['killed:resistance', 'd2.1 g2.0 r2.0 w2.0'],
      ['manual:ridge', 'w1.0'],
    ]);
    assert.equal(topics[2].label, 'Fighting on the ridge');
    assert.equal(topics[2].automatic, false);
    assert.equal(topics[1].automatic, false);
    assert.equal(topics[0].automatic, true);
  });

  it('uses a resolver for sides: aliases of one group are one topic', () => {
    const articles = battleArticles();
    const resolver: PartyResolver = {
      claimant: (claimant) => ({ key: claimant.name.toLowerCase(), label: claimant.name, side: claimant.side }),
      counted: (whose) => ({ key: whose.group, label: whose.group, side: /taliban/i.test(whose.group) ? 'IEA' : 'NRF' }),
    };
    assert.deepEqual(buildTopics(articles, { parties: resolver }).map((topic) => topic.id), ['killed:iea', 'killed:nrf', 'wounded:iea']);
  });
});

describe('topics file', () => {
  it('round-trips, sorted, dropping empty entries', () => {
    let file = renameTopic({ topics: [] }, 'killed:taliban', 'Taliban dead in Paryan');
    file = mergeTopics(file, 'killed:taliban', ['killed:iea', 'killed:taliban']);
    file = { topics: [...file.topics, { id: 'unused' }] };
    const text = serializeTopicsFile(file);
    assert.equal(text, `${JSON.stringify({ $schema: TOPICS_SCHEMA_ID, topics: [{ id: 'killed:taliban', label: 'Taliban dead in Paryan', merged: ['killed:iea'] }] }, null, 2)}\n`);
    const parsed = parseTopicsFile(text);
    assert.ok(parsed.ok);
    assert.equal(serializeTopicsFile(parsed.topics), text);
  });

  it('merges merged topics transitively, and reports broken files', () => {
    let file = mergeTopics({ topics: [] }, 'b', ['c']);
    file = mergeTopics(file, 'a', ['b']);
    assert.deepEqual(file.topics, [{ id: 'a', merged: ['b', 'c'] }]);
    const broken = parseTopicsFile('{"topics": [{"id": ""}], "extra": 1}');
    assert.equal(broken.ok, false);
    assert.equal(parseTopicsFile('{').ok, false);
  });

  it('makes new ids that are free', () => {
    assert.equal(newTopicId('Ridge fighting', new Set()), 'manual:ridge-fighting');
    assert.equal(newTopicId('Ridge fighting', new Set(['manual:ridge-fighting'])), 'manual:ridge-fighting-2');
  });
});

describe('comparison', () => {
  const [taliban, resistance] = compareArticles(battleArticles());

  it('tables each figure with its claimant, article and outlet', () => {
    const row = taliban.rows.find((candidate) => candidate.claimId === 'g3')!;
    assert.equal(row.display, '2');
    assert.equal(row.claimant.label, 'Zabihullah Mujahid');
    assert.equal(row.claimant.side, 'Taliban');
    assert.equal(row.outlet, 'Gazette');
    assert.equal(row.title, 'Paryan: both sides claim gains');
    assert.equal(row.published, '2026-09-05');
    assert.equal(taliban.articles, 4);
    assert.equal(taliban.outlets, 4);
  });

  it('counts articles, outlets and independent sources of each figure: 2 of 4', () => {
    const forty = taliban.groups.find((group) => group.display === '≥ 40')!;
    assert.equal(forty.claimant.label, 'Ali Nazary');
    assert.deepEqual([forty.articles, forty.outlets, forty.independent], [4, 4, 2]);
    const hundreds = taliban.groups.find((group) => group.display === '200–999')!;
    assert.deepEqual([hundreds.articles, hundreds.independent], [1, 1]);
  });

  it('flags a conflict when the sides do not overlap, and none when they do', () => {
    assert.deepEqual(taliban.conflicts.map((conflict) => conflict.sides), [['Resistance', 'Taliban']]);
    assert.deepEqual(taliban.conflicts[0].ranges, [{ min: 40, max: Infinity }, { min: 2, max: 12 }]);
    assert.deepEqual(resistance.conflicts, []);
    const agreeing = battleArticles();
    agreeing[3].claims = [...agreeing[3].claims, claimWith('r4', 'Mujahid conceded that at least 50 fighters had died.', { name: 'Zabihullah Mujahid', side: 'Taliban' }, [
      { text: 'at least 50', value: { value: 50, min: 50, qualifier: 'at least' }, measure: 'killed', whose: { group: 'Taliban fighters', side: 'Taliban' } },
    ])];
    assert.deepEqual(compareArticles(agreeing)[0].conflicts, []);
  });

  it('flags a revision when a claimant changes the figure over publication dates', () => {
    assert.deepEqual(taliban.revisions.map(({ claimant, from, to }) => [claimant.label, taliban.rows[from].display, taliban.rows[to].display]), [
      ['Zabihullah Mujahid', '2', '12'],
    ]);
    assert.deepEqual(resistance.revisions, []);
  });

  it('suggests repeats of the earliest printing and a revision link, and not once linked', () => {
    const described = (comparison: typeof taliban) => comparison.suggestions.map((suggestion) =>
      `${comparison.rows[suggestion.from].claimId} ${suggestion.type} ${comparison.rows[suggestion.to].claimId}`);
    assert.deepEqual(described(taliban), ['d1 repeats w1', 'g1 repeats w1', 'r1 repeats w1', 'r3 revises g3']);
    const linked = battleArticles();
    linked[2].claims = linked[2].claims.map((claim) => (claim.id === 'g1' ? { ...claim, links: [{ type: 'repeats', article: 'wire.txt', claim: 'w1' }] } : claim));
    linked[3].claims = linked[3].claims.map((claim) => (claim.id === 'r1' ? { ...claim, links: [{ type: 'corroborates', article: '../news/wire.txt', claim: 'w1' }] } : claim));
    assert.deepEqual(described(compareArticles(linked)[0]), ['d1 repeats w1', 'r3 revises g3']);
  });
});
