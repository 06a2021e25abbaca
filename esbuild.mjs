// Bundles the extension, its recognizer and the CLI. `--production` minifies; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { prebuiltIndexPlugin } from './scripts/gazetteer/prebuiltIndex.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const shared = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'info',
  legalComments: 'none',
  // jsonc-parser's "main" is a UMD build whose dynamic requires esbuild cannot follow; its ES module build bundles.
  mainFields: ['module', 'main'],
};

/**
 * The extension loads the recognizer (most of the code, and the gazetteer) from its own file when it is
 * first needed, so activation reads and compiles only the rest. The source's dynamic import stays as it is,
 * which a single-file bundle (a web build) can keep inline; here it becomes a require() of that file, since
 * node's import() of a CommonJS file first scans all of it for its exports, which costs more than the rest.
 */
const RECOGNIZER_FILE = './recognizer.js';
const recognizerInItsOwnFile = {
  name: 'recognizer-in-its-own-file',
  setup(build) {
    build.onResolve({ filter: /[\\/]core[\\/]entities[\\/]recognizer(\.js)?$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: RECOGNIZER_FILE, namespace: 'recognizer-file' } : undefined);
    build.onLoad({ filter: /.*/, namespace: 'recognizer-file' }, () => ({ contents: `module.exports = require(${JSON.stringify(RECOGNIZER_FILE)});`, loader: 'js' }));
    build.onResolve({ filter: /^\.\/recognizer\.js$/, namespace: 'recognizer-file' }, () => ({ path: RECOGNIZER_FILE, external: true }));
  },
};

const builds = [
  { ...shared, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [recognizerInItsOwnFile] },
  // The extension reads dist/builtinIndex.json (see RecognizerSource).
  { ...shared, entryPoints: ['src/core/entities/recognizer.ts'], outfile: 'dist/recognizer.js', plugins: [prebuiltIndexPlugin({ file: true })] },
  { ...shared, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [prebuiltIndexPlugin({ embed: true })] },
];

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
