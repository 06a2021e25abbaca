import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mergeSidecarTexts } from '../../../src/cli/commands/mergeDriver';
import { parseSidecar, serializeSidecar, type Sidecar } from '../../../src/core/claims/sidecar';
import { FIXTURES } from './exchangeSupport';

const baseText = fs.readFileSync(path.join(FIXTURES, 'frontline.txt.claims.json'), 'utf8');
const base = (parseSidecar(baseText) as { ok: true; sidecar: Sidecar }).sidecar;
const changed = (change: (sidecar: Sidecar) => void): string => {
  const copy = structuredClone(base);
  change(copy);
  return serializeSidecar(copy);
};
const merged = (text: string | undefined): Sidecar => {
  const parsed = parseSidecar(text ?? '');
  assert.ok(parsed.ok);
  return parsed.sidecar;
};

describe('mergeSidecarTexts', () => {
  it('takes each side\'s document metadata and claims, and keeps claims both added', () => {
    const ours = changed((sidecar) => {
      sidecar.document.title = 'Our title';
      sidecar.claims = sidecar.claims.filter((claim) => claim.id !== 'c4-minus');
    });
    const theirs = changed((sidecar) => {
      sidecar.document.byline = 'A. Reporter';
      sidecar.claims[1] = { ...sidecar.claims[1], status: 'refuted', modified: '2026-03-05T00:00:00.000Z' };
    });
    const result = mergeSidecarTexts(baseText, ours, theirs);
    assert.deepEqual(result.conflicts, []);
    const sidecar = merged(result.text);
    assert.deepEqual([sidecar.document.title, sidecar.document.byline], ['Our title', 'A. Reporter']);
    assert.deepEqual(sidecar.claims.map((claim) => claim.id), ['c1-andarab-killed', 'c2-formula', 'c3-posts', 'c5-displaced']);
    assert.equal(sidecar.claims[1].status, 'refuted');
  });

  it('treats an empty base as none: both branches added the file', () => {
    const ours = changed((sidecar) => void (sidecar.claims = sidecar.claims.slice(0, 2)));
    const theirs = changed((sidecar) => void (sidecar.claims = sidecar.claims.slice(2)));
    const result = mergeSidecarTexts('', ours, theirs);
    assert.equal(merged(result.text).claims.length, 5);
  });

  it('keeps a claim placed beyond the end of the merged article, marked for review, so the file stays valid', () => {
    // Ours cut the article's end and the claim on it; theirs changed that claim meanwhile.
    const ours = changed((sidecar) => {
      sidecar.document.length = 300;
      sidecar.claims = sidecar.claims.filter((claim) => claim.id !== 'c5-displaced');
    });
    const theirs = changed((sidecar) => void (sidecar.claims[4] = { ...sidecar.claims[4], status: 'corroborated', modified: '2026-03-05T00:00:00.000Z' }));
    const result = mergeSidecarTexts(baseText, ours, theirs);
    assert.deepEqual(result.conflicts.map((conflict) => conflict.field), ['deleted']);
    const last = merged(result.text).claims.find((claim) => claim.id === 'c5-displaced')!;
    assert.deepEqual(last.anchor.end, 300);
    assert.equal(last.attention?.state, 'needs-review');
    assert.equal(last.quote.exact, base.claims[4].quote.exact);
  });

  it('leaves ours alone when a side is not a valid sidecar', () => {
    const result = mergeSidecarTexts(baseText, baseText, '{"version": 2, "claims": [');
    assert.equal(result.text, undefined);
    assert.match(result.error ?? '', /^theirs is not a valid sidecar/);
  });
});
