// Bundles the extension (for Node, with its recognizer in a file of its own, and for the browser's web
// worker) and the CLI. `--production` minifies; `--watch` rebuilds on change. Imported (by the web-build unit test), it
// only exports the options.
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

/**
 * The entry point (src/extension/extension.ts) require()s its two stages when they are first needed; in
 * the Node build each stays in a file of its own, so activation reads and compiles only the entry, and the
 * first highlight only the entry and the highlighting.
 */
const STAGE_FILES = { './startHighlighting': './highlighting.js', './features': './features.js' };
/** @type {import('esbuild').Plugin} */
const stagesInTheirOwnFiles = {
  name: 'stages-in-their-own-files',
  setup(build) {
    build.onResolve({ filter: /^\.\/(startHighlighting|features)$/ }, (args) =>
      args.kind === 'require-call' ? { path: STAGE_FILES[args.path], external: true } : undefined);
  },
};

const HIGHLIGHTING_ENTRY = 'src/extension/startHighlighting.ts';
const HIGHLIGHTING_FILE = './highlighting.js';

/** The source files of the highlighting stage (relative to `workingDir`, as a metafile names them). */
async function highlightingModules(workingDir) {
  const { metafile } = await esbuild.build({
    ...shared,
    entryPoints: [HIGHLIGHTING_ENTRY],
    external: ['vscode'],
    plugins: [recognizerInItsOwnFile, oneVscodeNamespace],
    absWorkingDir: workingDir,
    write: false,
    metafile: true,
    logLevel: 'silent',
    minify: false,
    sourcemap: false,
  });
  return Object.keys(metafile.inputs).filter((input) => !input.includes(':'));
}

/**
 * The highlighting stage exports every module it is made of, keyed by path, so that the features stage
 * takes those from it rather than bundling copies: one instance of each, with its state (the log channel,
 * the l10n bundle, the settings an article is judged by).
 * @type {import('esbuild').Plugin}
 */
const highlightingSharesItsModules = {
  name: 'highlighting-shares-its-modules',
  setup(build) {
    build.onResolve({ filter: /^claimlens:highlighting$/ }, () => ({ path: 'highlighting', namespace: 'highlighting-entry' }));
    const workingDir = build.initialOptions.absWorkingDir ?? process.cwd();
    build.onLoad({ filter: /.*/, namespace: 'highlighting-entry' }, async () => {
      const modules = await highlightingModules(workingDir);
      const lines = [`export * from ${JSON.stringify(`./${HIGHLIGHTING_ENTRY}`)};`];
      modules.forEach((module, index) => lines.push(`import * as m${index} from ${JSON.stringify(`./${module}`)};`));
      lines.push(`export const sharedModules = { ${modules.map((module, index) => `${JSON.stringify(module)}: m${index}`).join(', ')} };`);
      return { contents: lines.join('\n'), resolveDir: workingDir, loader: 'js' };
    });
  },
};

/**
 * The features stage takes every module the highlighting stage is made of from dist/highlighting.js
 * (see highlightingSharesItsModules).
 * @type {import('esbuild').Plugin}
 */
const featuresTakeHighlightingModules = {
  name: 'features-take-highlighting-modules',
  setup(build) {
    const workingDir = build.initialOptions.absWorkingDir ?? process.cwd();
    let fromHighlighting = new Set();
    build.onStart(async () => {
      fromHighlighting = new Set(await highlightingModules(workingDir));
    });
    build.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData?.resolving || args.namespace !== 'file' || args.kind === 'entry-point') return undefined;
      const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { resolving: true } });
      if (resolved.errors.length > 0 || resolved.external) return undefined;
      const module = path.relative(workingDir, resolved.path).split(path.sep).join('/');
      return fromHighlighting.has(module) ? { path: module, namespace: 'from-highlighting' } : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'from-highlighting' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(HIGHLIGHTING_FILE)}).sharedModules[${JSON.stringify(args.path)}];`,
      loader: 'js',
    }));
    build.onResolve({ filter: /^\.\/highlighting\.js$/, namespace: 'from-highlighting' }, () => ({ path: HIGHLIGHTING_FILE, external: true }));
  },
};

/**
 * Every module's `import * as vscode` would otherwise copy the whole API object into a namespace of its
 * own as the bundle loads (esbuild's __toESM, once per importing module); one module re-exporting it
 * makes that one copy.
 * @type {import('esbuild').Plugin}
 */
const oneVscodeNamespace = {
  name: 'one-vscode-namespace',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) =>
      args.namespace === 'vscode-api' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-api' });
    build.onLoad({ filter: /.*/, namespace: 'vscode-api' }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

/**
 * Leaves Node's built-in modules out of the web bundle as externals, so that the build goes through while
 * code still imports them; the web-build unit test lists every such import from the metafile.
 * @type {import('esbuild').Plugin}
 */
const nodeBuiltinsExternal = {
  name: 'node-builtins-external',
  setup(build) {
    build.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, (args) => (NODE_BUILTINS.has(args.path) ? { path: args.path, external: true } : undefined));
  },
};

/**
 * Modules with a `.web.ts` twin beside them (the same exports, no Node built-ins) are replaced by it in
 * the web bundle: e.g. store/replaceFile.ts, whose atomic POSIX rename needs node:fs.
 * @type {import('esbuild').Plugin}
 */
const webTwins = {
  name: 'web-twins',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.namespace !== 'file' || args.path.endsWith('.web')) return undefined;
      const twin = path.join(args.resolveDir, `${args.path}.web.ts`);
      return fs.existsSync(twin) ? { path: twin } : undefined;
    });
  },
};

/**
 * The extension for the web extension host (a web worker): no Node, so every dependency is bundled.
 * @type {import('esbuild').BuildOptions}
 */
export const webExtensionBuild = {
  ...shared,
  platform: 'browser',
  target: 'es2022',
  entryPoints: ['src/extension/extension.ts'],
  outfile: 'dist/web/extension.js',
  external: ['vscode'],
  mainFields: ['browser', 'module', 'main'],
  // One file: the recognizer's dynamic import stays inline; the gazetteer's index is read from dist/.
  plugins: [webTwins, nodeBuiltinsExternal, prebuiltIndexPlugin({ file: true })],
};

export const builds = [
  { ...shared, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [stagesInTheirOwnFiles] },
  { ...shared, entryPoints: ['claimlens:highlighting'], outfile: 'dist/highlighting.js', external: ['vscode'], plugins: [highlightingSharesItsModules, recognizerInItsOwnFile, oneVscodeNamespace] },
  { ...shared, entryPoints: ['src/extension/features.ts'], outfile: 'dist/features.js', external: ['vscode'], plugins: [featuresTakeHighlightingModules, recognizerInItsOwnFile, oneVscodeNamespace] },
  // The extension reads dist/builtinIndex.json (see RecognizerSource).
  { ...shared, entryPoints: ['src/core/entities/recognizer.ts'], outfile: 'dist/recognizer.js', plugins: [prebuiltIndexPlugin({ file: true })] },
  webExtensionBuild,
  { ...shared, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [prebuiltIndexPlugin({ embed: true })] },
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (watch) {
    const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
    await Promise.all(contexts.map((context) => context.watch()));
  } else {
    await Promise.all(builds.map((options) => esbuild.build(options)));
  }
}
