import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import * as z from 'zod/mini';
import { createSidecar, sidecarSchema, type Sidecar } from '../../../src/core/claims/sidecar';
import { ARTICLE, ARTICLE_ENTITIES, claimOn } from './fixtures';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const schemaFile = path.resolve(__dirname, '../../../../schemas/claims.schema.json');
const fileSchema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as JsonObject;
const zodSchema = z.toJSONSchema(sidecarSchema(), { target: 'draft-07' }) as JsonObject;

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

function resolve(node: JsonObject, root: JsonObject): JsonObject {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const target = ref.replace('#/', '').split('/').reduce<Json>((at, key) => (isObject(at) ? at[key] : null), root);
  assert.ok(isObject(target), `unresolved ${ref}`);
  return resolve(target, root);
}

/** What validation depends on; descriptions, formats, patterns and zod's safe-integer bound are left out. */
function skeleton(node: JsonObject, root: JsonObject): Json {
  const resolved = resolve(node, root);
  const kept: JsonObject = {};
  for (const key of ['type', 'const', 'enum', 'additionalProperties', 'minLength', 'minimum'] as const) {
    if (resolved[key] !== undefined) kept[key] = resolved[key];
  }
  if (Array.isArray(resolved.required)) kept.required = [...resolved.required].map(String).sort();
  const { properties, items } = resolved;
  if (isObject(properties)) {
    kept.properties = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, isObject(value) ? skeleton(value, root) : value]));
  }
  if (isObject(items)) kept.items = skeleton(items, root);
  return kept;
}

/**
 * ajv compiles the schema file as VS Code's JSON editor reads it. Formats are not part of ajv's core;
 * date-time is the only one the schema uses, checked as RFC 3339 asks (a time and a zone).
 */
const ajv = new Ajv({ allErrors: true });
ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/i);
const validateFile = ajv.compile(fileSchema);

function sample(): Sidecar {
  const claim = claimOn(ARTICLE, 'At least 40 Taliban were killed', { entities: ARTICLE_ENTITIES, id: 'c1' });
  return createSidecar({ fileName: 'andarab.txt', length: ARTICLE.length, lineEnding: 'LF', sha256: 'a'.repeat(64) }, [claim]);
}

/** Each variant breaks one rule (or none) of the format. */
const VARIANTS: Record<string, (sidecar: JsonObject & { claims: JsonObject[] }) => void> = {
  'the valid sample': () => undefined,
  'a claimant with an affiliation removed': (s) => { delete (s.claims[0].claimant as JsonObject).affiliation; },
  'an unknown status': (s) => { s.claims[0].status = 'confirmed'; },
  'a missing claimant name': (s) => { delete (s.claims[0].claimant as JsonObject).name; },
  'an unknown field in a claim': (s) => { s.claims[0].stauts = 'disputed'; },
  'a negative offset': (s) => { (s.claims[0].anchor as JsonObject).start = -1; },
  'a fractional offset': (s) => { (s.claims[0].anchor as JsonObject).end = 12.5; },
  'an empty category': (s) => { s.claims[0].category = ''; },
  'a custom category': (s) => { s.claims[0].category = 'displacement'; },
  'a newer version': (s) => { s.version = 3; },
  'a figure with a measure and whose': (s) => {
    Object.assign((s.claims[0].numbers as JsonObject[])[0], { measure: 'killed', whose: { group: 'Taliban', side: 'Taliban' } });
  },
  'an unknown measure': (s) => { (s.claims[0].numbers as JsonObject[])[0].measure = 'sunk'; },
  'a link to another claim': (s) => { s.claims[0].links = [{ type: 'repeats', article: '../b/report.txt', claim: 'x1' }]; },
  'an unknown link type': (s) => { s.claims[0].links = [{ type: 'likes', article: 'report.txt', claim: 'x1' }]; },
  'a claim flagged for review': (s) => { s.claims[0].attention = { state: 'needs-review', reason: 'two places fit' }; },
  'article metadata': (s) => { Object.assign(s.document as JsonObject, { title: 'Clashes', outlet: 'EFE', published: '2024-09-03' }); },
  'a publication date in words': (s) => { (s.document as JsonObject).published = 'Sep 3'; },
  'a short hash': (s) => { (s.document as JsonObject).sha256 = 'abc'; },
  'an unknown line ending': (s) => { (s.document as JsonObject).lineEnding = 'CR'; },
  'a date without a time': (s) => { s.claims[0].created = '2024-09-03'; },
  'a number without a value': (s) => { delete ((s.claims[0].numbers as JsonObject[])[0].value as JsonObject).value; },
  'a missing claims list': (s) => { delete (s as JsonObject).claims; },
};

describe('schemas/claims.schema.json', () => {
  it('has the same types, keys, required keys, enums and constants as the zod schema', () => {
    assert.deepEqual(skeleton(fileSchema, fileSchema), skeleton(zodSchema, zodSchema));
  });

  it('is identified by the id written into every sidecar', () => {
    assert.equal(fileSchema.$id, sample().$schema);
  });

  for (const [name, breakRule] of Object.entries(VARIANTS)) {
    it(`gives the zod schema's verdict on ${name}`, () => {
      const value = JSON.parse(JSON.stringify(sample())) as JsonObject & { claims: JsonObject[] };
      breakRule(value);
      const zodVerdict = sidecarSchema().safeParse(value).success;
      assert.equal(validateFile(value), zodVerdict, JSON.stringify(validateFile.errors));
    });
  }
});
