import * as assert from 'node:assert/strict';
import * as z from 'zod/mini';
import type { NumberValue } from '../../../src/core/entities/entity';
import { claimSchema, compareClaims, createClaim, type ClaimNumber } from '../../../src/core/claims/model';
import { ARTICLE, ARTICLE_ENTITIES, claimOn, NOW, spanOf } from './fixtures';

// Compile-time check: a claim's number value is the recognizer's NumberValue and back.
const numberValueRoundTrip = (value: NumberValue): NumberValue => ({ text: '', start: 0, end: 0, value } satisfies ClaimNumber).value;

describe('createClaim', () => {
  const quote = 'At least 40 Taliban were killed when our units retook the ridge';

  it('anchors the span by offsets and by quote with 32 characters of context', () => {
    const claim = claimOn(ARTICLE, quote);
    const { start, end } = spanOf(ARTICLE, quote);
    assert.deepEqual(claim.anchor, { start, end });
    assert.equal(claim.quote.exact, quote);
    assert.equal(claim.quote.prefix, ARTICLE.slice(start - 32, start));
    assert.equal(claim.quote.suffix, ARTICLE.slice(end, end + 32));
  });

  it('keeps the entities inside the span, with canonical names and structured numbers', () => {
    const claim = claimOn(ARTICLE, quote, { entities: ARTICLE_ENTITIES });
    assert.deepEqual(claim.actors, [{ canonical: 'Taliban', text: 'Taliban', ...spanOf(ARTICLE, 'Taliban') }]);
    assert.deepEqual(claim.places, []);
    assert.deepEqual(claim.numbers, [{
      text: 'At least 40', ...spanOf(ARTICLE, 'At least 40'), value: { value: 40, qualifier: 'at least' }, measure: 'killed', whose: { group: 'Taliban' },
    }]);
    assert.deepEqual(numberValueRoundTrip(claim.numbers[0].value), { value: 40, qualifier: 'at least' });
  });

  it('uses the surface text when an entity has no canonical name, and leaves out entities crossing the edge', () => {
    const span = 'Bilal Karimi rejected the account, saying 31 militia fighters were killed and two armoured vehicles seized near Khost';
    const claim = claimOn(ARTICLE, span, { entities: ARTICLE_ENTITIES });
    assert.deepEqual(claim.actors.map((actor) => actor.canonical), ['Bilal Karimi']);
    assert.deepEqual(claim.numbers.map((number) => number.value.value), [31, 2]);
    assert.deepEqual(claim.places, [], '"Khost village" ends outside the span');
  });

  it('fills defaults: unverified, empty note, created = modified = now, a random UUID', () => {
    const claim = claimOn(ARTICLE, quote);
    assert.equal(claim.status, 'unverified');
    assert.equal(claim.note, '');
    assert.equal(claim.created, NOW.toISOString());
    assert.equal(claim.modified, NOW.toISOString());
    assert.match(claim.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.notEqual(claimOn(ARTICLE, quote).id, claim.id);
    assert.equal(claimOn(ARTICLE, quote, { id: 'fixed' }).id, 'fixed');
  });

  it('produces a claim the schema accepts', () => {
    assert.ok(claimSchema().safeParse(claimOn(ARTICLE, quote, { entities: ARTICLE_ENTITIES })).success);
  });

  it('accepts any non-empty category, so settings can add their own', () => {
    assert.equal(claimOn(ARTICLE, quote, { category: 'displacement' }).category, 'displacement');
    assert.throws(() => claimOn(ARTICLE, quote, { category: '' }), z.core.$ZodError);
  });

  it('rejects empty, reversed or out-of-range spans and an empty claimant', () => {
    const base = { text: 'Kabul', claimant: { name: 'x' }, category: 'other', entities: [], author: 'a' };
    assert.throws(() => createClaim({ ...base, start: 2, end: 2 }), RangeError);
    assert.throws(() => createClaim({ ...base, start: 3, end: 1 }), RangeError);
    assert.throws(() => createClaim({ ...base, start: 0, end: 6 }), RangeError);
    assert.throws(() => createClaim({ ...base, start: 0.5, end: 2 }), RangeError);
    assert.throws(() => createClaim({ ...base, start: 0, end: 5, claimant: { name: '' } }), z.core.$ZodError);
  });

  it('counts offsets in UTF-16 code units and never cuts an emoji out of the context', () => {
    const text = `${'🔥'.repeat(20)} People said 12 houses burned in Kishim.`;
    const claim = claimOn(text, '12 houses burned');
    assert.equal(text.slice(claim.anchor.start, claim.anchor.end), '12 houses burned');
    assert.equal(claim.anchor.start, 40 + ' People said '.length);
    // 32 code units back would land inside a flag: the context starts one code unit later.
    assert.equal(claim.quote.prefix, `${'🔥'.repeat(9)} People said `);
    assert.doesNotThrow(() => encodeURIComponent(claim.quote.prefix), 'no lone surrogate');
  });

  it('counts CRLF as two code units, as an editor buffer does', () => {
    const text = 'Kunduz\r\nA spokesman said\r\nthe airport was taken.';
    const claim = claimOn(text, 'said\r\nthe airport');
    assert.equal(claim.anchor.start, text.indexOf('said'));
    assert.equal(claim.quote.exact, 'said\r\nthe airport');
  });
});

describe('compareClaims', () => {
  it('orders by start, then end, then id', () => {
    const late = claimOn(ARTICLE, 'Bilal Karimi', { id: 'a' });
    const long = claimOn(ARTICLE, 'Fighting flared again', { id: 'z' });
    const short = claimOn(ARTICLE, 'Fighting flared', { id: 'y' });
    const twin = claimOn(ARTICLE, 'Fighting flared', { id: 'x' });
    assert.deepEqual([late, long, short, twin].sort(compareClaims).map((claim) => claim.id), ['x', 'y', 'z', 'a']);
  });
});
