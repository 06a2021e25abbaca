import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { toJSONSchema } from 'zod';
import { workspaceGazetteerSchema } from '../../../src/core/entities/gazetteer/schema';

const repoRoot = path.resolve(__dirname, '../../../..');
const schemaFile = path.join(repoRoot, 'schemas', 'gazetteer.schema.json');
const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'));

describe('gazetteer JSON schema', () => {
  it('matches the zod schema the parser uses (regenerate with scripts/gazetteer/schema.mjs)', () => {
    const committed: unknown = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
    const generated = { ...toJSONSchema(workspaceGazetteerSchema(), { target: 'draft-7', io: 'input' }), title: 'Claim Lens workspace gazetteer' };
    assert.deepEqual(committed, generated);
  });

  it('accepts the gazetteers the project ships and rejects a bad kind, as ajv reads the schema file', () => {
    const validate = new Ajv({ allErrors: true }).compile(readJson(schemaFile) as object);
    for (const file of ['sample/.claimlens/gazetteer.json', 'test/fixtures/second-desk/.claimlens/gazetteer.json']) {
      assert.ok(validate(readJson(path.join(repoRoot, file))), `${file}: ${JSON.stringify(validate.errors)}`);
    }
    assert.equal(validate({ entries: [{ name: 'Mars', kind: 'planet' }] }), false);
    assert.equal(validate({ entries: [{ name: 'Kabul', kind: 'place', subtype: 'town' }], ignore: ['Claim Lens'] }), true);
  });
});
