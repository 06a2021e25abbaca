import * as assert from 'node:assert/strict';
import type { Claim } from '../../../src/core/claims/model';
import {
  articlePathForSidecar,
  createSidecar,
  describeDocument,
  isSidecarPath,
  parseSidecar,
  serializeSidecar,
  sidecarPathFor,
  sidecarSchema,
  type ParsedSidecar,
  type Sidecar,
} from '../../../src/core/claims/sidecar';
import type { SidecarProblem } from '../../../src/core/claims/sidecarProblems';
import { problemText } from '../../../src/core/validation/problemMessage';
import { ARTICLE, ARTICLE_ENTITIES, claimOn } from './fixtures';

const DOCUMENT = { fileName: 'andarab.txt', length: ARTICLE.length, lineEnding: 'LF' as const, sha256: '0'.repeat(64) };
const nazary = claimOn(ARTICLE, 'At least 40 Taliban were killed', { entities: ARTICLE_ENTITIES, id: 'b-nazary' });
const karimi = claimOn(ARTICLE, '31 militia fighters were killed', {
  entities: ARTICLE_ENTITIES,
  id: 'a-karimi',
  claimant: { name: 'Bilal Karimi', affiliation: 'Taliban' },
});
const vehicles = claimOn(ARTICLE, 'two armoured vehicles seized', { id: 'c-vehicles', category: 'equipment' });

function problemsOf(result: ParsedSidecar): SidecarProblem[] {
  assert.equal(result.ok, false, 'expected problems');
  return result.ok ? [] : result.problems;
}

/** The lines `after` adds to `before`, when it only adds one contiguous block; undefined otherwise. */
function insertedBlock(before: string, after: string): string[] | undefined {
  const old = before.split('\n');
  const now = after.split('\n');
  let head = 0;
  while (head < old.length && old[head] === now[head]) head++;
  let tail = 0;
  while (tail < old.length - head && old[old.length - 1 - tail] === now[now.length - 1 - tail]) tail++;
  return head + tail === old.length ? now.slice(head, now.length - tail) : undefined;
}

function reversedKeys<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).reverse().map(([key, child]) => [
    key,
    typeof child === 'object' && child !== null && !Array.isArray(child) ? reversedKeys(child) : child,
  ])) as T;
}

describe('sidecar paths', () => {
  it('puts the sidecar next to the article', () => {
    assert.equal(sidecarPathFor('news/2024/andarab.txt'), 'news/2024/andarab.txt.claims.json');
    assert.equal(sidecarPathFor('C:\\news\\andarab.md'), 'C:\\news\\andarab.md.claims.json');
  });

  it('finds the article of a sidecar and recognises sidecars', () => {
    assert.equal(articlePathForSidecar('news/andarab.txt.claims.json'), 'news/andarab.txt');
    assert.equal(articlePathForSidecar('news/andarab.txt'), undefined);
    assert.equal(isSidecarPath('news/andarab.txt.claims.json'), true);
    assert.equal(isSidecarPath('.claims.json'), false);
    assert.equal(isSidecarPath('package.json'), false);
  });
});

describe('describeDocument', () => {
  it('records length in code units, line endings and the hash', async () => {
    const text = 'Kishim 🚩\r\nFaizabad\r\n';
    const document = await describeDocument('badakhshan.txt', text);
    assert.deepEqual(document, {
      fileName: 'badakhshan.txt',
      length: 21,
      lineEnding: 'CRLF',
      sha256: document.sha256,
    });
    assert.match(document.sha256, /^[0-9a-f]{64}$/);
  });
});

describe('serializeSidecar', () => {
  const sidecar = createSidecar(DOCUMENT, [vehicles, nazary, karimi]);
  const text = serializeSidecar(sidecar);

  it('writes two-space JSON with a final newline, $schema and version first', () => {
    assert.ok(text.endsWith('}\n'));
    assert.ok(text.startsWith('{\n  "$schema": "claimlens:/schemas/claims-2.json",\n  "version": 2,\n  "document": {'));
  });

  it('sorts claims by position, then id', () => {
    const twin = { ...nazary, id: 'a-twin' };
    const ids = (parseSidecar(serializeSidecar(createSidecar(DOCUMENT, [vehicles, karimi, nazary, twin]))) as { sidecar: Sidecar }).sidecar.claims.map((claim) => claim.id);
    assert.deepEqual(ids, ['a-twin', 'b-nazary', 'a-karimi', 'c-vehicles']);
  });

  it('does not depend on the order keys were inserted in', () => {
    const shuffled = { ...reversedKeys(sidecar), claims: sidecar.claims.map((claim) => reversedKeys(claim)) };
    assert.equal(serializeSidecar(shuffled), text);
  });

  it('round-trips: serialize(parse(serialize(x))) is identical', () => {
    const parsed = parseSidecar(text);
    assert.ok(parsed.ok);
    assert.equal(serializeSidecar(parsed.sidecar), text);
  });

  it('turns one new claim into one block of added lines', () => {
    const before = serializeSidecar(createSidecar(DOCUMENT, [nazary, vehicles]));
    const block = insertedBlock(before, text);
    assert.ok(block, 'only additions, in one place');
    assert.ok(block.length < 60, `${block.length} lines`);
    assert.ok(block.some((line) => line.includes('"a-karimi"')));
  });

  it('lets two analysts add claims in different places without touching the same lines', () => {
    const base = serializeSidecar(createSidecar(DOCUMENT, [karimi]));
    const first = insertedBlock(base, serializeSidecar(createSidecar(DOCUMENT, [nazary, karimi])));
    const second = insertedBlock(base, serializeSidecar(createSidecar(DOCUMENT, [karimi, vehicles])));
    assert.ok(first && second);
    const merged = serializeSidecar(createSidecar(DOCUMENT, [nazary, karimi, vehicles]));
    assert.deepEqual(insertedBlock(base, merged), undefined, 'two separate blocks');
    const lines = merged.split('\n');
    assert.equal(lines.length, base.split('\n').length + first.length + second.length);
  });

  it('keeps non-ASCII text readable and CRLF escaped', () => {
    const text = 'Qal‘a-ye Zal\r\n"Dozens 🔥 died," he said.';
    const claim = claimOn(text, 'Dozens 🔥 died', { id: 'x' });
    const json = serializeSidecar(createSidecar({ ...DOCUMENT, length: text.length, lineEnding: 'CRLF' }, [claim]));
    assert.ok(json.includes('"exact": "Dozens 🔥 died"'));
    assert.ok(json.includes('"prefix": "Qal‘a-ye Zal\\r\\n\\""'));
    const parsed = parseSidecar(json);
    assert.ok(parsed.ok);
    assert.equal(parsed.sidecar.claims[0].quote.prefix, 'Qal‘a-ye Zal\r\n"');
  });

  it('writes every field of the format in schema order, and nothing else', () => {
    const full: Claim = {
      ...karimi,
      numbers: [{ ...karimi.numbers[0], value: { qualifier: 'about', currency: 'AFN', percent: false, vague: true, max: 40, min: 30, value: 31 } }],
    };
    const withExtras = { ...createSidecar(DOCUMENT, [reversedKeys(full)]), editorState: 'dirty' } as Sidecar;
    const expected = `${JSON.stringify(sidecarSchema().parse(createSidecar(DOCUMENT, [full])), null, 2)}\n`;
    assert.equal(serializeSidecar(withExtras), expected);
  });
});

describe('parseSidecar', () => {
  const text = serializeSidecar(createSidecar(DOCUMENT, [nazary, karimi, vehicles]));

  it('reads a valid sidecar', () => {
    const parsed = parseSidecar(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.sidecar.claims.map((claim) => claim.id), ['b-nazary', 'a-karimi', 'c-vehicles']);
  });

  it('points at the spot of invalid JSON', () => {
    const missingComma = text.replace('"category": "casualties",', '"category": "casualties"');
    const [problem] = problemsOf(parseSidecar(missingComma));
    assert.equal(problem.kind, 'json');
    assert.equal(problemText(problem.message), "invalid JSON: expected ','");
    assert.equal(missingComma.slice(problem.start, problem.end), '"status"');

    const trailingComma = text.replace(/}\n$/, '},\n');
    assert.equal(problemsOf(parseSidecar(trailingComma))[0].kind, 'json');
    assert.equal(problemText(problemsOf(parseSidecar(''))[0].message), 'invalid JSON: expected a value');
    assert.equal(problemText(problemsOf(parseSidecar(`// notes\n${text}`))[0].message), 'invalid JSON: comments are not allowed in JSON');
  });

  it('names an unresolved merge conflict', () => {
    const conflicted = text.replace(/^ *"note": ""/m, '<<<<<<< HEAD\n      "note": "mine"\n=======\n      "note": "theirs"\n>>>>>>> origin/main');
    const [problem] = problemsOf(parseSidecar(conflicted));
    assert.match(problemText(problem.message), /^unresolved git merge conflict/);
    assert.equal(conflicted.slice(problem.start, problem.end), '<<<<<<< HEAD');
  });

  it('explains a bad enum value and points at it', () => {
    const bad = text.replace('"status": "unverified"', '"status": "confirmed"');
    const [problem] = problemsOf(parseSidecar(bad));
    assert.equal(problem.kind, 'schema');
    assert.equal(problemText(problem.message), 'claims[0].status: expected one of "unverified", "corroborated", "disputed", "refuted"');
    assert.equal(bad.slice(problem.start, problem.end), '"confirmed"');
  });

  it('points at the right claim, counted in the sorted file', () => {
    const lastStatus = text.lastIndexOf('"status": "unverified"');
    const bad = `${text.slice(0, lastStatus)}"status": "rumour"${text.slice(lastStatus + '"status": "unverified"'.length)}`;
    const [problem] = problemsOf(parseSidecar(bad));
    assert.equal(problemText(problem.message), 'claims[2].status: expected one of "unverified", "corroborated", "disputed", "refuted"');
    assert.equal(bad.slice(problem.start, problem.end), '"rumour"');
  });

  it('reports a missing field at the object that lacks it', () => {
    const bad = text.replace('"name": "Ali Nazary",\n', '');
    const [problem] = problemsOf(parseSidecar(bad));
    assert.equal(problemText(problem.message), 'claims[0].claimant.name: required');
    assert.equal(bad.slice(problem.start, problem.end), '"claimant"');
  });

  it('reports an unknown field at its key', () => {
    const bad = text.replace('"note": ""', '"note": "",\n      "stauts": "disputed"');
    const [problem] = problemsOf(parseSidecar(bad));
    assert.equal(problemText(problem.message), 'claims[0].stauts: unknown field');
    assert.equal(bad.slice(problem.start, problem.end), '"stauts"');
  });

  it('explains wrong types, values and formats', () => {
    const anchorStart = `"start": ${nazary.anchor.start}`;
    const messages = (bad: string): string[] => problemsOf(parseSidecar(bad)).map((problem) => problemText(problem.message));
    assert.deepEqual(messages(text.replace(anchorStart, '"start": 12.5')), ['claims[0].anchor.start: expected an integer, got 12.5']);
    assert.deepEqual(messages(text.replace(anchorStart, '"start": "twelve"')), ['claims[0].anchor.start: expected a number, got "twelve"']);
    assert.deepEqual(messages(text.replace(anchorStart, '"start": -3')), ['claims[0].anchor.start: must be at least 0, got -3']);
    assert.deepEqual(messages(text.replace(anchorStart, `"start": ${nazary.anchor.end}`)), ['claims[0].anchor.end: must be greater than start']);
    assert.deepEqual(messages(text.replace('"category": "casualties"', '"category": ""')), ['claims[0].category: must not be empty']);
    assert.deepEqual(messages(text.replace(nazary.created, 'last Tuesday')), ['claims[0].created: expected an ISO 8601 date-time such as 2024-09-03T08:15:00Z']);
    assert.deepEqual(messages(text.replace('"0000', '"zz00')), ['document.sha256: expected a SHA-256 as 64 lower-case hex digits']);
    assert.deepEqual(messages('[]'), ['sidecar: expected an object, got an array']);
  });

  it('reports duplicate ids at the second one', () => {
    const bad = text.replace('"id": "a-karimi"', '"id": "b-nazary"');
    const [problem] = problemsOf(parseSidecar(bad));
    assert.equal(problemText(problem.message), 'claims[1].id: duplicate id, also used by claims[0]');
    assert.equal(problem.start, bad.lastIndexOf('"b-nazary"'));
  });

  it('keeps offsets right in a hand-edited CRLF file with non-ASCII notes', () => {
    const crlf = text.replace('"note": ""', '"note": "Qal‘a 🔥 checked"').replace(/\n/g, '\r\n').replace('"status": "unverified"', '"status": "true"');
    const [problem] = problemsOf(parseSidecar(crlf));
    assert.equal(crlf.slice(problem.start, problem.end), '"true"');
  });

  describe('a sidecar from a newer Claim Lens', () => {
    const newer = text.replace('"version": 2', '"version": 3').replace(/"note": ""/g, '"note": "",\n      "evidence": []');

    it('is a problem of its own, at the version, with a clear message', () => {
      const [problem, ...others] = problemsOf(parseSidecar(newer));
      assert.deepEqual(others, []);
      assert.equal(problem.kind, 'newer-version');
      assert.equal(problemText(problem.message), 'written by a newer Claim Lens (format 3); this version reads format 2 — claims are read-only');
      assert.equal(newer.slice(problem.start, problem.end), '3');
    });

    it('still offers its claims read-only when they read as this format\'s claims', () => {
      const parsed = parseSidecar(newer);
      assert.ok(!parsed.ok && parsed.readOnly);
      assert.deepEqual(parsed.readOnly.claims.map((claim) => claim.id), ['b-nazary', 'a-karimi', 'c-vehicles']);
    });

    it('offers only the claims that still read as claims', () => {
      const parsed = parseSidecar(newer.replace('"status": "unverified"', '"status": { "state": "open" }'));
      assert.ok(!parsed.ok && parsed.readOnly);
      assert.deepEqual(parsed.readOnly.claims.map((claim) => claim.id), ['a-karimi', 'c-vehicles']);
    });
  });

  describe('a format 1 sidecar (Claim Lens 0.1)', () => {
    const version1 = text.replace('claims-2.json', 'claims-1.json').replace('"version": 2', '"version": 1');

    it('loads unchanged and says which format it was', () => {
      const parsed = parseSidecar(version1);
      assert.ok(parsed.ok);
      assert.equal(parsed.version, 1);
      assert.deepEqual(parsed.sidecar.claims.map((claim) => claim.id), ['b-nazary', 'a-karimi', 'c-vehicles']);
    });

    it('is written back as format 2 with the same claims', () => {
      const parsed = parseSidecar(version1);
      assert.ok(parsed.ok);
      assert.equal(serializeSidecar(parsed.sidecar), text);
    });

    it('needs the format 1 $schema with version 1', () => {
      const mixed = version1.replace('claims-1.json', 'claims-2.json');
      assert.match(problemText(problemsOf(parseSidecar(mixed))[0].message), /^\$schema: expected "claimlens:\/schemas\/claims-1.json"/);
    });
  });
});
