import * as assert from 'node:assert/strict';
import { parseDate, suggestMetadata } from '../../../src/core/claims/metadata';

describe('suggestMetadata', () => {
  it('reads title, EFE-style dateline, and a year given by the caller', () => {
    const text = 'Clashes resume in Khost\n\nKhost, Sep 3 (EFE).- Fighting resumed on Tuesday.\n';
    assert.deepEqual(suggestMetadata(text, { year: 2024 }).metadata, { title: 'Clashes resume in Khost', outlet: 'EFE', published: '2024-09-03' });
    assert.equal(suggestMetadata(text).metadata.published, undefined, 'no year, no date');
  });

  it('reads a Reuters dateline, a byline, a URL line and a date line', () => {
    const text = [
      '# Ceasefire talks stall', '', 'By Jane Doe and Omar Faruq', '', 'DOHA (Reuters) — Talks stalled on Monday.', '',
      'Published: 2025-02-17', 'https://news.example.org/ceasefire-talks-stall',
    ].join('\n');
    const { metadata, reasons } = suggestMetadata(text);
    assert.deepEqual(metadata, {
      title: 'Ceasefire talks stall', byline: 'Jane Doe and Omar Faruq', outlet: 'Reuters', published: '2025-02-17',
      url: 'https://news.example.org/ceasefire-talks-stall',
    });
    assert.equal(reasons.outlet, 'dateline');
  });

  it('falls back on a trailing agency line and "Reporting by"', () => {
    const text = 'Shelling hits market\n\nShelling hit the market on Friday.\n\nReporting by Ana Ruiz; Editing by Tom Lee\nAFP\n';
    assert.deepEqual(suggestMetadata(text).metadata, { title: 'Shelling hits market', byline: 'Ana Ruiz', outlet: 'AFP' });
  });

  it('parses the usual ways to write a date', () => {
    assert.equal(parseDate('September 3, 2024'), '2024-09-03');
    assert.equal(parseDate('3 Sept 2024'), '2024-09-03');
    assert.equal(parseDate('2024-09-03T10:00:00Z'), '2024-09-03');
    assert.equal(parseDate('Jan 24', 2025), '2025-01-24');
    assert.equal(parseDate('sometime'), undefined);
  });
});
