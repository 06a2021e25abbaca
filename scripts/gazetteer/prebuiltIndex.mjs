// esbuild plugin: builds the built-in gazetteer's index at build time and bundles it serialised, so that
// the extension and the CLI load it in a few milliseconds instead of building it on first use.
//
// It replaces src/core/entities/gazetteer/builtinIndex.ts, which builds the index from the lists (as
// unit tests in plain node still do), by a module that deserialises the index built here. The index is
// built by the same code from whatever the generated data and curated lists hold at build time, so
// nothing serialised is committed and nothing can go stale; the lists themselves drop out of the
// bundle. `serializeBuiltinIndex`/`deserializeBuiltinIndex` (serializedBuiltin.ts) define the format.
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const gazetteerDir = path.join(root, 'src/core/entities/gazetteer');
const ACCESSOR = path.join(gazetteerDir, 'builtinIndex.ts');

/** Builds the index from the sources as they are now; returns it serialised and the files it was made of. */
async function serializedBuiltinIndex() {
  const result = await esbuild.build({
    stdin: {
      contents: "export { buildBuiltinIndex } from './builtin';\nexport { serializeBuiltinIndex } from './serializedBuiltin';\n",
      resolveDir: gazetteerDir,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  const { buildBuiltinIndex, serializeBuiltinIndex } = module.exports;
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('<')).map((input) => path.resolve(input));
  return { data: serializeBuiltinIndex(buildBuiltinIndex()), inputs };
}

function accessorModule(data) {
  return `import type { PhraseIndex } from '../matcher/phraseIndex';
import type { PhraseValue } from './builtin';
import { deserializeBuiltinIndex, type SerializedBuiltinIndex } from './serializedBuiltin';

// Written by scripts/gazetteer/prebuiltIndex.mjs in place of builtinIndex.ts: the index built at build time.
const SERIALIZED: SerializedBuiltinIndex = ${JSON.stringify(data)};
let builtin: PhraseIndex<PhraseValue> | undefined;

export function builtinIndex(): PhraseIndex<PhraseValue> {
  builtin ??= deserializeBuiltinIndex(SERIALIZED);
  return builtin;
}
`;
}

/** One plugin may serve several builds at once: the index is built once per round of builds. */
export function prebuiltIndexPlugin() {
  let pending;
  return {
    name: 'prebuilt-gazetteer-index',
    setup(build) {
      build.onStart(() => {
        pending = undefined;
      });
      build.onLoad({ filter: /[\\/]builtinIndex\.ts$/ }, async (args) => {
        if (path.resolve(args.path) !== ACCESSOR) return undefined;
        pending ??= serializedBuiltinIndex();
        const { data, inputs } = await pending;
        return { contents: accessorModule(data), loader: 'ts', resolveDir: gazetteerDir, watchFiles: inputs };
      });
    },
  };
}
