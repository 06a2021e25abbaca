import * as assert from 'node:assert/strict';
import { anchorAll } from '../../../src/core/claims/relocation';
import { indistinguishableByQuote, PERTURBATIONS, scenario, score, seededRandom, type ScoredOutcome } from './anchoringScenarios';

const SEEDS_PER_KIND = 40;

interface Tally {
  outcomes: Record<ScoredOutcome, number>;
  /** Claims whose text survived unchanged, and of those how many were placed there (or proposed there). */
  survived: number;
  foundAgain: number;
  failures: string[];
}

function tally(): Tally {
  return { outcomes: { right: 0, wrong: 0, review: 0, orphan: 0 }, survived: 0, foundAgain: 0, failures: [] };
}

function run(path: 'diff' | 'quote'): Tally {
  const result = tally();
  PERTURBATIONS.forEach((kind, kindIndex) => {
    for (let seed = 0; seed < SEEDS_PER_KIND; seed++) {
      const random = seededRandom(1000 * kindIndex + seed);
      const { oldText, newText, claims } = scenario(random, kind);
      const results = anchorAll(claims, newText, path === 'diff' ? { oldText } : {});
      for (const [index, claim] of claims.entries()) {
        const anchored = results[index];
        const outcome = score(claim, anchored);
        // The quote alone cannot tell apart copies with the same context: only the diff can.
        if (path === 'quote' && outcome === 'wrong' && indistinguishableByQuote(claim, oldText)) continue;
        result.outcomes[outcome]++;
        if (outcome === 'wrong') {
          result.failures.push(`${kind}, seed ${1000 * kindIndex + seed}: "${claim.quote.exact}" ${JSON.stringify(claim.truth)} → ${JSON.stringify(anchored)}`);
        }
        const { truth } = claim;
        if (truth && newText.slice(truth.start, truth.end).replace(/\r/g, '') === claim.quote.exact) {
          result.survived++;
          const placed = anchored.state !== 'orphan' && anchored.start === truth.start && anchored.end === truth.end;
          if (placed && (path === 'quote' || anchored.state !== 'needs-review')) result.foundAgain++;
        }
      }
    }
  });
  return result;
}

describe('re-anchoring properties (seeded random articles, claims and edits)', function () {
  this.timeout(60_000);

  it('through the diff: never misplaces a claim and places every claim whose text survived', () => {
    const { outcomes, survived, foundAgain, failures } = run('diff');
    assert.deepEqual(failures, []);
    assert.equal(foundAgain, survived, `${survived - foundAgain} of ${survived} surviving claims not placed`);
    assert.ok(outcomes.right > 1000, `only ${outcomes.right} claims checked`);
  });

  // Found again: placed, or proposed for review, exactly where the text is. The misses are proposals on
  // another copy of the quote, never placements.
  it('by quote: never misplaces a claim it can tell apart, and finds again ≥ 99% of those whose text survived', () => {
    const { outcomes, survived, foundAgain, failures } = run('quote');
    assert.deepEqual(failures, []);
    assert.ok(foundAgain >= 0.99 * survived, `found again ${foundAgain} of ${survived}`);
    assert.ok(outcomes.right > 1000, `only ${outcomes.right} claims checked`);
  });
});
