// Extension-host bench: runs test/bench/activation.ts (compiled to out/) inside real VS Code through
// scripts/vscode/run-in-browser.mjs and prints the figures it reports; never passes or fails.
//   - activate() of an empty extension and of Claim Lens, in the same VS Code, an article open as
//     onLanguage activation finds it                                    (target ≤ 1.5 × the empty one)
//   - that article's first highlight drawn, after activate() returned   (target ≤ 150 ms), and in full
//   - an article opened afterwards: until the editor shows, until its first highlight
//   - a 10 MB article: longest event-loop block while it highlights    (budget ≤ 100 ms), total time,
//     and whether the visible part was highlighted before the rest
// It measures the extension as dist/ holds it: `npm run bench` builds the production bundle first; on its
// own, run `npm run build:production && npm run compile-tests`, then `node scripts/bench/extension-host.mjs`.
// `--extension DIR` measures another build of Claim Lens instead (say, an older commit's: DIR holds its
// package.json and dist/), to compare in one session; its API must offer onDidChangeHighlights.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot, sampleWorkspace } from '../vscode/paths.mjs';
import { runTestsInBrowser } from '../vscode/run-in-browser.mjs';

/** FIGURE_MARKER in test/bench/activation.ts. */
const FIGURE = /^CLAIMLENS_BENCH (.*)$/;
const HARNESS = /^\[harness\]/;

/**
 * A copy of the extension as dist/ holds it now, without activation events: as the workbench starts, it
 * sometimes opens a plaintext model of its own, and onLanguage:plaintext would activate the extension
 * before the bench could time activate(). The copy also keeps others' rebuilds out of the run.
 */
function benchExtension(folder, source) {
  for (const part of ['dist', 'media', 'schemas']) fs.cpSync(path.join(source, part), path.join(folder, part), { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8'));
  fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify({ ...manifest, activationEvents: [] }, null, 2));
  const bundle = fs.readFileSync(path.join(folder, manifest.main), 'utf8');
  // Only the development build links a source map.
  const build = bundle.includes('//# sourceMappingURL=') ? 'development build' : 'production build';
  const kb = (file) => `${(fs.statSync(file).size / 1024).toFixed(0)} KB`;
  console.log(`${'bundle'.padEnd(56)} ${path.normalize(manifest.main)}, ${build}, ${(Buffer.byteLength(bundle) / 1024).toFixed(0)} KB`);
  const stages = ['highlighting.js', 'features.js'].map((name) => path.join(folder, 'dist', name)).filter((file) => fs.existsSync(file));
  if (stages.length > 0) console.log(`${'  loaded once activate() has returned'.padEnd(56)} ${stages.map((file) => `${path.basename(file)} ${kb(file)}`).join(', then ')}`);
  const onFirstUse = ['recognizer.js', 'builtinIndex.json'].map((name) => path.join(folder, 'dist', name)).filter((file) => fs.existsSync(file));
  if (onFirstUse.length > 0) console.log(`${'  loaded on first use'.padEnd(56)} ${onFirstUse.map((file) => `${path.basename(file)} ${kb(file)}`).join(', ')}`);
  return folder;
}

/** EMPTY_EXTENSION_IDS in test/bench/activation.ts: the first one is activated only to warm up. */
const EMPTY_EXTENSION_NAMES = ['warm-up', 'empty'];
const EMPTY_EXTENSION_PUBLISHER = 'claimlens-bench';

/**
 * An extensions folder holding installed extensions that do nothing, so that the bench can time
 * activate() of the least an extension can be, in the same VS Code as ours.
 */
function emptyExtensionsDir(folder) {
  const publisher = EMPTY_EXTENSION_PUBLISHER;
  const version = '0.0.1';
  const registry = EMPTY_EXTENSION_NAMES.map((name) => {
    const relativeLocation = `${publisher}.${name}-${version}`;
    const location = path.join(folder, relativeLocation);
    fs.mkdirSync(location, { recursive: true });
    fs.writeFileSync(path.join(location, 'package.json'), JSON.stringify({
      name, publisher, version, engines: { vscode: '^1.100.0' }, main: './extension.js', activationEvents: [],
    }, null, 2));
    fs.writeFileSync(path.join(location, 'extension.js'), 'exports.activate = () => ({});\nexports.deactivate = () => {};\n');
    return { identifier: { id: `${publisher}.${name}` }, version, location: { $mid: 1, path: location, scheme: 'file' }, relativeLocation };
  });
  // The registry VS Code reads instead of scanning the folder.
  fs.writeFileSync(path.join(folder, 'extensions.json'), JSON.stringify(registry));
  return folder;
}

const { values: options } = parseArgs({ options: { extension: { type: 'string' } } });
const measured = path.resolve(options.extension ?? repoRoot);

let figures = 0;
const extensionCopy = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-bench-'));
const extensionsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-bench-extensions-'));
const { exitCode, output } = await runTestsInBrowser({
  extensionDevelopmentPath: benchExtension(extensionCopy, measured),
  extensionsDir: emptyExtensionsDir(extensionsDir),
  extensionTestsPath: path.join(repoRoot, 'out', 'test', 'bench', 'activation.js'),
  workspace: sampleWorkspace,
  timeoutMs: 10 * 60_000,
  onOutput: (text) => {
    for (const line of text.split('\n')) {
      const figure = FIGURE.exec(line);
      if (figure) figures++;
      if (figure || HARNESS.test(line)) console.log(figure ? figure[1] : line);
    }
  },
}).finally(() => {
  fs.rmSync(extensionCopy, { recursive: true, force: true });
  fs.rmSync(extensionsDir, { recursive: true, force: true });
});
if (exitCode !== 0) {
  console.error(`\nthe bench did not finish (exit code ${exitCode}); the extension host said:\n${output}`);
  process.exit(1);
}
if (figures === 0) console.error('the bench reported no figures');
process.exit(figures === 0 ? 1 : 0);
