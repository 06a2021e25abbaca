// The web build (dist/web/extension.js) runs in a web worker, where Node's built-in modules do not exist.
// This builds it as esbuild.mjs does and lists every import of a built-in from the metafile.
import * as assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BuildOptions, Metafile } from 'esbuild';

const repoRoot = path.resolve(__dirname, '../../..');
const isBuiltin = (module: string) => builtinModules.includes(module.replace(/^node:/, ''));

async function webBuild(): Promise<{ inputs: string[]; builtins: Array<{ importer: string; module: string }> }> {
  const esbuild = await import('esbuild');
  const { webExtensionBuild } = (await import(pathToFileURL(path.join(repoRoot, 'esbuild.mjs')).href)) as { webExtensionBuild: BuildOptions };
  const result = await esbuild.build({
    ...webExtensionBuild,
    absWorkingDir: repoRoot,
    write: false,
    metafile: true,
    sourcemap: false,
    logLevel: 'silent',
  });
  const metafile = result.metafile as Metafile;
  const builtins = Object.entries(metafile.inputs).flatMap(([importer, input]) =>
    input.imports.filter((entry) => isBuiltin(entry.path)).map((entry) => ({ importer, module: entry.path })));
  return { inputs: Object.keys(metafile.inputs), builtins };
}

describe('the web build', function () {
  this.timeout(60_000);

  it('imports no Node built-in module', async () => {
    const { inputs, builtins } = await webBuild();
    assert.ok(inputs.includes('src/extension/settings.ts') && inputs.includes('src/extension/highlighting/documentScanner.ts'), 'the extension was bundled');
    assert.deepEqual(builtins, []);
  });

  it('takes the web twin of a module that has one', async () => {
    const { inputs } = await webBuild();
    assert.ok(inputs.includes('src/extension/claims/store/replaceFile.web.ts'));
    assert.ok(!inputs.includes('src/extension/claims/store/replaceFile.ts'));
  });
});
