import * as assert from 'node:assert/strict';
import { claimantOf } from '../../../src/core/claims/claimants';
import { claimantLabel } from '../../../src/core/claims/grouping';

describe('claimant helpers', () => {
  it('labels a claimant with its affiliation in brackets, when it has one', () => {
    assert.equal(claimantLabel({ name: 'Nabil Abdallah', affiliation: 'Sudanese Armed Forces' }), 'Nabil Abdallah (Sudanese Armed Forces)');
    assert.equal(claimantLabel({ name: 'Rapid Support Forces' }), 'Rapid Support Forces');
  });

  it('keeps a suggestion’s name and affiliation but not its reason', () => {
    assert.deepEqual(claimantOf({ name: 'Igor Konashenkov', affiliation: 'Russian Defence Ministry', reason: '"said" in the same sentence' }),
      { name: 'Igor Konashenkov', affiliation: 'Russian Defence Ministry' });
    assert.deepEqual(claimantOf({ name: 'Reuters', reason: 'an actor in the sentence' }), { name: 'Reuters' });
  });
});
