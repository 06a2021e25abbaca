import * as assert from 'node:assert/strict';
import { mergeClaimSets } from '../../../src/core/claims/merge';
import type { Claim } from '../../../src/core/claims/model';
import { relocateClaim } from '../../../src/core/claims/relocation';
import { ARTICLE, ARTICLE_ENTITIES, claimOn, spanOf } from './fixtures';

const nazary = claimOn(ARTICLE, 'At least 40 Taliban were killed', { entities: ARTICLE_ENTITIES, id: 'nazary' });
const karimi = claimOn(ARTICLE, '31 militia fighters were killed', { entities: ARTICLE_ENTITIES, id: 'karimi', claimant: { name: 'Bilal Karimi' } });
const vehicles = claimOn(ARTICLE, 'two armoured vehicles seized', { id: 'vehicles', category: 'equipment' });

const later = (claim: Claim, minutes: number, change: Partial<Claim>): Claim => ({
  ...claim,
  ...change,
  modified: new Date(Date.parse(claim.modified) + minutes * 60_000).toISOString(),
});
const ids = (claims: readonly Claim[]) => claims.map((claim) => claim.id);

describe('mergeClaimSets', () => {
  it('keeps what each side added', () => {
    const { claims, conflicts } = mergeClaimSets([karimi], [nazary, karimi], [karimi, vehicles]);
    assert.deepEqual(ids(claims), ['nazary', 'karimi', 'vehicles']);
    assert.deepEqual(conflicts, []);
  });

  it('merges changes to different fields of the same claim without a conflict', () => {
    const ours = later(nazary, 1, { status: 'disputed' });
    const theirs = later(nazary, 2, { note: 'Second source: district governor.' });
    const { claims, conflicts } = mergeClaimSets([nazary], [ours], [theirs]);
    assert.deepEqual(conflicts, []);
    assert.equal(claims[0].status, 'disputed');
    assert.equal(claims[0].note, 'Second source: district governor.');
    assert.equal(claims[0].modified, theirs.modified, 'the newer time');
  });

  it('reports the same field changed two ways, keeping the newer value', () => {
    const ours = later(nazary, 5, { status: 'refuted' });
    const theirs = later(nazary, 2, { status: 'corroborated' });
    const { claims, conflicts } = mergeClaimSets([nazary], [ours], [theirs]);
    assert.equal(claims[0].status, 'refuted');
    assert.deepEqual(conflicts, [{ claimId: 'nazary', field: 'status', ours: 'refuted', theirs: 'corroborated', kept: 'ours' }]);
  });

  it('moves anchor and quote together', () => {
    const text = `Update at 10:00.\n${ARTICLE}`;
    const moved = relocateClaim(nazary, text, spanOf(text, 'At least 40 Taliban were killed'));
    const noted = later(nazary, 1, { note: 'checked' });
    const { claims, conflicts } = mergeClaimSets([nazary], [moved], [noted]);
    assert.deepEqual(conflicts, []);
    assert.deepEqual(claims[0].anchor, moved.anchor);
    assert.deepEqual(claims[0].quote, moved.quote);
    assert.equal(claims[0].note, 'checked');
  });

  it('applies a removal unless the other side changed the claim', () => {
    assert.deepEqual(ids(mergeClaimSets([nazary, karimi], [karimi], [nazary, karimi]).claims), ['karimi']);
    const changed = later(nazary, 1, { note: 'keep this' });
    const { claims, conflicts } = mergeClaimSets([nazary, karimi], [karimi], [changed, karimi]);
    assert.deepEqual(ids(claims), ['nazary', 'karimi']);
    assert.equal(claims[0].note, 'keep this');
    assert.equal(conflicts[0].field, 'deleted');
    assert.equal(conflicts[0].kept, 'theirs');
  });

  it('without a base, keeps every claim and settles differences by the newer claim', () => {
    const ours = later(nazary, 1, { category: 'other' });
    const theirs = later(nazary, 3, { category: 'casualties', note: 'n' });
    const { claims, conflicts } = mergeClaimSets(undefined, [ours, karimi], [theirs, vehicles]);
    assert.deepEqual(ids(claims), ['nazary', 'karimi', 'vehicles']);
    assert.equal(claims[0].category, 'casualties');
    assert.equal(claims[0].note, 'n');
    assert.deepEqual(conflicts.map((conflict) => conflict.field), ['category', 'note']);
  });

  it('returns claims in document order and drops no optional field', () => {
    const linked = later(vehicles, 1, { links: [{ type: 'repeats', article: 'other.txt', claim: 'x' }] });
    const { claims } = mergeClaimSets([vehicles, nazary], [linked, nazary], [vehicles, later(nazary, 1, { status: 'disputed' })]);
    assert.deepEqual(ids(claims), ['nazary', 'vehicles']);
    assert.deepEqual(claims[1].links, [{ type: 'repeats', article: 'other.txt', claim: 'x' }]);
    assert.ok(!('attention' in claims[1]), 'undefined fields are not written as keys');
  });
});
