import * as assert from 'node:assert/strict';
import { sentencesAround } from '../../../src/core/text/sentences';

function sentenceTexts(text: string, reach = 10_000): string[] {
  return sentencesAround(text, { start: 0, end: text.length }, reach).map((sentence) => text.slice(sentence.start, sentence.end));
}

describe('sentencesAround', () => {
  it('splits at sentence punctuation followed by a capital', () => {
    assert.deepEqual(sentenceTexts('Shelling resumed at dawn. Two villages emptied! Was the pass held? Nobody knew.'), [
      'Shelling resumed at dawn.', 'Two villages emptied!', 'Was the pass held?', 'Nobody knew.',
    ]);
  });

  it('does not split after abbreviations and initials', () => {
    assert.deepEqual(sentenceTexts('Gen. Rahimi said U.S. drones left on Sept. 4 and J. Doe agreed. Then it rained.'), [
      'Gen. Rahimi said U.S. drones left on Sept. 4 and J. Doe agreed.', 'Then it rained.',
    ]);
  });

  it('keeps closing quotation marks with their sentence', () => {
    assert.deepEqual(sentenceTexts('"We hold the valley." The spokesman hung up.'), ['"We hold the valley."', 'The spokesman hung up.']);
  });

  it('numbers paragraphs separated by blank lines, LF or CRLF', () => {
    const text = 'Headline without a stop\r\n\r\nFirst paragraph. Still first.\r\n\r\nSecond paragraph.';
    const sentences = sentencesAround(text, { start: 0, end: text.length }, 100);
    assert.deepEqual(sentences.map((sentence) => [text.slice(sentence.start, sentence.end), sentence.paragraph]), [
      ['Headline without a stop', 0], ['First paragraph.', 1], ['Still first.', 1], ['Second paragraph.', 2],
    ]);
  });

  it('reads only the window around the range, with offsets into the whole text', () => {
    const text = `${'Filler sentence here. '.repeat(50)}The target sentence. ${'More filler text. '.repeat(50)}`;
    const start = text.indexOf('The target');
    const sentences = sentencesAround(text, { start, end: start + 20 }, 30);
    assert.ok(sentences.some((sentence) => text.slice(sentence.start, sentence.end) === 'The target sentence.'));
    assert.ok(sentences.length <= 5);
  });
});
