import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { CSV_COLUMNS } from '../../../src/core/exchange/csv';
import { cli, essentials, FIXTURES, fixtureCopy, parseCsv, sidecarClaims } from './exchangeSupport';

const FRONTLINE_SIDECAR = 'frontline.txt.claims.json';
const SECOND_SIDECAR = path.join('sub', 'second.md.claims.json');
const originalFrontline = sidecarClaims(path.join(FIXTURES, FRONTLINE_SIDECAR));
const originalSecond = sidecarClaims(path.join(FIXTURES, SECOND_SIDECAR));
const codePoints = (text: string, start: number, end: number): string => Array.from(text).slice(start, end).join('');

describe('claimlens export and import', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = fixtureCopy()));
  afterEach(() => cleanup());

  describe('csv', () => {
    it('writes one RFC 4180 row per claim with CRLF row ends, neutralised formulas and multi-line notes', async () => {
      const { status, out, err } = await cli(dir, ['export', '--format', 'csv', '.']);
      assert.equal(err, '');
      assert.equal(status, 0);
      assert.ok(out.endsWith('\r\n'));
      const [header, ...rows] = parseCsv(out);
      assert.deepEqual(header, [...CSV_COLUMNS]);
      assert.equal(rows.length, 6);
      const byId = new Map(rows.map((row) => [row[header.indexOf('id')], Object.fromEntries(header.map((column, index) => [column, row[index]]))]));
      const c1 = byId.get('c1-andarab-killed')!;
      assert.deepEqual(
        [c1.article, c1.title, c1.outlet, c1.date, c1.claimant, c1.side, c1.category, c1.status, c1.places, c1.actors],
        ['frontline.txt', 'Morning situation report', 'Valley Monitor', '2026-03-03', 'Ali Nazary (NRF)', 'NRF', 'casualties', 'disputed', 'Andarab', 'Taliban'],
      );
      assert.equal(c1.figures, '40 (at least, ≥40) killed · Taliban fighters [Taliban]');
      assert.equal(c1.note, originalFrontline[0].note, 'quotes, commas and line breaks survive');
      assert.equal(c1.links, 'contradicts frontline.txt#c3-posts; corroborates sub/second.md#s1-dozens');
      assert.equal(byId.get('c2-formula')!.text, "'=SUM(A1) appeared in a leaked spreadsheet");
      assert.equal(byId.get('c2-formula')!.note, "'+1, maybe");
      assert.equal(byId.get('c3-posts')!.text, "'+12 posts were taken overnight");
      assert.equal(byId.get('c4-minus')!.text, "'-5 degrees froze the supply lines");
      assert.equal(byId.get('c4-minus')!.note, "'@handle said so");
      assert.equal(byId.get('c5-displaced')!.text, "'@ministry posted that 300 families were displaced from Khenjan\r\nand that aid had not arrived");
      assert.equal(byId.get('s1-dozens')!.article, 'sub/second.md');
    });

    it('writes claims.csv into --out, with article paths relative to it', async () => {
      assert.equal((await cli(dir, ['export', '--format', 'csv', '--out', 'exported', 'frontline.txt'])).status, 0);
      const rows = parseCsv(fs.readFileSync(path.join(dir, 'exported', 'claims.csv'), 'utf8'));
      assert.equal(rows.length, 6);
      assert.equal(rows[1][0], '../frontline.txt');
    });
  });

  describe('jsonl', () => {
    it('writes one claim per line with every field, the article path and its metadata', async () => {
      const { status, out } = await cli(dir, ['export', '--format', 'jsonl', '.']);
      assert.equal(status, 0);
      const lines = out.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
      assert.equal(lines.length, 6);
      const { article, document, ...claim } = lines[0];
      assert.equal(article, 'frontline.txt');
      assert.deepEqual(document, { fileName: 'frontline.txt', title: 'Morning situation report', outlet: 'Valley Monitor', published: '2026-03-03' });
      assert.deepEqual(claim, JSON.parse(JSON.stringify(originalFrontline[0])));
    });
  });

  describe('brat', () => {
    it('writes the article byte for byte and code point offsets that hold with CRLF and emoji, split at line breaks', async () => {
      const { status, err } = await cli(dir, ['export', '--format', 'brat', '--out', 'brat', '.']);
      assert.equal(err, '');
      assert.equal(status, 0);
      assert.deepEqual(fs.readFileSync(path.join(dir, 'brat', 'frontline.txt')), fs.readFileSync(path.join(FIXTURES, 'frontline.txt')));
      assert.ok(fs.existsSync(path.join(dir, 'brat', 'sub', 'second.txt')), 'a Markdown article is exported as NAME.txt');
      const text = fs.readFileSync(path.join(dir, 'brat', 'frontline.txt'), 'utf8');
      const ann = fs.readFileSync(path.join(dir, 'brat', 'frontline.ann'), 'utf8');
      const textBound = ann.split('\n').filter((line) => line.startsWith('T')).map((line) => line.split('\t'));
      assert.equal(textBound.filter(([, type]) => type.startsWith('Claim ')).length, 5);
      for (const [id, typeAndOffsets, spanText] of textBound) {
        const fragments = typeAndOffsets.split(' ').slice(1).join(' ').split(';').map((pair) => pair.split(' ').map(Number));
        assert.equal(fragments.map(([start, end]) => codePoints(text, start, end)).join(' '), spanText, id);
      }
      assert.match(ann, /^T\d+\tClaim 322 384;386 414\t@ministry posted that 300 families were displaced from Khenjan and that aid had not arrived$/m);
      assert.match(ann, /^A\d+\tStatus T1 disputed$/m);
      assert.match(ann, /^A\d+\tCategory T\d+ territorial_control$/m);
      assert.match(ann, /^#\d+\tAnnotatorNotes T1\tClaimant: Ali Nazary \| affiliation: NRF \| side: NRF$/m);
      assert.match(ann, /^#\d+\tAnnotatorNotes T1\tNote: He said "forty", not 40,\\nand the ministry/m);
      assert.match(ann, /^R1\tcontradicts Arg1:T1 Arg2:T\d+$/m);
      assert.equal(ann.match(/^R/gm)!.length, 1, 'a link stored on both claims is one relation');
      assert.match(ann, /^#\d+\tAnnotatorNotes T1\tLink: corroborates sub\/second\.md#s1-dozens$/m);
    });

    it('imports what it exported: span, claimant, status, note and links of every claim', async () => {
      await cli(dir, ['export', '--format', 'brat', '--out', 'brat', '.']);
      const { status, out, err } = await cli(dir, ['import', '--format', 'brat', 'brat']);
      assert.equal(err, '');
      assert.equal(status, 0);
      assert.match(out, /6 claims imported: 2 sidecars created/);
      const imported = sidecarClaims(path.join(dir, 'brat', 'frontline.txt.claims.json'));
      assert.deepEqual(essentials(imported), essentials(originalFrontline));
      assert.deepEqual(imported.map((claim) => claim.numbers), originalFrontline.map((claim) => claim.numbers));
      assert.deepEqual(essentials(sidecarClaims(path.join(dir, 'brat', 'sub', 'second.txt.claims.json'))), essentials(originalSecond));
    });

    it('reports malformed lines with their line numbers and imports the rest', async () => {
      const text = 'Officials said 12 posts fell.\n';
      fs.writeFileSync(path.join(dir, 'hand.txt'), text);
      fs.writeFileSync(path.join(dir, 'hand.ann'), [
        'T1\tClaim 0 28\tOfficials said 12 posts fell',
        'T2\tClaim 15 two\tbroken',
        'A1\tStatus T1 corroborated',
        'garbage line',
        'T3\tClaim 15 28\tsomething else',
        'T4\tClaim 10 99\tout of range',
        'A2\tStatus T1 maybe',
        '',
      ].join('\n'));
      const { status, err } = await cli(dir, ['import', '--format', 'brat', 'hand.ann']);
      assert.equal(status, 1);
      assert.match(err, /^hand\.ann:2: /m);
      assert.match(err, /^hand\.ann:4: not a brat annotation line: garbage line$/m);
      assert.match(err, /^hand\.ann:5: T3: the text at its offsets is "12 posts fell"/m);
      assert.match(err, /^hand\.ann:6: T4: offsets 10 99 are not inside/m);
      assert.match(err, /^hand\.ann:7: status "maybe"/m);
      const [claim] = sidecarClaims(path.join(dir, 'hand.txt.claims.json'));
      assert.equal(claim.quote.exact, 'Officials said 12 posts fell');
      assert.equal(claim.status, 'corroborated');
      assert.equal(claim.claimant.name, 'unknown');
      assert.equal(claim.author, 'importer');
    });

    it('never overwrites an existing sidecar; --merge merges by claim id and span', async () => {
      await cli(dir, ['export', '--format', 'brat', '--out', 'brat', '.']);
      const sidecar = path.join(dir, 'brat', 'frontline.txt.claims.json');
      fs.copyFileSync(path.join(dir, FRONTLINE_SIDECAR), sidecar);
      const before = fs.readFileSync(sidecar, 'utf8');
      const ann = path.join(dir, 'brat', 'frontline.ann');
      fs.writeFileSync(ann, fs.readFileSync(ann, 'utf8').replace('Status T1 disputed', 'Status T1 refuted') + 'T99\tClaim 0 2\t🛰️\n');
      const refused = await cli(dir, ['import', '--format', 'brat', ann]);
      assert.equal(refused.status, 1);
      assert.match(refused.err, /already exists and is not overwritten; use --merge/);
      assert.equal(fs.readFileSync(sidecar, 'utf8'), before);
      const merged = await cli(dir, ['import', '--format', 'brat', '--merge', ann]);
      assert.equal(merged.status, 0, merged.err);
      const claims = sidecarClaims(sidecar);
      assert.equal(claims.length, 6);
      assert.equal(claims.find((claim) => claim.id === 'c1-andarab-killed')!.status, 'refuted');
      assert.equal(claims[0].quote.exact, '🛰️');
    });
  });

  describe('w3c', () => {
    it('writes annotations with the model\'s required fields and code point positions', async () => {
      const { status } = await cli(dir, ['export', '--format', 'w3c', '--out', 'w3c', '.']);
      assert.equal(status, 0);
      const collection = JSON.parse(fs.readFileSync(path.join(dir, 'w3c', 'claims.jsonld'), 'utf8')) as {
        '@context': string; type: string; total: number; first: { type: string; items: Record<string, unknown>[] };
      };
      assert.deepEqual([collection['@context'], collection.type, collection.total, collection.first.type], ['http://www.w3.org/ns/anno.jsonld', 'AnnotationCollection', 6, 'AnnotationPage']);
      const validate = new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync(path.join(FIXTURES, 'w3c-annotation.schema.json'), 'utf8')) as object);
      const text = fs.readFileSync(path.join(dir, 'frontline.txt'), 'utf8');
      for (const annotation of collection.first.items) {
        assert.ok(validate(annotation), JSON.stringify(validate.errors));
        const { source, selector } = annotation.target as { source: string; selector: { type: string; exact?: string; start?: number; end?: number }[] };
        if (source !== '../frontline.txt') continue;
        const quote = selector.find((one) => one.type === 'TextQuoteSelector')!;
        const position = selector.find((one) => one.type === 'TextPositionSelector')!;
        assert.equal(codePoints(text, position.start!, position.end!), quote.exact);
      }
      const first = collection.first.items[0] as { id: string; creator: unknown; body: { purpose: string; value: string }[] };
      assert.equal(first.id, 'urn:claimlens:claim:c1-andarab-killed');
      assert.deepEqual(first.creator, { type: 'Person', name: 'fixture' });
      const purposes = Object.fromEntries(first.body.filter((body) => body.purpose !== 'describing' && body.purpose !== 'linking').map((body) => [body.purpose, body.value]));
      assert.deepEqual(purposes, { identifying: 'Ali Nazary (NRF) [NRF]', tagging: 'casualties', assessing: 'disputed', commenting: originalFrontline[0].note });
    });

    it('imports what it exported, and reports annotations it cannot place by line', async () => {
      await cli(dir, ['export', '--format', 'w3c', '--out', 'w3c', '.']);
      fs.rmSync(path.join(dir, FRONTLINE_SIDECAR));
      fs.rmSync(path.join(dir, SECOND_SIDECAR));
      const file = path.join(dir, 'w3c', 'claims.jsonld');
      const collection = JSON.parse(fs.readFileSync(file, 'utf8')) as { first: { items: { target: { selector: { exact?: string }[] } }[] } };
      collection.first.items[1].target.selector = [{ type: 'TextQuoteSelector', exact: 'words that are nowhere' } as { exact: string }];
      fs.writeFileSync(file, JSON.stringify(collection, null, 2));
      const { status, err } = await cli(dir, ['import', '--format', 'w3c', 'w3c/claims.jsonld']);
      assert.equal(status, 1);
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      const idLine = lines.findIndex((text) => text.includes('"urn:claimlens:claim:c2-formula"'));
      const line = lines.slice(0, idLine).lastIndexOf('      {') + 1;
      assert.match(err, new RegExp(`^w3c/claims\\.jsonld:${line}: the quote "words that are nowhere" is not in the article$`, 'm'));
      const kept = originalFrontline.filter((claim) => claim.id !== 'c2-formula');
      const imported = sidecarClaims(path.join(dir, FRONTLINE_SIDECAR));
      assert.deepEqual(essentials(imported), essentials(kept));
      assert.deepEqual(imported.map(({ actors, places, numbers }) => ({ actors, places, numbers })), kept.map(({ actors, places, numbers }) => ({ actors, places, numbers })));
      assert.deepEqual(essentials(sidecarClaims(path.join(dir, SECOND_SIDECAR))), essentials(originalSecond));
    });
  });
});
