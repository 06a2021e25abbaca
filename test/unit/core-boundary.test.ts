import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const coreRoot = path.resolve(__dirname, '../../../src/core');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('core boundary', () => {
  it('finds the core sources', () => {
    assert.ok(sourceFiles(coreRoot).length > 0, `no sources under ${coreRoot}`);
  });

  it('never imports vscode or the extension layer from src/core', () => {
    const offenders = sourceFiles(coreRoot).filter((file) => {
      const source = fs.readFileSync(file, 'utf8');
      const importsVscode = /(?:from\s*|import\s*\(\s*|require\s*\(\s*)['"]vscode['"]/.test(source);
      const importsExtensionLayer = /(?:from\s*|import\s*\(\s*|require\s*\(\s*)['"][^'"]*\/extension\/[^'"]*['"]/.test(source);
      return importsVscode || importsExtensionLayer;
    });
    assert.deepEqual(offenders.map((file) => path.relative(coreRoot, file)), []);
  });
});
