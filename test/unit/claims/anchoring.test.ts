import * as assert from 'node:assert/strict';
import { mapRangeBetweenTexts, quoteSelector, reanchor, shiftAnchorForEdits, type Anchored } from '../../../src/core/claims/anchoring';
import { spanOf } from './fixtures';

const REPORT = 'Officials in Baghlan said on Sunday that at least 40 Taliban were killed in an ambush near Pul-e Hesar, '
  + 'while the group said only 12 of its fighters died. Residents reported heavy shelling overnight.';

function anchoredOn(text: string, quote: string, occurrence = 0): Anchored {
  const { start, end } = spanOf(text, quote, occurrence);
  return { anchor: { start, end }, quote: quoteSelector(text, start, end) };
}

function found(text: string, result: ReturnType<typeof reanchor>): string | undefined {
  return result.state === 'orphan' ? undefined : text.slice(result.start, result.end);
}

describe('quoteSelector', () => {
  it('takes 32 code units of context, fewer at the edges of the text', () => {
    const text = 'Kabul. ' + 'x'.repeat(50);
    assert.deepEqual(quoteSelector(text, 0, 5), { exact: 'Kabul', prefix: '', suffix: `. ${'x'.repeat(30)}` });
    assert.deepEqual(quoteSelector(text, text.length - 2, text.length), { exact: 'xx', prefix: 'x'.repeat(32), suffix: '' });
  });
});

describe('reanchor', () => {
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

  it('finds a span whose own text was edited, fuzzily', () => {
    const edited = REPORT.replace('at least 40 Taliban were killed', 'at least 45 Taliban fighters were killed');
    const result = reanchor(claim, edited);
    assert.equal(result.state, 'fuzzy');
    assert.equal(found(edited, result), 'at least 45 Taliban fighters were killed');
  });

  it('finds a fuzzily changed span that also moved far, by its surviving context', () => {
    const edited = `${'An unrelated paragraph about the weather in the north. '.repeat(400)}\n\n${REPORT.replace('40 Taliban', '41 Taliban')}`;
    const result = reanchor(claim, edited);
    assert.equal(result.state, 'fuzzy');
    assert.equal(found(edited, result), 'at least 41 Taliban were killed');
  });

  it('finds a long quote edited inside and moved, with its edges where its context says', () => {
    const paragraph = `${REPORT} ${REPORT.replace('Baghlan', 'Kunduz')} ${REPORT.replace('Sunday', 'Monday')}`;
    const text = `Lead paragraph.\n\n${paragraph}\n\nClosing line with more detail.`;
    const long = anchoredOn(text, paragraph);
    const editedParagraph = paragraph.replace('an ambush', 'a roadside ambush').replace('Kunduz', 'Kunduz province');
    const edited = `${'Editor note: figures were updated twice. '.repeat(30)}${text.replace(paragraph, editedParagraph)}`;
    const result = reanchor(long, edited);
    assert.equal(result.state, 'fuzzy');
    assert.equal(found(edited, result), editedParagraph);
  });

  it('tells duplicate quotes apart by their context, not by the nearest position', () => {
    const text = 'The governor said 12 were killed in Nahrin. The Taliban said 12 were killed in Burka.';
    const second = anchoredOn(text, '12 were killed', 1);
    // The two sentences swap: the nearest occurrence to the old position is now the governor's.
    const swapped = 'The Taliban said 12 were killed in Burka. The governor said 12 were killed in Nahrin.';
    const result = reanchor(second, swapped);
    assert.equal(result.state, 'moved');
    assert.deepEqual(result, { ...spanOf(swapped, '12 were killed', 0), state: 'moved' });
  });

  it('does not trust a short quote found elsewhere when its context is gone', () => {
    const text = 'The ministry said 40 were wounded near the bridge, and 7 later died in hospital.';
    const short = anchoredOn(text, '40');
    const edited = 'After a recount nobody was hurt at all. Page 40 of the report lists other incidents entirely.';
    assert.deepEqual(reanchor(short, edited), { state: 'orphan' });
  });

  it('trusts a long quote found elsewhere even when all context changed', () => {
    const long = anchoredOn(REPORT, 'while the group said only 12 of its fighters died');
    const edited = `Update: ${long.quote.exact}; a new statement is expected.`;
    assert.equal(found(edited, reanchor(long, edited)), long.quote.exact);
  });

  it('makes the claim an orphan when its text is gone', () => {
    const edited = 'Officials in Baghlan declined to comment. Residents reported heavy shelling overnight.';
    assert.deepEqual(reanchor(claim, edited), { state: 'orphan' });
    assert.deepEqual(reanchor(claim, ''), { state: 'orphan' });
  });

  it('counts emoji before the span as two code units each', () => {
    const edited = `🚨🚨 ${REPORT}`;
    const result = reanchor(claim, edited);
    assert.deepEqual(result, { start: claim.anchor.start + 5, end: claim.anchor.end + 5, state: 'moved' });
  });

  it('survives a conversion from LF to CRLF, fuzzily when the span holds a line break', () => {
    const text = 'Headline\nThe army said\n30 posts were retaken.\nMore later.';
    const acrossLines = anchoredOn(text, 'said\n30 posts');
    const afterLines = anchoredOn(text, 'More later');
    const crlf = text.replace(/\n/g, '\r\n');
    assert.equal(found(crlf, reanchor(afterLines, crlf)), 'More later');
    const result = reanchor(acrossLines, crlf);
    assert.equal(result.state, 'fuzzy');
    assert.equal(found(crlf, result), 'said\r\n30 posts');
  });

  it('stays bounded on a huge text where the quote is gone', function () {
    this.timeout(10_000);
    const huge = 'Convoys moved along the ring road without incident. '.repeat(40_000);
    const started = Date.now();
    assert.deepEqual(reanchor(claim, huge), { state: 'orphan' });
    assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
  });

  it('stays bounded for a short quote in a huge text full of near matches', function () {
    this.timeout(10_000);
    const short = anchoredOn('Officials said 40 died in Nahrin on Sunday.', '40');
    const huge = 'Figures: 41, 04, 400, 14, 4, 0. '.repeat(60_000);
    const started = Date.now();
    reanchor(short, huge);
    assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
  });
});

describe('shiftAnchorForEdits', () => {
  const anchor = { start: 10, end: 20 };

  it('moves the span for edits before it and keeps it for edits after it', () => {
    assert.deepEqual(shiftAnchorForEdits(anchor, [{ start: 2, end: 4, newLength: 7 }]), { start: 15, end: 25, state: 'moved' });
    assert.deepEqual(shiftAnchorForEdits(anchor, [{ start: 0, end: 10, newLength: 0 }]), { start: 0, end: 10, state: 'moved' });
    assert.deepEqual(shiftAnchorForEdits(anchor, [{ start: 25, end: 30, newLength: 0 }]), { ...anchor, state: 'exact' });
  });

  it('keeps insertions at either edge outside the span', () => {
    assert.deepEqual(shiftAnchorForEdits(anchor, [{ start: 10, end: 10, newLength: 3 }]), { start: 13, end: 23, state: 'moved' });
    assert.deepEqual(shiftAnchorForEdits(anchor, [{ start: 20, end: 20, newLength: 3 }]), { ...anchor, state: 'exact' });
  });

  it('grows or shrinks the span for edits inside it', () => {
    assert.deepEqual(shiftAnchorForEdits(anchor, [{ start: 12, end: 14, newLength: 5 }]), { start: 10, end: 23, state: 'fuzzy' });
    assert.deepEqual(shiftAnchorForEdits(anchor, [{ start: 10, end: 15, newLength: 0 }]), { start: 10, end: 15, state: 'fuzzy' });
  });

  it('clips the span when an edit replaces one of its ends', () => {
    assert.deepEqual(shiftAnchorForEdits(anchor, [{ start: 5, end: 12, newLength: 1 }]), { start: 6, end: 14, state: 'fuzzy' });
    assert.deepEqual(shiftAnchorForEdits(anchor, [{ start: 18, end: 25, newLength: 4 }]), { start: 10, end: 18, state: 'fuzzy' });
  });

  it('orphans the span when an edit deletes or replaces all of it', () => {
    assert.deepEqual(shiftAnchorForEdits(anchor, [{ start: 10, end: 20, newLength: 0 }]), { state: 'orphan' });
    assert.deepEqual(shiftAnchorForEdits(anchor, [{ start: 8, end: 22, newLength: 30 }]), { state: 'orphan' });
  });

  it('applies several edits of one change whatever their order, and skips empty ones', () => {
    const edits = [{ start: 2, end: 2, newLength: 4 }, { start: 30, end: 31, newLength: 0 }, { start: 15, end: 15, newLength: 2 }, { start: 5, end: 5, newLength: 0 }];
    const expected = { start: 14, end: 26, state: 'fuzzy' };
    assert.deepEqual(shiftAnchorForEdits(anchor, edits), expected);
    assert.deepEqual(shiftAnchorForEdits(anchor, [...edits].reverse()), expected);
  });

  it('reports a same-length replacement before the span as exact', () => {
    assert.deepEqual(shiftAnchorForEdits(anchor, [{ start: 1, end: 3, newLength: 2 }]), { ...anchor, state: 'exact' });
  });

  it('matches what re-anchoring finds after the same edit', () => {
    const claim = anchoredOn(REPORT, 'at least 40 Taliban were killed');
    const insertAt = REPORT.indexOf('Officials');
    const edited = `${REPORT.slice(0, insertAt)}Local ${REPORT.slice(insertAt)}`;
    const shifted = shiftAnchorForEdits(claim.anchor, [{ start: insertAt, end: insertAt, newLength: 6 }]);
    assert.deepEqual(shifted, reanchor(claim, edited));
  });
});

describe('mapRangeBetweenTexts', () => {
  const disk = REPORT;
  const span = spanOf(disk, 'only 12 of its fighters died');

  it('keeps offsets for identical texts and for edits after the range', () => {
    assert.deepEqual(mapRangeBetweenTexts(disk, disk, span.start, span.end), { ...span, state: 'exact' });
    const buffer = `${disk} More to follow.`;
    assert.deepEqual(mapRangeBetweenTexts(buffer, disk, span.start, span.end), { ...span, state: 'exact' });
  });

  it('shifts offsets for edits before the range, both ways', () => {
    const buffer = disk.replace('on Sunday', 'late on Sunday');
    const inBuffer = mapRangeBetweenTexts(disk, buffer, span.start, span.end);
    assert.deepEqual(inBuffer, { start: span.start + 5, end: span.end + 5, state: 'moved' });
    assert.equal(inBuffer.state === 'moved' && buffer.slice(inBuffer.start, inBuffer.end), 'only 12 of its fighters died');
    assert.deepEqual(mapRangeBetweenTexts(buffer, disk, span.start + 5, span.end + 5), { ...span, state: 'moved' });
  });

  it('resizes the range for an edit inside it', () => {
    const buffer = disk.replace('12 of its', 'twelve of its');
    assert.deepEqual(mapRangeBetweenTexts(disk, buffer, span.start, span.end), { start: span.start, end: span.end + 4, state: 'fuzzy' });
  });

  it('falls back to the quote when edits surround the range', () => {
    const buffer = disk.replace('Officials', 'Police officials').replace('overnight', 'all night');
    const result = mapRangeBetweenTexts(disk, buffer, span.start, span.end);
    assert.equal(result.state, 'moved');
    assert.equal(result.state === 'moved' && buffer.slice(result.start, result.end), 'only 12 of its fighters died');
  });

  it('orphans a range made on text that does not exist on the other side', () => {
    const buffer = `${disk.slice(0, span.start)}no figure for its own losses${disk.slice(span.end)}`;
    const inBuffer = spanOf(buffer, 'no figure for its own losses');
    assert.deepEqual(mapRangeBetweenTexts(buffer, disk, inBuffer.start, inBuffer.end), { state: 'orphan' });
    const unrelated = 'Nothing here resembles the claim at all.';
    assert.deepEqual(mapRangeBetweenTexts(buffer, unrelated, inBuffer.start, inBuffer.end), { state: 'orphan' });
  });
});
