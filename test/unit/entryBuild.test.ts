// The Node build's entry point (dist/extension.js) is what VS Code compiles and runs inside activate(); the
// features load from dist/features.js once it has returned. This builds the entry as esbuild.mjs does
// and checks that nothing else crept into it.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BuildOptions, Metafile } from 'esbuild';

const repoRoot = path.resolve(__dirname, '../../..');

async function buildOf(outfile: string): Promise<{ inputs: string[]; externals: string[] }> {
  const esbuild = await import('esbuild');
  const { builds } = (await import(pathToFileURL(path.join(repoRoot, 'esbuild.mjs')).href)) as { builds: BuildOptions[] };
  const options = builds.find((build) => build.outfile === outfile);
  assert.ok(options, `esbuild.mjs builds ${outfile}`);
  const result = await esbuild.build({ ...options, absWorkingDir: repoRoot, write: false, metafile: true, sourcemap: false, logLevel: 'silent' });
  const metafile = result.metafile as Metafile;
  const externals = Object.values(metafile.inputs).flatMap((input) => input.imports.filter((entry) => entry.external).map((entry) => entry.path));
  return { inputs: Object.keys(metafile.inputs), externals: [...new Set(externals)].sort() };
}

describe('the Node build', function () {
  this.timeout(60_000);

  it('keeps the entry point to registering and reading what the highlighting needs, with each stage in a file of its own', async () => {
    const entry = await buildOf('dist/extension.js');
    assert.deepEqual(entry.inputs.filter((input) => input.startsWith('src/')).sort(), [
      'src/extension/extension.ts',
      'src/extension/gazetteer/gazetteerFiles.ts',
      'src/extension/highlighting/builtinIndexFile.ts',
      'src/extension/readTextFile.ts',
    ]);
    assert.ok(entry.externals.includes('./highlighting.js') && entry.externals.includes('./features.js'), 'the stages are require()d from their own files');
  });

  it('keeps the claim model, the claims and the comparison out of the highlighting stage', async () => {
    const highlighting = await buildOf('dist/highlighting.js');
    assert.ok(highlighting.inputs.includes('src/extension/highlighting/highlighter.ts'));
    const heavy = highlighting.inputs.filter((input) => /^src\/(core|extension)\/(claims|topics|compare|exchange|identity)\/|^node_modules\/zod\//.test(input));
    assert.deepEqual(heavy, ['src/core/claims/defaultCategories.ts']);
    assert.ok(highlighting.externals.includes('./recognizer.js'), 'the recognizer stays in its own file');
  });

  it('has the features stage take the modules of the highlighting stage from it, not copies', async () => {
    const features = await buildOf('dist/features.js');
    assert.ok(features.inputs.includes('src/extension/claims/claimStore.ts'));
    const copied = features.inputs.filter((input) => ['src/extension/log.ts', 'src/extension/articles.ts', 'src/extension/highlighting/highlighter.ts'].includes(input));
    assert.deepEqual(copied, [], 'one instance of each module with state');
    assert.ok(features.inputs.includes('from-highlighting:src/extension/log.ts'));
    assert.ok(!features.inputs.some((input) => input.startsWith('src/core/entities/rules/')), 'the recognizer stays out');
  });
});
