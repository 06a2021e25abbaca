import * as assert from 'node:assert/strict';
import { quoteSelector, reanchor } from '../../../src/core/claims/anchoring';
import { anchoredOn, found, REPORT } from './anchoringFixtures';
import { spanOf } from './fixtures';

describe('quoteSelector', () => {
  it('takes 32 code units of context, fewer at the edges of the text', () => {
    const text = 'Kabul. ' + 'x'.repeat(50);
    assert.deepEqual(quoteSelector(text, 0, 5), { exact: 'Kabul', prefix: '', suffix: `. ${'x'.repeat(30)}` });
    assert.deepEqual(quoteSelector(text, text.length - 2, text.length), { exact: 'xx', prefix: 'x'.repeat(32), suffix: '' });
  });
});

describe('reanchor (by quote, the old text unknown)', () => {
  const claim = anchoredOn(REPORT, 'at least 40 Taliban were killed');

  it('accepts the stored position when the text there is still the quote', () => {
    assert.deepEqual(reanchor(claim, REPORT), { ...claim.anchor, state: 'exact' });
  });

  it('follows text inserted before the span', () => {
    const edited = `BAGHLAN (Reuters) - ${REPORT}`;
    const result = reanchor(claim, edited);
    assert.equal(result.state, 'moved');
    assert.equal(found(edited, result), 'at least 40 Taliban were killed');
  });

  it('ignores text changed after the span', () => {
    const edited = REPORT.replace('heavy shelling', 'sporadic gunfire');
    assert.deepEqual(reanchor(claim, edited), { ...claim.anchor, state: 'exact' });
  });

  it('only proposes a span whose own text was edited', () => {
    const edited = REPORT.replace('at least 40 Taliban were killed', 'at least 45 Taliban were killed');
    const result = reanchor(claim, edited);
    assert.equal(result.state, 'needs-review');
    assert.equal(found(edited, result), 'at least 45 Taliban were killed');
    assert.match(result.state === 'needs-review' ? result.reason : '', /edited/);
  });

  it('proposes a long quote edited inside and moved far', () => {
    const paragraph = `${REPORT} ${REPORT.replace('Baghlan', 'Kunduz')} ${REPORT.replace('Sunday', 'Monday')}`.repeat(8);
    const text = `Lead paragraph.\n\n${paragraph}\n\nClosing line with more detail.`;
    const long = anchoredOn(text, paragraph);
    const editedParagraph = paragraph.replace('an ambush', 'a roadside ambush').replace('Kunduz', 'Kunduz province');
    const edited = `${'Editor note: figures were updated twice. '.repeat(300)}${text.replace(paragraph, editedParagraph)}`;
    const result = reanchor(long, edited);
    assert.equal(result.state, 'needs-review');
    assert.equal(found(edited, result), editedParagraph);
  });

  it('tells duplicate quotes apart by their context, not by the nearest position', () => {
    const text = 'The governor said on Monday that 12 were killed in Nahrin district. Then the Taliban claimed that 12 were killed in Burka.';
    const second = anchoredOn(text, '12 were killed', 1);
    const edited = `Update: ${text}`.replace('The governor said', 'The governor of Baghlan said');
    assert.deepEqual(reanchor(second, edited), { ...spanOf(edited, '12 were killed', 1), state: 'moved' });
  });

  it('asks for review when the context of the claim changed, even if the quote occurs once', () => {
    const text = 'The governor said 12 were killed in Nahrin. The Taliban said 12 were killed in Burka.';
    const second = anchoredOn(text, 'were killed in Burka');
    const swapped = 'The Taliban said 12 were killed in Burka. The governor said 12 were killed in Nahrin.';
    const result = reanchor(second, swapped);
    assert.equal(result.state, 'needs-review');
    assert.equal(found(swapped, result), 'were killed in Burka');
  });

  it('asks for review when copies of the quote share its surroundings', () => {
    const paragraph = 'Residents said the army shelled the market at dawn and 9 people died there.';
    const text = `${paragraph}\n\nIn other news, the road reopened.\n\n${paragraph}`;
    const second = anchoredOn(text, 'the army shelled the market', 1);
    const edited = `A new first line.\n${text}`;
    const result = reanchor(second, edited);
    assert.equal(result.state, 'needs-review');
    assert.match(result.state === 'needs-review' ? result.reason : '', /occurs 2 times/);
  });

  it('asks for review when a copy keeps the context the claim lost (typo fixed in the claim)', () => {
    const text = 'The ministry said that 40 civilians were killed in Nahrin, according to local officials. '
      + 'Later, the ministry said that 40 civillians were killed in Nahrin, according to local officials.';
    const typo = anchoredOn(text, '40 civillians were killed');
    const fixed = text.replace('40 civillians', '40 civilians');
    const result = reanchor(typo, fixed);
    assert.notEqual(result.state, 'moved');
    assert.notEqual(result.state, 'exact');
  });

  it('does not move a claim whose sentence was deleted onto the copy left in another paragraph', () => {
    const text = 'Police said 14 were arrested. The curfew starts at nine.\n\nWitnesses later confirmed that 14 were arrested outside the mosque.';
    const claim14 = anchoredOn(text, '14 were arrested', 0);
    const edited = text.replace('Police said 14 were arrested. ', '');
    const result = reanchor(claim14, edited);
    assert.equal(result.state, 'needs-review');
  });

  it('does not propose a short quote found elsewhere when its context is gone', () => {
    const text = 'The ministry said 40 were wounded near the bridge, and 7 later died in hospital.';
    const short = anchoredOn(text, '40 were');
    const edited = 'After a recount nobody was hurt at all. Page 41 were missing from the report.';
    assert.equal(reanchor(short, edited).state, 'orphan');
  });

  it('makes the claim an orphan when its text is gone', () => {
    const edited = 'Officials in Baghlan declined to comment. Residents reported heavy shelling overnight.';
    assert.equal(reanchor(claim, edited).state, 'orphan');
    assert.equal(reanchor(claim, '').state, 'orphan');
  });

  it('counts emoji before the span as two code units each', () => {
    const edited = `🚨🚨 ${REPORT}`;
    assert.deepEqual(reanchor(claim, edited), { start: claim.anchor.start + 5, end: claim.anchor.end + 5, state: 'moved' });
  });

  it('survives a conversion from LF to CRLF, as changed when the span holds a line break', () => {
    const text = 'Headline\nThe army said\n30 posts were retaken.\nMore later.';
    const acrossLines = anchoredOn(text, 'said\n30 posts');
    const afterLines = anchoredOn(text, 'More later');
    const crlf = text.replace(/\n/g, '\r\n');
    assert.equal(reanchor(afterLines, crlf).state, 'moved');
    assert.equal(found(crlf, reanchor(afterLines, crlf)), 'More later');
    const result = reanchor(acrossLines, crlf);
    assert.equal(result.state, 'changed');
    assert.equal(found(crlf, result), 'said\r\n30 posts');
  });

  it('stays bounded on a huge text where the quote is gone', function () {
    this.timeout(10_000);
    const huge = 'Convoys moved along the ring road without incident. '.repeat(40_000);
    assert.equal(reanchor(claim, huge).state, 'orphan');
  });

  it('stays bounded for a short quote in a huge text full of near matches', function () {
    this.timeout(10_000);
    const short = anchoredOn('Officials said 40 died in Nahrin on Sunday.', '40');
    const huge = 'Figures: 41, 04, 400, 14, 4, 0. '.repeat(60_000);
    assert.equal(reanchor(short, huge).state, 'needs-review');
  });
});
