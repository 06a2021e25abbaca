#!/usr/bin/env node
// Writes schemas/topics.schema.json (contributed for .claimlens/topics.json) from the zod schema.
//   npm run compile-tests && node scripts/topics/schema.mjs
// test/unit/topics/schema.test.ts fails when the committed file and the zod schema disagree.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { topicsFileSchema } = require(path.join(root, 'out/src/core/topics/topicsFile.js'));
const { toJSONSchema } = require('zod');

const schema = { ...toJSONSchema(topicsFileSchema(), { target: 'draft-7', io: 'input' }), title: 'Claim Lens topics' };
const file = path.join(root, 'schemas/topics.schema.json');
fs.writeFileSync(file, JSON.stringify(schema, null, 2) + '\n');
console.log(`wrote ${path.relative(root, file)}`);
