// Bundles the extension (for Node and, as groundwork for VS Code for the Web, for the browser) and the
// CLI. `--production` minifies; `--watch` rebuilds on change. Imported (by the web-build unit test), it
// only exports the options.
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

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
  plugins: [nodeBuiltinsExternal],
};

export const builds = [
  { ...shared, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  webExtensionBuild,
  { ...shared, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (watch) {
    const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
    await Promise.all(contexts.map((context) => context.watch()));
  } else {
    await Promise.all(builds.map((options) => esbuild.build(options)));
  }
}
