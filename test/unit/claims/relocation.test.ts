import * as assert from 'node:assert/strict';
import { reanchorClaim, reanchorClaims, relocateClaim } from '../../../src/core/claims/relocation';
import { ARTICLE, ARTICLE_ENTITIES, claimOn, spanOf } from './fixtures';

describe('relocateClaim and reanchorClaim', () => {
  const quote = 'At least 40 Taliban were killed when our units retook the ridge';
  const claim = claimOn(ARTICLE, quote, { entities: ARTICLE_ENTITIES });

  it('moves the anchor, the quote context and the entities together', () => {
    const edited = `UPDATED 14:05\n\n${ARTICLE}`;
    const { claim: moved, state } = reanchorClaim(claim, edited);
    assert.equal(state, 'moved');
    assert.deepEqual(moved.anchor, spanOf(edited, quote));
    assert.equal(moved.quote.prefix, edited.slice(moved.anchor.start - 32, moved.anchor.start));
    assert.deepEqual(moved.actors, [{ canonical: 'Taliban', text: 'Taliban', ...spanOf(edited, 'Taliban') }]);
    assert.deepEqual(moved.numbers.map(({ start, end }) => edited.slice(start, end)), ['At least 40']);
    assert.equal(moved.modified, claim.modified, 'moving is not an edit by the analyst');
  });

  it('drops an entity whose text changed and finds one that moved inside the span, when the old text is known', () => {
    const edited = ARTICLE.replace('At least 40 Taliban were killed', 'At least 45 fighters of the Taliban were killed');
    const [{ claim: changed, result }] = reanchorClaims([claim], edited, { oldText: ARTICLE });
    assert.equal(result.state, 'changed');
    assert.equal(changed.quote.exact, 'At least 45 fighters of the Taliban were killed when our units retook the ridge');
    assert.deepEqual(changed.numbers, []);
    assert.deepEqual(changed.actors.map(({ start, end }) => edited.slice(start, end)), ['Taliban']);
  });

  it('keeps the original quote of a claim to review, with the proposed range in its result', () => {
    const edited = ARTICLE.replace('At least 40 Taliban were killed', 'At least 45 fighters of the Taliban were killed');
    const { claim: kept, result } = reanchorClaim(claim, edited);
    assert.equal(result.state, 'needs-review');
    assert.equal(kept, claim);
    assert.equal(result.state === 'needs-review' && edited.slice(result.start, result.end).startsWith('At least 45'), true);
  });

  it('maps by diff with the old text and by quote without it, one claim or many', () => {
    const second = claimOn(ARTICLE, 'saying 31 militia fighters were killed');
    const edited = `UPDATED\n\n${ARTICLE.replace('Fighting flared', 'Heavy fighting flared')}`;
    for (const options of [{ oldText: ARTICLE }, {}]) {
      const results = reanchorClaims([claim, second], edited, options);
      assert.deepEqual(results.map(({ result }) => result.state), ['moved', 'moved']);
      assert.deepEqual(results.map(({ claim: moved }) => moved.anchor), [spanOf(edited, quote), spanOf(edited, 'saying 31 militia fighters were killed')]);
    }
  });

  it('returns a claim unchanged when nothing changed', () => {
    const [{ claim: same, result }] = reanchorClaims([claim], ARTICLE, { oldText: ARTICLE });
    assert.equal(same, claim);
    assert.equal(result.state, 'exact');
  });

  it('returns an orphan unchanged', () => {
    const result = reanchorClaim(claim, 'The article was withdrawn.');
    assert.equal(result.state, 'orphan');
    assert.equal(result.claim, claim);
  });

  it('refreshes the quote for a range tracked in the editor', () => {
    const saved = ARTICLE.replace('retook', 'recaptured');
    const { start } = spanOf(saved, 'At least 40');
    const end = saved.indexOf(' the ridge') + ' the ridge'.length;
    const relocated = relocateClaim(claim, saved, { start, end });
    assert.equal(relocated.quote.exact, 'At least 40 Taliban were killed when our units recaptured the ridge');
    assert.equal(relocated.numbers.length, 1);
  });
});
