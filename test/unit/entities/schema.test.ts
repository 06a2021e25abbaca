import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { toJSONSchema } from 'zod';
import { workspaceGazetteerSchema } from '../../../src/core/entities/gazetteer/schema';

const schemaFile = path.resolve(__dirname, '../../../../schemas/gazetteer.schema.json');

describe('gazetteer JSON schema', () => {
  it('matches the zod schema the parser uses (regenerate with scripts/gazetteer/schema.mjs)', () => {
    const committed: unknown = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
    const generated = { ...toJSONSchema(workspaceGazetteerSchema, { target: 'draft-7', io: 'input' }), title: 'Claim Lens workspace gazetteer' };
    assert.deepEqual(committed, generated);
  });
});
