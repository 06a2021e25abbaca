import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { toJSONSchema } from 'zod';
import { identitiesSchema } from '../../../src/core/identity/schema';

const schemaFile = path.resolve(__dirname, '../../../../schemas/identities.schema.json');

/** The JSON schema editors validate .claimlens/identities.json with, generated from the zod schema the parser uses. */
function generatedIdentitiesSchema(): unknown {
  return { ...toJSONSchema(identitiesSchema(), { target: 'draft-7', io: 'input' }), title: 'Claim Lens workspace identities' };
}

describe('identities JSON schema', () => {
  it('matches the zod schema the parser uses', () => {
    assert.deepEqual(JSON.parse(fs.readFileSync(schemaFile, 'utf8')), generatedIdentitiesSchema());
  });
});
