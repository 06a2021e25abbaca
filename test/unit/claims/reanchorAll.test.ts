import * as assert from 'node:assert/strict';
import { isAnchored, isOrphan, needsReview } from '../../../src/core/claims/attention';
import { followChange } from '../../../src/core/claims/following';
import { reanchorAll } from '../../../src/core/claims/reanchorAll';
import type { Claim } from '../../../src/core/claims/model';
import { ARTICLE, claimOn, spanOf } from './fixtures';

const KILLED = 'At least 40 Taliban were killed when our units retook the ridge';
const SEIZED = 'two armoured vehicles seized near Khost village';
const REJECTED = 'Taliban spokesman Bilal Karimi rejected the account';

describe('reanchorAll', () => {
  const claims = [claimOn(ARTICLE, KILLED), claimOn(ARTICLE, REJECTED), claimOn(ARTICLE, SEIZED)];

  it('returns the same claims when the text did not change', () => {
    const again = reanchorAll(claims, ARTICLE, ARTICLE);
    assert.ok(again.every((claim, index) => claim === claims[index]));
    assert.ok(reanchorAll(claims, ARTICLE).every((claim, index) => claim === claims[index]));
  });

  const changed = `UPDATED 14:05\n\n${ARTICLE.replace('At least 40', 'At least 45').replace(', saying 31 militia fighters were killed and two armoured vehicles seized near Khost village', '')}`;

  it('moves claims through the change from the old text: words edited inside a claim stay claimed, deleted ones are orphans', () => {
    const [killed, rejected, seized] = reanchorAll(claims, changed, ARTICLE);
    assert.ok(isAnchored(killed));
    assert.equal(killed.quote.exact, KILLED.replace('40', '45'));
    assert.deepEqual(killed.anchor, spanOf(changed, killed.quote.exact));
    assert.ok(isAnchored(rejected));
    assert.deepEqual(rejected.anchor, spanOf(changed, REJECTED));
    assert.ok(isOrphan(seized));
    assert.equal(seized.quote.exact, SEIZED);
    assert.ok(seized.attention?.reason);
    assert.ok(seized.anchor.end <= changed.length, 'an orphan stays inside the text, so the sidecar stays valid');
  });

  it('without the old text, flags changed words for review with the proposed place and the tagged quote', () => {
    const [killed, rejected, seized] = reanchorAll(claims, changed);
    assert.ok(needsReview(killed));
    assert.equal(killed.quote.exact, KILLED, 'the quote the analyst tagged');
    assert.equal(changed.slice(killed.anchor.start, killed.anchor.end), KILLED.replace('40', '45'), 'the proposed place');
    assert.deepEqual(rejected.anchor, spanOf(changed, REJECTED));
    assert.ok(isOrphan(seized));
  });

  it('moves a proposed place along with later changes and clears the flag when the tagged words come back', () => {
    const [flagged] = reanchorAll([claims[0]], changed);
    assert.ok(needsReview(flagged));
    const prefixed = `Breaking: ${changed}`;
    const [moved] = reanchorAll([flagged], prefixed, changed);
    assert.ok(needsReview(moved));
    assert.equal(moved.quote.exact, KILLED);
    assert.equal(moved.anchor.start, flagged.anchor.start + 'Breaking: '.length);
    assert.equal(reanchorAll([moved], prefixed, prefixed)[0], moved, 'an unchanged text leaves a flagged claim alone');
    const [restored] = reanchorAll([moved], ARTICLE);
    assert.ok(isAnchored(restored));
    assert.deepEqual(restored.anchor, spanOf(ARTICLE, KILLED));
  });

  it('finds a claim whose quote is off its anchor in an unchanged text (a hand-edited sidecar)', () => {
    const off = { ...claims[1], anchor: { start: 0, end: REJECTED.length } };
    const [found] = reanchorAll([off], ARTICLE, ARTICLE);
    assert.deepEqual(found.anchor, spanOf(ARTICLE, REJECTED));
    assert.ok(isAnchored(found));
  });
});

describe('followChange', () => {
  // Fresh claims for each test: followChange shifts the claims it is given in place.
  let claims: Claim[];
  beforeEach(() => {
    claims = [claimOn(ARTICLE, KILLED), claimOn(ARTICLE, SEIZED)];
  });

  it('leaves claims before the change alone and moves those after it', () => {
    const at = ARTICLE.indexOf('Taliban spokesman');
    const text = `${ARTICLE.slice(0, at)}New line.\n${ARTICLE.slice(at)}`;
    const before = claims[0];
    const followed = followChange(claims, [{ start: at, end: at, newLength: 10 }], () => text, true)!;
    assert.equal(followed[0], before);
    assert.deepEqual(followed[1].anchor, spanOf(text, SEIZED));
    assert.equal(text.slice(followed[1].anchor.start, followed[1].anchor.end), followed[1].quote.exact);
    const fresh = [claimOn(ARTICLE, KILLED), claimOn(ARTICLE, SEIZED)];
    assert.equal(followChange(fresh, [{ start: ARTICLE.length, end: ARTICLE.length, newLength: 1 }], () => `${ARTICLE}.`, true), undefined);
  });

  it('keeps words typed inside a claim claimed, but flags the same change when it came from disk', () => {
    const at = ARTICLE.indexOf('40') + 1;
    const text = `${ARTICLE.slice(0, at)}5${ARTICLE.slice(at + 1)}`;
    const edit = [{ start: at, end: at + 1, newLength: 1 }];
    const [typed] = followChange(claims, edit, () => text, true)!;
    assert.ok(isAnchored(typed));
    assert.equal(typed.quote.exact, KILLED.replace('40', '45'));
    const [reloaded] = followChange(claims, edit, () => text, false)!;
    assert.ok(needsReview(reloaded));
    assert.equal(reloaded.quote.exact, KILLED);
  });
});
