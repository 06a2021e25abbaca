import * as assert from 'node:assert/strict';
import { findSpeakers } from '../../../src/core/claims/speakers';

const speakersOf = (fragment: string) => findSpeakers(fragment).map(({ name, affiliation, cue }) => ({ name, affiliation, cue }));

describe('findSpeakers', () => {
  it('finds speakers before and after cues, with the cue and its offset', () => {
    const fragment = '"Nine died," said Taliban spokesman Zabihullah Mujahid, citing Reuters.';
    assert.deepEqual(findSpeakers(fragment), [
      { name: 'Zabihullah Mujahid', affiliation: 'Taliban', role: 'spokesman', cue: 'said', index: 13 },
      { name: 'Reuters', cue: 'citing', index: 56 },
    ]);
  });

  it('reads documents as their authors and sentence-initial roles as common nouns', () => {
    assert.deepEqual(speakersOf('A Taliban statement said'), [{ name: 'Taliban', affiliation: undefined, cue: 'said' }]);
    assert.deepEqual(speakersOf('Officials said'), [{ name: 'officials', affiliation: undefined, cue: 'said' }]);
  });

  it('keeps capitalised role words inside proper names', () => {
    assert.deepEqual(speakersOf('Pajhwok Afghan News Agency reported'), [{ name: 'Pajhwok Afghan News Agency', affiliation: undefined, cue: 'reported' }]);
  });

  it('skips pronouns, dates and passives', () => {
    assert.deepEqual(speakersOf('He said on Thursday that 12 were reported missing.'), []);
    assert.deepEqual(speakersOf('Clashes in the valley were reported overnight.'), []);
  });

  it('lets a time or place follow a speaker named after the cue, but not a verb', () => {
    assert.deepEqual(speakersOf('said Karimi on Friday'), [{ name: 'Karimi', affiliation: undefined, cue: 'said' }]);
    assert.deepEqual(speakersOf('said Karimi had left'), []);
  });
});
