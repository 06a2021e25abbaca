#!/usr/bin/env node
// Writes schemas/gazetteer.schema.json (contributed for .claimlens/gazetteer.json) from the zod schema.
//   npm run compile-tests && node scripts/gazetteer/schema.mjs
// Draft 7, which VS Code's JSON language service validates fully. test/unit/entities/schema.test.ts
// fails when the committed file and the zod schema disagree.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { workspaceGazetteerSchema } = require(path.join(root, 'out/src/core/entities/gazetteer/schema.js'));
const { toJSONSchema } = require('zod');

const schema = { ...toJSONSchema(workspaceGazetteerSchema(), { target: 'draft-7', io: 'input' }), title: 'Claim Lens workspace gazetteer' };
const file = path.join(root, 'schemas/gazetteer.schema.json');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, JSON.stringify(schema, null, 2) + '\n');
console.log(`wrote ${path.relative(root, file)}`);
