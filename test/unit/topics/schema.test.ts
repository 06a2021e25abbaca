import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { toJSONSchema } from 'zod';
import { parseTopicsFile, serializeTopicsFile, topicsFileSchema } from '../../../src/core/topics/topicsFile';

const schemaFile = path.resolve(__dirname, '../../../../schemas/topics.schema.json');

describe('topics JSON schema', () => {
  const committed = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;

  it('matches the zod schema the parser uses (regenerate with scripts/topics/schema.mjs)', () => {
    assert.deepEqual(committed, { ...toJSONSchema(topicsFileSchema(), { target: 'draft-7', io: 'input' }), title: 'Claim Lens topics' });
  });

  it('accepts what Claim Lens writes and rejects what the parser rejects', () => {
    const validate = new Ajv({ strict: false }).compile(committed);
    const written = JSON.parse(serializeTopicsFile({ topics: [{ id: 'killed:taliban', label: 'Taliban dead', merged: ['killed:iea'] }] }));
    assert.equal(validate(written), true, JSON.stringify(validate.errors));
    for (const bad of [{ topics: [{ id: '' }] }, { topics: [{ id: 'a', colour: 'red' }] }, {}]) {
      assert.equal(validate(bad), false, JSON.stringify(bad));
      assert.equal(parseTopicsFile(JSON.stringify(bad)).ok, false, JSON.stringify(bad));
    }
  });
});
