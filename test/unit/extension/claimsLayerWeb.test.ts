import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const claimsLayer = path.resolve(__dirname, '../../../../src/extension/claims');
/** The one module the web build swaps (see its comment): POSIX rename for atomic sidecar writes. */
const NODE_ONLY = new Set(['store/replaceFile.ts']);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('claims layer for the web build', () => {
  it('uses no node built-in outside the module the web build swaps', () => {
    const files = sourceFiles(claimsLayer);
    assert.ok(files.length > 10, `no sources under ${claimsLayer}`);
    const offenders = files.filter((file) => {
      const source = fs.readFileSync(file, 'utf8');
      return /from\s*['"]node:|require\s*\(\s*['"]node:|\bprocess\.|from\s*['"](?:fs|path|os)['"]/.test(source);
    }).map((file) => path.relative(claimsLayer, file).split(path.sep).join('/'));
    assert.deepEqual(offenders.filter((file) => !NODE_ONLY.has(file)), []);
  });
});
