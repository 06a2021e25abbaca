import * as assert from 'node:assert/strict';
import { cliSuggestionWords, cliTopicLabelWords } from '../../../src/cli/words';
import type { Measure } from '../../../src/core/claims/model';
import { ENGLISH_SUGGESTION_WORDS } from '../../../src/core/topics/comparison';
import { ENGLISH_TOPIC_LABEL_WORDS } from '../../../src/core/topics/topics';

// Without a translation the CLI's sentences are the core's English: a sentence told two ways would be
// translated for one and not the other.
describe("the CLI's words without a translation", () => {
  it('name automatic topics as the core does', () => {
    const measures: Measure[] = ['killed', 'wounded', 'forces deployed', 'other'];
    for (const measure of measures) assert.equal(cliTopicLabelWords.topic('Taliban', measure), ENGLISH_TOPIC_LABEL_WORDS.topic('Taliban', measure));
    assert.equal(cliTopicLabelWords.unspecified(), ENGLISH_TOPIC_LABEL_WORDS.unspecified());
    for (const [place, fromDate] of [['Khost', '2026-12-01'], ['Khost', undefined], [undefined, '2026-12-01'], [undefined, undefined]]) {
      assert.equal(cliTopicLabelWords.part('Taliban killed', place, fromDate), ENGLISH_TOPIC_LABEL_WORDS.part('Taliban killed', place, fromDate));
    }
  });

  it('give the reasons of suggested links as the core does', () => {
    assert.equal(cliSuggestionWords.sameFigure('Zabihullah Mujahid'), ENGLISH_SUGGESTION_WORDS.sameFigure('Zabihullah Mujahid'));
    assert.equal(cliSuggestionWords.changedFigure('Zabihullah Mujahid'), ENGLISH_SUGGESTION_WORDS.changedFigure('Zabihullah Mujahid'));
  });
});
