import * as assert from 'node:assert/strict';
import { anchorThroughChange, mapRangeBetweenTexts, shiftAnchorForEdits } from '../../../src/core/claims/anchorMapping';
import { reanchor, type Anchored } from '../../../src/core/claims/anchoring';
import { diffTexts } from '../../../src/core/text/textDiff';
import { anchoredOn, found, REPORT } from './anchoringFixtures';
import { spanOf } from './fixtures';

function through(claim: Anchored, oldText: string, newText: string) {
  const change = diffTexts(oldText, newText);
  assert.ok(change, 'the texts should be diffable');
  return anchorThroughChange(claim, change, oldText, newText);
}

describe('anchorThroughChange (the old text known)', () => {
  const paragraph = 'The army said 40 militants were killed near the dam. Residents said 40 militants were killed, and 3 civilians.';
  const text = `Kabul, 3 May.\n\n${paragraph}\n\nThe road was closed.\n\nA later statement repeated it.`;

  it('moves a claim exactly past a paragraph pasted above it with the same figure', () => {
    const second = anchoredOn(text, '40 militants were killed', 1);
    const edited = `${paragraph}\n\n${text}`;
    const result = through(second, text, edited);
    assert.deepEqual(result, { start: second.anchor.start + paragraph.length + 2, end: second.anchor.end + paragraph.length + 2, state: 'moved' });
  });

  it('moves a claim at the top exactly when a paragraph starting with the same word is inserted above it', () => {
    const claim = anchoredOn(text, 'Kabul, 3 May.');
    const edited = `Kabul, 4 May. Talks resumed.\n\n${text}`;
    assert.deepEqual(through(claim, text, edited), { ...spanOf(edited, 'Kabul, 3 May.'), state: 'moved' });
  });

  it('only proposes a short claim whose sentence was rewritten around it', () => {
    const claim = anchoredOn(text, '3 civilians');
    const edited = text.replace('Residents said 40 militants were killed, and 3 civilians.', 'Later, officials counted 3 civilians among the dead and wounded in town.');
    const result = through(claim, text, edited);
    assert.equal(result.state, 'needs-review');
    assert.equal(found(edited, result), '3 civilians');
  });

  it('keeps a short claim in place when a typo inside it is fixed, though its words occur elsewhere', () => {
    const typoed = text.replace('The army said 40 militants', 'The army said 40 militnts');
    const claim = anchoredOn(typoed, '40 militnts');
    const result = through(claim, typoed, text);
    assert.deepEqual(result, { start: claim.anchor.start, end: claim.anchor.end + 1, state: 'changed' });
  });

  it('orphans a claim whose sentence was deleted, though the same words remain in another sentence', () => {
    const first = anchoredOn(text, '40 militants were killed', 0);
    const edited = text.replace('The army said 40 militants were killed near the dam. ', '');
    assert.deepEqual(through(first, text, edited), { state: 'orphan', reason: "the claim's text was deleted" });
  });

  it('follows a sentence cut and pasted into another paragraph', () => {
    const sentence = 'The army said 40 militants were killed near the dam.';
    const claim = anchoredOn(text, sentence);
    const edited = text.replace(`${sentence} `, '').replace('The road was closed.', `The road was closed. ${sentence}`);
    const result = through(claim, text, edited);
    assert.deepEqual(result, { ...spanOf(edited, sentence), state: 'moved' });
  });

  it('only proposes a short quote cut and pasted into other surroundings', () => {
    const claim = anchoredOn(text, 'The road was closed.');
    const edited = text.replace('\n\nThe road was closed.', '').replace('Kabul, 3 May.', 'Kabul, 3 May. The road was closed.');
    const result = through(claim, text, edited);
    assert.equal(result.state, 'needs-review');
    assert.equal(found(edited, result), 'The road was closed.');
  });

  it('keeps a claim whose first word was replaced, as changed', () => {
    const claim = anchoredOn(text, 'militants were killed near the dam');
    const edited = text.replace('40 militants were killed near', '40 fighters were killed near');
    const result = through(claim, text, edited);
    assert.equal(result.state, 'changed');
    assert.equal(found(edited, result), 'fighters were killed near the dam');
  });

  it('asks for review when an edit replaces one end of the claim', () => {
    const claim = anchoredOn(text, 'ilitants were killed near the dam');
    const edited = text.replace('40 militants were killed near', '40 fighters were killed near');
    const result = through(claim, text, edited);
    assert.equal(result.state, 'needs-review');
  });

  it('orphans a claim whose text was rewritten almost entirely', () => {
    const claim = anchoredOn(text, 'The road was closed.');
    const edited = text.replace('The road was closed.', 'Traffic resumed by noon on Friday.');
    assert.equal(through(claim, text, edited).state, 'orphan');
  });

  it('maps through a conversion to CRLF without calling it a change, except across lines', () => {
    const claim = anchoredOn(text, 'The road was closed.');
    const crlf = text.replace(/\n/g, '\r\n');
    assert.deepEqual(through(claim, text, crlf), { ...spanOf(crlf, 'The road was closed.'), state: 'moved' });
    const across = anchoredOn(text, 'closed.\n\nA later');
    const result = through(across, text, crlf);
    assert.equal(result.state, 'changed');
    assert.equal(found(crlf, result), 'closed.\r\n\r\nA later');
  });

  it('finds by quote a claim whose anchor does not hold its quote in the old text', () => {
    const claim = { ...anchoredOn(text, 'The road was closed.'), anchor: { start: 0, end: 5 } };
    const edited = `Update.\n${text}`;
    assert.deepEqual(through(claim, text, edited), reanchor(claim, edited));
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
    assert.deepEqual(shiftAnchorForEdits(anchor, [{ start: 12, end: 14, newLength: 5 }]), { start: 10, end: 23, state: 'changed' });
    assert.deepEqual(shiftAnchorForEdits(anchor, [{ start: 10, end: 15, newLength: 0 }]), { start: 10, end: 15, state: 'changed' });
  });

  it('clips the span and asks for review when an edit replaces one of its ends', () => {
    const reason = 'an edit replaced one end of the claim';
    assert.deepEqual(shiftAnchorForEdits(anchor, [{ start: 5, end: 12, newLength: 1 }]), { start: 6, end: 14, state: 'needs-review', reason });
    assert.deepEqual(shiftAnchorForEdits(anchor, [{ start: 18, end: 25, newLength: 4 }]), { start: 10, end: 18, state: 'needs-review', reason });
  });

  it('orphans the span when an edit deletes or replaces all of it', () => {
    assert.equal(shiftAnchorForEdits(anchor, [{ start: 10, end: 20, newLength: 0 }]).state, 'orphan');
    assert.equal(shiftAnchorForEdits(anchor, [{ start: 8, end: 22, newLength: 30 }]).state, 'orphan');
  });

  it('applies several edits of one change whatever their order, and skips empty ones', () => {
    const edits = [{ start: 2, end: 2, newLength: 4 }, { start: 30, end: 31, newLength: 0 }, { start: 15, end: 15, newLength: 2 }, { start: 5, end: 5, newLength: 0 }];
    const expected = { start: 14, end: 26, state: 'changed' };
    assert.deepEqual(shiftAnchorForEdits(anchor, edits), expected);
    assert.deepEqual(shiftAnchorForEdits(anchor, [...edits].reverse()), expected);
  });

  it('reports a same-length replacement before the span as exact', () => {
    assert.deepEqual(shiftAnchorForEdits(anchor, [{ start: 1, end: 3, newLength: 2 }]), { ...anchor, state: 'exact' });
  });
});

describe('mapRangeBetweenTexts', () => {
  const disk = REPORT;
  const span = spanOf(disk, 'only 12 of its fighters died');

  it('keeps offsets for identical texts and for edits after the range', () => {
    assert.deepEqual(mapRangeBetweenTexts(disk, disk, span.start, span.end), { ...span, state: 'exact' });
    assert.deepEqual(mapRangeBetweenTexts(`${disk} More to follow.`, disk, span.start, span.end), { ...span, state: 'exact' });
  });

  it('shifts offsets for edits before the range, both ways', () => {
    const buffer = disk.replace('on Sunday', 'late on Sunday');
    assert.deepEqual(mapRangeBetweenTexts(disk, buffer, span.start, span.end), { start: span.start + 5, end: span.end + 5, state: 'moved' });
    assert.deepEqual(mapRangeBetweenTexts(buffer, disk, span.start + 5, span.end + 5), { ...span, state: 'moved' });
  });

  it('resizes the range for an edit inside it', () => {
    const buffer = disk.replace('12 of its', 'twelve of its');
    assert.deepEqual(mapRangeBetweenTexts(disk, buffer, span.start, span.end), { start: span.start, end: span.end + 4, state: 'changed' });
  });

  it('maps exactly when edits surround the range', () => {
    const buffer = disk.replace('Officials', 'Police officials').replace('overnight', 'all night');
    const result = mapRangeBetweenTexts(disk, buffer, span.start, span.end);
    assert.deepEqual(result, { ...spanOf(buffer, 'only 12 of its fighters died'), state: 'moved' });
  });

  it('orphans a range made on text that does not exist on the other side', () => {
    const buffer = `${disk.slice(0, span.start)}no figure for its own losses${disk.slice(span.end)}`;
    const inBuffer = spanOf(buffer, 'no figure for its own losses');
    assert.equal(mapRangeBetweenTexts(buffer, disk, inBuffer.start, inBuffer.end).state, 'orphan');
    const unrelated = 'Nothing here resembles the claim at all.';
    assert.equal(mapRangeBetweenTexts(buffer, unrelated, inBuffer.start, inBuffer.end).state, 'orphan');
  });
});
