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

  it('keeps the entry point to registering and reading what the first highlight needs, with the features in a file of their own', async () => {
    const entry = await buildOf('dist/extension.js');
    assert.deepEqual(entry.inputs.filter((input) => input.startsWith('src/')).sort(), [
      'src/extension/extension.ts',
      'src/extension/gazetteer/gazetteerFiles.ts',
      'src/extension/highlighting/builtinIndexFile.ts',
    ]);
    assert.ok(entry.externals.includes('./features.js'), 'the features are require()d from their own file');
  });

  it('bundles the features, which load the recognizer from a file of its own', async () => {
    const features = await buildOf('dist/features.js');
    assert.ok(features.inputs.includes('src/extension/claims/claimStore.ts') && features.inputs.includes('src/extension/highlighting/highlighter.ts'));
    assert.ok(!features.inputs.some((input) => input.startsWith('src/core/entities/rules/')), 'the recognizer stays out');
    assert.ok(features.externals.includes('./recognizer.js'));
  });
});
