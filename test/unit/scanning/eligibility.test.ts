import * as assert from 'node:assert/strict';
import { eligibility, whyNotHighlighted } from '../../../src/core/scanning/eligibility';
import { translated } from '../translated';

const rules = { maxSizeMB: 1 };

describe('eligibility', () => {
  it('highlights a plain-text article of normal size', () => {
    assert.deepEqual(eligibility({ languageId: 'plaintext', isArticle: true, length: 5000, head: 'Kyiv, March 3.' }, rules), { highlighted: true });
  });

  it('explains a document that is not an article by its language', () => {
    const result = eligibility({ languageId: 'json', isArticle: false, length: 10, head: '{}' }, rules);
    assert.equal(result.highlighted, false);
    assert.ok(!result.highlighted && result.reason === 'language' && whyNotHighlighted(result).includes('"json"'));
  });

  it('explains a file over the size limit with both sizes', () => {
    const result = eligibility({ languageId: 'markdown', isArticle: true, length: 3 * 1024 * 1024, head: '# Report' }, rules);
    assert.ok(!result.highlighted && result.reason === 'size');
    assert.ok(!result.highlighted && whyNotHighlighted(result).includes('3.0 MB') && whyNotHighlighted(result).includes('1 MB'));
  });

  it('recognises binary content by NUL or undecodable bytes', () => {
    assert.ok(!eligibility({ languageId: 'plaintext', isArticle: true, length: 4, head: 'PK\u0003\u0004\u0000' }, rules).highlighted);
    assert.ok(!eligibility({ languageId: 'plaintext', isArticle: true, length: 40, head: '\ufffd'.repeat(10) + 'abc'.repeat(10) }, rules).highlighted);
    assert.ok(eligibility({ languageId: 'plaintext', isArticle: true, length: 40, head: 'Café in Kyiv — 30 % said “no” 🙂' }, rules).highlighted);
  });

  it('explains itself in the language loaded', () => {
    const pirate = {
      '"{0}" is not in the claimLens.languages setting': 'ye cannot read {0}',
      '{0} MB is over the claimLens.maxFileSizeMB limit of {1} MB': '{0} be heavier than {1}',
      'the file looks binary': 'gibberish, arr',
    };
    const verdicts = [
      eligibility({ languageId: 'json', isArticle: false, length: 10, head: '{}' }, rules),
      eligibility({ languageId: 'markdown', isArticle: true, length: 3 * 1024 * 1024, head: '# Report' }, rules),
      eligibility({ languageId: 'plaintext', isArticle: true, length: 4, head: 'PK\u0003\u0004\u0000' }, rules),
    ];
    assert.deepEqual(translated(pirate, () => verdicts.map((verdict) => !verdict.highlighted && whyNotHighlighted(verdict))), [
      'ye cannot read json',
      '3.0 be heavier than 1',
      'gibberish, arr',
    ]);
  });
});
