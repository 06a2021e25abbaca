import * as assert from 'node:assert/strict';
import { checkQuotes, createSidecar, parseSidecar, serializeSidecar, type ParsedSidecar } from '../../../src/core/claims/sidecar';
import { problemText } from '../../../src/core/validation/problemMessage';
import { ARTICLE, ARTICLE_ENTITIES, claimOn } from './fixtures';

const DOCUMENT = { fileName: 'andarab.txt', length: ARTICLE.length, lineEnding: 'LF' as const, sha256: '0'.repeat(64) };
const claims = [
  claimOn(ARTICLE, 'At least 40 Taliban were killed', { entities: ARTICLE_ENTITIES, id: 'b-nazary' }),
  claimOn(ARTICLE, '31 militia fighters were killed', { entities: ARTICLE_ENTITIES, id: 'a-karimi', claimant: { name: 'Bilal Karimi' } }),
];
const TEXT = serializeSidecar(createSidecar(DOCUMENT, claims));
const MAX_MESSAGE = 200;

/** A parse that must not throw; every problem must point inside the text with a short message. */
function parseSafely(text: string): ParsedSidecar {
  let parsed: ParsedSidecar;
  assert.doesNotThrow(() => {
    parsed = parseSidecar(text);
  });
  const result = parsed!;
  if (!result.ok) {
    assert.ok(result.problems.length > 0, 'a failed parse names at least one problem');
    for (const problem of result.problems) {
      assert.ok(problem.start >= 0 && problem.start <= problem.end && problem.end <= text.length, `problem range ${problem.start}-${problem.end}`);
      const message = problemText(problem.message);
      assert.ok(message.length <= MAX_MESSAGE, `message of ${message.length} characters: ${message}`);
    }
  }
  return result;
}

/** Mulberry32: a small seeded generator, so a failing case can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('parseSidecar on hostile input', function () {
  // Large inputs on a shared two-core machine: generous, since speed is measured in npm run bench.
  this.timeout(60_000);
  it('refuses 100,000 levels of nesting without a recursive parse', () => {
    const deep = `{"claims": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const parsed = parseSafely(deep);
    assert.ok(!parsed.ok);
    assert.match(problemText(parsed.problems[0].message), /nested more than \d+ levels/);
    assert.equal(parseSafely('['.repeat(100_000)).ok, false, 'unclosed as well');
  });

  it('reads a 50 MB note, and keeps the message short when a 50 MB value is wrong', () => {
    const huge = 'x'.repeat(50 * 1024 * 1024);
    const withNote = TEXT.replace('"note": ""', `"note": "${huge}"`);
    const parsed = parseSafely(withNote);
    assert.ok(parsed.ok);
    assert.equal(parsed.sidecar.claims[0].note.length, huge.length);
    const wrong = parseSafely(TEXT.replace('"status": "unverified"', `"status": "${huge}"`));
    assert.ok(!wrong.ok);
    assert.match(problemText(wrong.problems[0].message), /^claims\[0\]\.status: expected one of/);
  });

  it('never throws on a sidecar cut at any byte', () => {
    for (let length = 0; length < TEXT.trimEnd().length; length++) {
      const parsed = parseSafely(TEXT.slice(0, length));
      assert.equal(parsed.ok, false, `cut at ${length}`);
    }
  });

  it('refuses __proto__, constructor and prototype keys instead of letting them supply claims', () => {
    const smuggled = `{"__proto__": ${TEXT}}`;
    const parsed = parseSafely(smuggled);
    assert.ok(!parsed.ok);
    assert.equal(problemText(parsed.problems[0].message), '"__proto__" is not allowed as a key');
    assert.equal(smuggled.slice(parsed.problems[0].start, parsed.problems[0].end), '"__proto__"');
    assert.equal(parsed.readOnly, undefined, 'no claims come from a prototype');
    for (const key of ['constructor', 'prototype']) {
      const inClaim = TEXT.replace('"note": ""', `"note": "", "${key}": {"claims": []}`);
      const result = parseSafely(inClaim);
      assert.ok(!result.ok);
      assert.equal(problemText(result.problems[0].message), `"${key}" is not allowed as a key`);
    }
    assert.equal(({} as Record<string, unknown>).claims, undefined, 'Object.prototype untouched');
  });

  it('allows those words inside strings', () => {
    const parsed = parseSafely(TEXT.replace('"note": ""', '"note": "\\"constructor\\": a __proto__ prototype"'));
    assert.ok(parsed.ok);
  });

  it('reads lone surrogates and a byte-order mark', () => {
    assert.ok(parseSafely(TEXT.replace('"note": ""', '"note": "\\ud800 and \udc00"')).ok);
    const withBom = parseSafely(`\uFEFF${TEXT}`);
    assert.ok(withBom.ok);
    const badWithBom = `\uFEFF${TEXT.replace('"status": "unverified"', '"status": "rumour"')}`;
    const problem = parseSafely(badWithBom);
    assert.ok(!problem.ok);
    assert.equal(badWithBom.slice(problem.problems[0].start, problem.problems[0].end), '"rumour"', 'offsets are those of the file');
  });

  it('reports an anchor beyond the document at its end offset, and keeps the claims readable', () => {
    const bad = TEXT.replace(`"length": ${ARTICLE.length}`, '"length": 20');
    const parsed = parseSafely(bad);
    assert.ok(!parsed.ok);
    assert.match(problemText(parsed.problems[0].message), /^claims\[0\]\.anchor\.end: beyond the end of the article \(document\.length is 20\)$/);
    assert.equal(bad.slice(parsed.problems[0].start, parsed.problems[0].end), String(claims[0].anchor.end));
    assert.deepEqual(parsed.readOnly?.claims.map((claim) => claim.id), ['b-nazary', 'a-karimi']);
  });

  it('reports a quote that is not the text at its anchor, at the quote', () => {
    const parsed = parseSafely(TEXT);
    assert.ok(parsed.ok);
    assert.deepEqual(checkQuotes(TEXT, parsed.sidecar, ARTICLE), []);
    const changed = ARTICLE.replace('At least 40', 'At least 45');
    const [problem, ...others] = checkQuotes(TEXT, parsed.sidecar, changed);
    assert.deepEqual(others, []);
    assert.equal(problem.kind, 'anchor');
    assert.equal(problemText(problem.message), "claims[0].quote.exact: not the article's text at claims[0].anchor");
    assert.equal(TEXT.slice(problem.start, problem.end), '"At least 40 Taliban were killed"');
    const flagged = { ...parsed.sidecar, claims: [{ ...parsed.sidecar.claims[0], attention: { state: 'orphan' as const, reason: 'text gone' } }] };
    assert.deepEqual(checkQuotes(TEXT, flagged, changed), [], 'a claim flagged for attention keeps its old quote on purpose');
  });

  it('keeps every readable claim of a sidecar with one bad claim, read-only', () => {
    const bad = TEXT.replace('"status": "unverified"', '"status": "rumour"');
    const parsed = parseSafely(bad);
    assert.ok(!parsed.ok);
    assert.deepEqual(parsed.readOnly?.claims.map((claim) => claim.id), ['a-karimi']);
    assert.equal(parsed.readOnly?.document?.fileName, 'andarab.txt');
  });

  it('survives thousands of random byte changes (seeded fuzz)', () => {
    const next = random(20261130);
    const alphabet = '{}[]":,\\ 0123456789aeu-_\ud83d\ude00\u0000\n';
    for (let round = 0; round < 1500; round++) {
      const chars = [...TEXT];
      const edits = 1 + Math.floor(next() * 4);
      for (let edit = 0; edit < edits; edit++) {
        const at = Math.floor(next() * chars.length);
        const kind = next();
        const char = alphabet[Math.floor(next() * alphabet.length)];
        if (kind < 0.33) chars.splice(at, 1);
        else if (kind < 0.66) chars.splice(at, 0, char);
        else chars[at] = char;
      }
      parseSafely(chars.join(''));
    }
  });
});
