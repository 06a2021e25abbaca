import * as assert from 'node:assert/strict';
import {
  claimDescription, claimLabel, claimRow, figuresSummary, GROUP_BY, groupClaims, isFilterActive, matchesFilter, type ArticleClaims, type ClaimGroup,
} from '../../../src/core/claims/grouping';
import type { Claim } from '../../../src/core/claims/model';
import { ARTICLE, ARTICLE_ENTITIES, claimOn } from './fixtures';
import { translated } from '../translated';

const nazary = claimOn(ARTICLE, 'At least 40 Taliban were killed', { entities: ARTICLE_ENTITIES, id: 'n' });
const karimi = claimOn(ARTICLE, 'Bilal Karimi rejected the account, saying 31 militia fighters were killed', {
  entities: ARTICLE_ENTITIES,
  id: 'k',
  claimant: { name: 'Bilal Karimi', affiliation: 'Taliban' },
});
const vehicles: Claim = {
  ...claimOn(ARTICLE, 'two armoured vehicles seized near Khost village', { entities: ARTICLE_ENTITIES, id: 'v', category: 'equipment' }),
  claimant: { name: 'bilal karimi' },
  status: 'disputed',
};
const valley: Claim = {
  ...claimOn(ARTICLE, 'Fighting flared again in the Andarab valley', { entities: ARTICLE_ENTITIES, id: 'a', category: 'displacement' }),
  status: 'corroborated',
};

const ARTICLES: ArticleClaims[] = [
  { articlePath: 'news/b-andarab.txt', claims: [vehicles, nazary] },
  { articlePath: 'news/a-khost.txt', claims: [karimi, valley] },
];

const summary = (groups: ClaimGroup[]) => groups.map((group) => [group.label, group.count]);
const ids = (group: ClaimGroup) => group.claims.map((entry) => `${entry.articlePath}#${entry.claim.id}`);

describe('groupClaims', () => {
  it('groups by article, alphabetically, claims in document order', () => {
    const groups = groupClaims(ARTICLES, 'article');
    assert.deepEqual(summary(groups), [['news/a-khost.txt', 2], ['news/b-andarab.txt', 2]]);
    assert.deepEqual(ids(groups[1]), ['news/b-andarab.txt#n', 'news/b-andarab.txt#v']);
  });

  it('groups by claimant, ignoring case, labelled with the capitalised spelling', () => {
    assert.deepEqual(summary(groupClaims(ARTICLES, 'claimant')), [['Ali Nazary', 2], ['Bilal Karimi', 2]]);
  });

  it('puts a claim in every actor group it names, and claims without one last', () => {
    assert.deepEqual(summary(groupClaims(ARTICLES, 'actor')), [['Bilal Karimi', 1], ['Taliban', 1], ['(no actor)', 2]]);
  });

  it('names the groups of claims without an actor, place or side in the language loaded', () => {
    const french = { '(no actor)': '(sans acteur)', '(no place)': '(sans lieu)', '(no side)': '(sans camp)' };
    const missing = (by: 'actor' | 'place' | 'side') => translated(french, () => groupClaims(ARTICLES, by)).find((group) => group.key === '')?.label;
    assert.deepEqual([missing('actor'), missing('place'), missing('side')], ['(sans acteur)', '(sans lieu)', '(sans camp)']);
  });

  it('groups by place canonical name', () => {
    assert.deepEqual(summary(groupClaims(ARTICLES, 'place')), [['Andarab', 1], ['Khost', 1], ['(no place)', 2]]);
  });

  it('orders categories as the setting lists them, extra ones after', () => {
    assert.deepEqual(summary(groupClaims(ARTICLES, 'category')), [['casualties', 2], ['equipment', 1], ['displacement', 1]]);
    assert.deepEqual(summary(groupClaims(ARTICLES, 'category', ['displacement', 'equipment'])), [['displacement', 1], ['equipment', 1], ['casualties', 2]]);
  });

  it('orders statuses by their lifecycle and leaves out empty groups', () => {
    assert.deepEqual(summary(groupClaims(ARTICLES, 'status')), [['unverified', 2], ['corroborated', 1], ['disputed', 1]]);
  });

  it('gives the same groups whatever the input order', () => {
    const reversed = [...ARTICLES].reverse().map(({ articlePath, claims }) => ({ articlePath, claims: [...claims].reverse() }));
    for (const by of GROUP_BY) assert.deepEqual(groupClaims(reversed, by), groupClaims(ARTICLES, by), by);
  });

  it('returns no groups for no claims', () => {
    assert.deepEqual(groupClaims([], 'status'), []);
    assert.deepEqual(groupClaims([{ articlePath: 'empty.txt', claims: [] }], 'article'), []);
  });
});

describe('claimLabel', () => {
  it('shows a short quote whole, with whitespace collapsed', () => {
    assert.equal(claimLabel(claimOn('Two\r\n  posts   fell.', 'Two\r\n  posts   fell')), 'Two posts fell');
  });

  it('cuts a long quote at a word, with an ellipsis, within about 60 characters', () => {
    const label = claimLabel(karimi);
    assert.equal(label, 'Bilal Karimi rejected the account, saying 31 militia…');
    assert.ok(label.length <= 60);
  });

  it('cuts a quote without spaces without splitting an emoji', () => {
    const text = `${'🔥'.repeat(40)}`;
    const label = claimLabel(claimOn(text, text));
    assert.equal(label, `${'🔥'.repeat(29)}…`);
  });
});

describe('claimDescription', () => {
  it('shows the claimant with affiliation and the numbers as written', () => {
    assert.equal(claimDescription(karimi), 'Bilal Karimi (Taliban) · 31');
    assert.equal(claimDescription(nazary), 'Ali Nazary (National Resistance Front) · At least 40');
  });

  it('shows the claimant alone when the claim has no numbers', () => {
    assert.equal(claimDescription(valley), 'Ali Nazary (National Resistance Front)');
  });
});

describe('who claims how many', () => {
  const base = ARTICLES[0].claims[0];
  const withFigures = {
    ...base,
    numbers: [
      { text: '40', start: 0, end: 2, value: { value: 40, qualifier: 'at least' }, measure: 'killed' as const, whose: { group: 'Taliban', side: 'Taliban' } },
      { text: '35', start: 3, end: 5, value: { value: 35, qualifier: 'around' }, measure: 'wounded' as const, whose: { group: 'Taliban', side: 'Taliban' } },
      { text: '40', start: 6, end: 8, value: { value: 40 }, measure: 'duration' as const },
      { text: '300', start: 9, end: 12, value: { value: 300 }, measure: 'displaced' as const, whose: { group: 'families' } },
    ],
  };

  it('summarises figures with what they count and whose, one group together, durations left out', () => {
    assert.equal(figuresSummary(withFigures), '≥40 killed, ~35 wounded · Taliban; 300 displaced · families');
  });

  it('puts the claimant and figures before the quote, and leaves the claimant out under its own group', () => {
    const row = claimRow(withFigures, 'Fahim Dashti', { claimantShown: false });
    assert.equal(row.label, 'Fahim Dashti: ≥40 killed, ~35 wounded · Taliban; 300 displaced · families');
    assert.equal(row.description, claimLabel(withFigures));
    assert.equal(claimRow(withFigures, 'Fahim Dashti', { claimantShown: true }).label.startsWith('≥40 killed'), true);
  });

  it('groups spellings of one claimant, and by side, through the resolver', () => {
    const resolve = (claimant: { name: string }) => (['bilal karimi', 'ali nazary'].includes(claimant.name.toLowerCase())
      ? { key: 'one', label: 'One Person', side: 'Taliban' }
      : { key: claimant.name, label: claimant.name });
    assert.deepEqual(summary(groupClaims(ARTICLES, 'claimant', undefined, resolve)), [['One Person', 4]]);
    assert.deepEqual(summary(groupClaims(ARTICLES, 'side', undefined, resolve)), [['Taliban', 4]]);
  });

  it('filters by status, category, side and claimant', () => {
    const resolve = () => ({ key: 'k', label: 'K', side: 'Taliban' });
    assert.equal(matchesFilter(base, {}, resolve), true);
    assert.equal(isFilterActive({}), false);
    assert.equal(isFilterActive({ sides: [] }), false);
    assert.equal(matchesFilter(base, { sides: ['Taliban'] }, resolve), true);
    assert.equal(matchesFilter(base, { sides: [''] }, resolve), false);
    assert.equal(matchesFilter(base, { statuses: ['refuted'] }, resolve), base.status === 'refuted');
    assert.equal(matchesFilter(base, { claimants: ['k'], categories: [base.category] }, resolve), true);
  });
});
