import type { ImportMessage } from '../../../src/core/exchange/importMessages';

/** One import problem of every kind, for checking that a table covers them all. */
export const EVERY_IMPORT_MESSAGE: ImportMessage[] = [
  { code: 'not-ascending', id: 'T1', offsets: '9 3' },
  { code: 'not-imported-kind', id: 'E1' },
  { code: 'not-brat-line', text: 'garbage' },
  { code: 'offsets-outside', id: 'T2', offsets: '10 99' },
  { code: 'text-mismatch', id: 'T3', found: 'a', expected: 'b' },
  { code: 'unknown-type', id: 'T4', type: 'Event' },
  { code: 'bad-status', value: 'maybe', statuses: 'unverified, corroborated' },
  { code: 'bad-link', value: 'x' },
  { code: 'figure-note-not-json' },
  { code: 'bad-relation', type: 'likes', from: 'T1', to: 'T9' },
  { code: 'not-annotation-object' },
  { code: 'not-annotation-type', type: '"Note"' },
  { code: 'no-target-source' },
  { code: 'not-json', detail: 'Unexpected end of JSON input' },
  { code: 'not-json-annotation' },
  { code: 'no-selector' },
  { code: 'quote-not-found', quote: 'nowhere' },
  { code: 'not-built', id: 'T5', error: { code: 'span-outside', start: 4, end: 90, length: 47 } },
  { code: 'not-built', error: { code: 'invalid-claim', at: { path: 'created', issue: { code: 'rule', rule: 'date-time' } } } },
];
