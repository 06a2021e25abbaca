// esbuild plugin: builds the built-in gazetteer's index at build time, so that the extension and the CLI
// load it serialised in a few milliseconds instead of building it on first use.
//
// It replaces src/core/entities/gazetteer/builtinIndex.ts, which builds the index from the lists unless
// it is handed the serialised one (as unit tests in plain node do), by a module that never builds it: the
// lists drop out of the bundle. The index is built by the same code from whatever the generated data and
// curated lists hold at build time, so nothing serialised is committed and nothing can go stale.
// `serializeBuiltinIndex`/`deserializeBuiltinIndex` (serializedBuiltin.ts) define the format.
//
//   prebuiltIndexPlugin({ embed: true })   the index is in the bundle itself (the CLI)
//   prebuiltIndexPlugin({ file: true })    the index is written beside the bundle as INDEX_FILE, which the
//                                          code must read and pass to provideSerializedBuiltinIndex before
//                                          the first recognition (the extension: JSON.parse of a file costs
//                                          a fraction of compiling the same data as JavaScript)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

export const INDEX_FILE = 'builtinIndex.json';

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
  return `import { provideSerializedCommonWords } from '../lexicon/words';
import type { PhraseIndex } from '../matcher/phraseIndex';
import type { PhraseValue } from './builtin';
import { deserializeBuiltinIndex, type SerializedBuiltinIndex } from './serializedBuiltin';

// Written by scripts/gazetteer/prebuiltIndex.mjs in place of builtinIndex.ts.
let serialized: SerializedBuiltinIndex | undefined;
let builtin: PhraseIndex<PhraseValue> | undefined;

export function provideSerializedBuiltinIndex(data: SerializedBuiltinIndex): void {
  serialized = data;
  builtin = undefined;
  provideSerializedCommonWords(data.commonWords);
}
${data === undefined ? '' : `\nprovideSerializedBuiltinIndex(${JSON.stringify(data)});\n`}

export function builtinIndex(): PhraseIndex<PhraseValue> {
  if (!serialized) throw new Error('the built-in gazetteer index (${INDEX_FILE}) was not provided');
  builtin ??= deserializeBuiltinIndex(serialized);
  return builtin;
}
`;
}

/**
 * One plugin may serve several builds at once: the index is built once per round of builds. A build
 * with `file` must have an `outfile`.
 */
export function prebuiltIndexPlugin({ embed = false, file = false } = {}) {
  let pending;
  const index = () => (pending ??= serializedBuiltinIndex());
  return {
    name: 'prebuilt-gazetteer-index',
    setup(build) {
      build.onStart(() => {
        pending = undefined;
      });
      build.onLoad({ filter: /[\\/]builtinIndex\.ts$/ }, async (args) => {
        if (path.resolve(args.path) !== ACCESSOR) return undefined;
        const { data, inputs } = await index();
        return { contents: accessorModule(embed ? data : undefined), loader: 'ts', resolveDir: gazetteerDir, watchFiles: inputs };
      });
      if (file) {
        build.onEnd(async (result) => {
          if (result.errors.length > 0) return;
          const { data } = await index();
          const target = path.join(path.dirname(path.resolve(build.initialOptions.absWorkingDir ?? process.cwd(), build.initialOptions.outfile)), INDEX_FILE);
          fs.mkdirSync(path.dirname(target), { recursive: true });
          // ASCII only: decoding then takes the fast path.
          fs.writeFileSync(target, JSON.stringify(data).replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`));
        });
      }
    },
  };
}
