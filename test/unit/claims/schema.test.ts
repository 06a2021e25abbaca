import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as z from 'zod/mini';
import { createSidecar, sidecarSchema, type Sidecar } from '../../../src/core/claims/sidecar';
import { ARTICLE, ARTICLE_ENTITIES, claimOn } from './fixtures';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const schemaFile = path.resolve(__dirname, '../../../../schemas/claims.schema.json');
const fileSchema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as JsonObject;
const zodSchema = z.toJSONSchema(sidecarSchema, { target: 'draft-07' }) as JsonObject;

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

/** A validator for the part of draft-07 the schema uses; enough to check verdicts without ajv. */
function validates(node: JsonObject, value: Json, root: JsonObject): boolean {
  const schema = resolve(node, root);
  const typeOk = (() => {
    switch (schema.type) {
      case 'object': return isObject(value);
      case 'array': return Array.isArray(value);
      case 'string': return typeof value === 'string';
      case 'number': return typeof value === 'number';
      case 'integer': return Number.isInteger(value);
      case 'boolean': return typeof value === 'boolean';
      default: return true;
    }
  })();
  if (!typeOk) return false;
  if (schema.const !== undefined && value !== schema.const) return false;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return false;
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) return false;
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) return false;
    if (schema.format === 'date-time' && !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/.test(value)) return false;
  }
  if (typeof value === 'number' && typeof schema.minimum === 'number' && value < schema.minimum) return false;
  if (Array.isArray(value) && isObject(schema.items)) {
    const items = schema.items;
    return value.every((item) => validates(items, item, root));
  }
  if (isObject(value)) {
    const properties = isObject(schema.properties) ? schema.properties : {};
    if (Array.isArray(schema.required) && !schema.required.every((key) => typeof key === 'string' && key in value)) return false;
    return Object.entries(value).every(([key, child]) => {
      const property = properties[key];
      if (isObject(property)) return validates(property, child, root);
      return schema.additionalProperties !== false;
    });
  }
  return true;
}

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
      assert.equal(validates(fileSchema, value, fileSchema), sidecarSchema.safeParse(value).success);
    });
  }
});
