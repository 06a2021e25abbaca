import * as assert from 'node:assert/strict';
import { diffTexts } from '../../../src/core/text/textDiff';

describe('diffTexts', () => {
  const text = 'Kabul, 3 May.\n\nThe army said 40 militants were killed near the dam.\n\nThe road was closed.';

  it('maps ranges before, after and around an edit, and lists what it inserted', () => {
    const edited = text.replace('40 militants', '45 armed militants');
    const change = diffTexts(text, edited);
    assert.ok(change);
    const before = change.map({ start: 0, end: 5 });
    assert.deepEqual([before.start, before.end, before.touched], [0, 5, false]);
    const closed = text.indexOf('The road');
    const after = change.map({ start: closed, end: closed + 8 });
    assert.deepEqual([after.start, after.end, after.touched], [closed + 6, closed + 14, false]);
    const around = change.map({ start: text.indexOf('The army'), end: text.indexOf(' near') });
    assert.equal(edited.slice(around.start, around.end), 'The army said 45 armed militants were killed');
    assert.equal(around.touched, true);
    assert.deepEqual(change.inserted.map(({ start, end }) => edited.slice(start, end)), ['45 armed']);
  });

  it('reads CRLF as LF, in either direction', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    for (const [from, to] of [[text, crlf], [crlf, text]]) {
      const change = diffTexts(from, to);
      assert.ok(change);
      const start = from.indexOf('The road');
      const mapped = change.map({ start, end: start + 8 });
      assert.deepEqual([to.slice(mapped.start, mapped.end), mapped.touched], ['The road', false]);
      assert.deepEqual(change.inserted, []);
    }
  });

  it('gives up on texts too different to map', function () {
    this.timeout(20_000);
    const lines = (seed: number) => Array.from({ length: 5000 }, (_, index) => `Line ${index * seed} of report ${seed}.`).join('\n');
    assert.equal(diffTexts(lines(3), lines(7)), undefined);
  });

  it('maps a 1 MB text with a paragraph inserted at the top by trimming what the texts share', () => {
    const big = 'Convoys moved along the ring road without incident.\n'.repeat(20_000);
    const change = diffTexts(big, `New lead paragraph.\n\n${big}`);
    assert.ok(change);
    assert.deepEqual(change.inserted, [{ start: 0, end: 21 }]);
    assert.equal(change.map({ start: 100, end: 110 }).start, 121);
  });
});
