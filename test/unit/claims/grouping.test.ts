import * as assert from 'node:assert/strict';
import { claimDescription, claimLabel, GROUP_BY, groupClaims, type ArticleClaims, type ClaimGroup } from '../../../src/core/claims/grouping';
import type { Claim } from '../../../src/core/claims/model';
import { ARTICLE, ARTICLE_ENTITIES, claimOn } from './fixtures';

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
