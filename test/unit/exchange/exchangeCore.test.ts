import * as assert from 'node:assert/strict';
import { createClaim, type ClaimNumber } from '../../../src/core/claims/model';
import { exportBrat, importBrat } from '../../../src/core/exchange/brat';
import { codePointIndex } from '../../../src/core/exchange/codePoints';
import { csvCell } from '../../../src/core/exchange/csv';
import { describeFigure } from '../../../src/core/exchange/figures';
import { mergeImported } from '../../../src/core/exchange/mergeImported';
import { bratFileNames, commonFolder, relativePath } from '../../../src/core/exchange/paths';

const claimOn = (text: string, exact: string, id: string) => {
  const start = text.indexOf(exact);
  return createClaim({ text, start, end: start + exact.length, claimant: { name: 'a source' }, category: 'other', entities: [], author: 'test', id, now: new Date('2026-01-01T00:00:00Z') });
};

describe('exchange core', () => {
  describe('codePointIndex', () => {
    it('converts offsets both ways around astral characters, and is the identity without them', () => {
      const text = 'a😀b🔥🔥c';
      const index = codePointIndex(text);
      assert.equal(index.length, Array.from(text).length);
      for (let codePoint = 0; codePoint <= index.length; codePoint++) {
        const utf16 = index.toUtf16(codePoint);
        assert.equal(Array.from(text).slice(0, codePoint).join('').length, utf16);
        assert.equal(index.toCodePoint(utf16), codePoint);
      }
      const plain = codePointIndex('plain text');
      assert.deepEqual([plain.toCodePoint(5), plain.toUtf16(5), plain.length], [5, 5, 10]);
    });
  });

  describe('csvCell', () => {
    it('neutralises formula starts and quotes what RFC 4180 needs quoted', () => {
      assert.deepEqual(['=1+1', '+1', '-1', '@a', '\tx', '\rx'].map(csvCell), ["'=1+1", "'+1", "'-1", "'@a", "'\tx", '"\'\rx"']);
      assert.equal(csvCell('a, "b"\nc'), '"a, ""b""\nc"');
      assert.equal(csvCell('plain'), 'plain');
      assert.equal(csvCell('1-2'), '1-2');
    });
  });

  describe('describeFigure', () => {
    const figure = (value: ClaimNumber['value'], extra: Partial<ClaimNumber> = {}): string => describeFigure({ text: String(value.value), start: 0, end: 1, value, ...extra });
    it('reads as value, bounds, measure and whose', () => {
      assert.equal(figure({ value: 40, min: 40, qualifier: 'at least' }, { measure: 'killed', whose: { group: 'Taliban fighters', side: 'Taliban' } }), '40 (at least, ≥40) killed · Taliban fighters [Taliban]');
      assert.equal(figure({ value: 12, percent: true }), '12%');
      assert.equal(figure({ value: 2.5, currency: 'USD' }, { measure: 'money' }), 'USD 2.5 money');
      assert.equal(figure({ value: 35, min: 30, max: 40 }, { measure: 'wounded' }), '35 (30–40) wounded');
      assert.equal(describeFigure({ text: 'hundreds', start: 0, end: 8, value: { value: 300, min: 200, max: 900, vague: true }, measure: 'displaced' }), 'hundreds (vague, 200–900) displaced');
    });
  });

  describe('paths', () => {
    it('computes relative paths, common folders and brat names with forward slashes', () => {
      assert.equal(relativePath('/w/out', '/w/corpus/a.txt'), '../corpus/a.txt');
      assert.equal(relativePath('/w', '/w/a.txt'), 'a.txt');
      assert.equal(commonFolder(['/w/corpus/a/x.txt', '/w/corpus/b/y.md']), '/w/corpus');
      assert.deepEqual([...bratFileNames(['a.txt', 'a.md', 'b.md', 'sub/c.markdown'])], [['a.txt', 'a'], ['a.md', 'a.md'], ['b.md', 'b'], ['sub/c.markdown', 'sub/c']]);
    });
  });

  describe('brat', () => {
    it('splits a span over CRLF line breaks into fragments and reads them back', () => {
      const text = '😀 first line of it\r\nsecond line. Rest.';
      const claim = claimOn(text, 'line of it\r\nsecond line', 'x');
      const ann = exportBrat(text, [claim], 'a.txt');
      assert.match(ann, /^T1\tClaim 8 18;20 31\tline of it second line$/m);
      const { claims, problems } = importBrat(text, ann, 'a.txt', { author: 'i', now: new Date() });
      assert.deepEqual(problems, []);
      assert.deepEqual(claims[0].anchor, claim.anchor);
    });

    it('reads offsets other tools counted in UTF-16 units or with CRLF as one character, by the text they quote', () => {
      const text = 'Title 😀\r\n\r\n🔥 Officials said 12 posts fell.\r\nMore.';
      const utf16 = text.indexOf('Officials');
      const collapsedCodePoints = Array.from(text.replaceAll('\r\n', '\n').slice(0, text.replaceAll('\r\n', '\n').indexOf('Officials'))).length;
      const ann = [
        `T1\tClaim ${utf16} ${utf16 + 9}\tOfficials`,
        `T2\tClaim ${collapsedCodePoints} ${collapsedCodePoints + 9}\tOfficials`,
        '',
      ].join('\n');
      const { claims, problems } = importBrat(text, ann, 'a.txt', { author: 'i', now: new Date(), newId: (() => { let n = 0; return () => `id${++n}`; })() });
      assert.deepEqual(problems, []);
      assert.deepEqual(claims.map((claim) => text.slice(claim.anchor.start, claim.anchor.end)), ['Officials', 'Officials']);
    });

    it('writes one relation per link pair, revises from the later claim, and links on both claims when read back', () => {
      const text = 'Officials said 12 died. Later officials said 15 died.';
      const early = { ...claimOn(text, 'Officials said 12 died', 'early'), links: [{ type: 'revised-by' as const, article: 'a.txt', claim: 'late' }] };
      const late = { ...claimOn(text, 'officials said 15 died', 'late'), links: [{ type: 'revises' as const, article: 'a.txt', claim: 'early' }] };
      const ann = exportBrat(text, [early, late], 'a.txt');
      assert.deepEqual(ann.split('\n').filter((line) => line.startsWith('R')), ['R1\trevises Arg1:T2 Arg2:T1']);
      const { claims } = importBrat(text, ann, 'a.txt', { author: 'i', now: new Date() });
      assert.deepEqual(claims.map((claim) => claim.links), [early.links, late.links]);
    });
  });

  describe('mergeImported', () => {
    it('updates a claim with the same id, or else the same span, keeping its id, and adds the others', () => {
      const text = 'One claim here. Another claim there. A third one.';
      const first = claimOn(text, 'One claim here', 'first');
      const second = claimOn(text, 'Another claim there', 'second');
      const byId = { ...first, status: 'refuted' as const };
      const bySpan = { ...claimOn(text, 'Another claim there', 'other-id'), note: 'from brat' };
      const added = claimOn(text, 'A third one', 'third');
      const { claims, added: addedCount, updated } = mergeImported([first, second], [byId, bySpan, added]);
      assert.deepEqual(claims.map((claim) => [claim.id, claim.status, claim.note]), [['first', 'refuted', ''], ['second', 'unverified', 'from brat'], ['third', 'unverified', '']]);
      assert.deepEqual([addedCount, updated], [1, 2]);
    });
  });
});
