// Packages the extension as vsce does for the marketplace, checks what the .vsix holds, installs it into
// code-server and proves that the installed copy activates in real VS Code.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { extensionId, manifest, packagedVsix, repoRoot, vsixPath } from './packagedVsix';
import { listZipEntries } from './zip';

// vsce stores README.md, CHANGELOG.md and LICENSE under these names.
const REQUIRED_ENTRIES = [
  '[Content_Types].xml',
  'extension.vsixmanifest',
  'extension/package.json',
  // Manifest strings and extension strings, the English a translation starts from.
  'extension/package.nls.json',
  'extension/l10n/bundle.l10n.json',
  'extension/dist/extension.js',
  // The two stages extension.js loads once activation has returned.
  'extension/dist/highlighting.js',
  'extension/dist/features.js',
  'extension/dist/recognizer.js',
  'extension/dist/builtinIndex.json',
  'extension/dist/web/extension.js',
  'extension/dist/cli.js',
  'extension/media/icon.png',
  // The comparison view's page script and styles.
  'extension/media/compare/compare.js',
  'extension/media/compare/compare.css',
  'extension/readme.md',
  'extension/changelog.md',
  'extension/LICENSE.txt',
  // The bundled place names are GeoNames data under CC BY 4.0, which asks for this credit.
  'extension/NOTICE',
];
const OPTIONAL_ENTRIES = [/^extension\/media\//, /^extension\/schemas\/.+\.json$/];
const FORBIDDEN_ENTRIES = [/^extension\/(src|test|node_modules|out|scripts|sample|\.ci)\//, /\.map$/];

interface BrowserRun {
  exitCode: number;
  output: string;
}
interface Harness {
  installExtension(vsix: string, extensionsDir: string, userDataDir: string): Promise<unknown>;
  runTestsInBrowser(options: {
    extensionTestsPath: string;
    extensionDevelopmentPath: string;
    extensionsDir: string;
    onOutput: (text: string) => void;
  }): Promise<BrowserRun>;
}

/** The code-server harness is plain ES modules under scripts/vscode/, loaded from the repo at run time. */
async function loadHarness(): Promise<Harness> {
  const load = (file: string) => import(pathToFileURL(path.join(repoRoot, 'scripts', 'vscode', file)).href);
  const [codeServer, browser] = await Promise.all([load('code-server.mjs'), load('run-in-browser.mjs')]);
  return { installExtension: codeServer.installExtension, runTestsInBrowser: browser.runTestsInBrowser };
}

describe('the packaged extension (claim-lens.vsix)', () => {
  let entries: string[];

  before(async () => {
    entries = listZipEntries(await packagedVsix());
  });

  it('holds the manifest, both bundles, the icon and the docs', () => {
    assert.deepEqual(REQUIRED_ENTRIES.filter((entry) => !entries.includes(entry)), []);
  });

  it('holds nothing else but media and JSON schemas', () => {
    const allowed = (entry: string) => REQUIRED_ENTRIES.includes(entry) || OPTIONAL_ENTRIES.some((pattern) => pattern.test(entry));
    assert.deepEqual(entries.filter((entry) => !allowed(entry)), []);
  });

  it('leaves out sources, tests, dependencies, build output, source maps and tooling', () => {
    assert.deepEqual(entries.filter((entry) => FORBIDDEN_ENTRIES.some((pattern) => pattern.test(entry))), []);
  });

  describe('installed into code-server', () => {
    let runDir: string;
    let extensionsDir: string;
    let harness: Harness;

    before(async () => {
      runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-vsix-'));
      extensionsDir = path.join(runDir, 'extensions');
      harness = await loadHarness();
      await harness.installExtension(vsixPath, extensionsDir, path.join(runDir, 'user-data'));
    });

    after(() => fs.rmSync(runDir, { recursive: true, force: true }));

    it('is unpacked into the extensions folder by --install-extension', () => {
      const installedManifest = path.join(extensionsDir, `${extensionId}-${manifest.version}`, 'package.json');
      assert.ok(fs.existsSync(installedManifest), `${installedManifest} is missing`);
    });

    it('activates from the extensions folder in real VS Code', async () => {
      // VS Code runs a tests module only for an extension under development: this one is an empty stand-in,
      // so the extension that activates is the installed copy.
      const standIn = path.join(runDir, 'stand-in-extension');
      fs.mkdirSync(standIn);
      const standInManifest = { name: 'package-probe', publisher: 'claimlens-test', version: '0.0.0', engines: { vscode: '^1.100.0' } };
      fs.writeFileSync(path.join(standIn, 'package.json'), JSON.stringify(standInManifest));

      const { exitCode, output } = await harness.runTestsInBrowser({
        extensionTestsPath: path.join(__dirname, 'installed-extension-probe.js'),
        extensionDevelopmentPath: standIn,
        extensionsDir,
        onOutput: () => undefined,
      });
      assert.equal(exitCode, 0, `the probe failed:\n${output}`);
      const report = /^CLAIMLENS_INSTALLED_EXTENSION (\{.*\})$/m.exec(output);
      assert.ok(report, `the probe reported nothing:\n${output}`);
      const { extensionPath, isActive } = JSON.parse(report[1]) as { extensionPath: string; isActive: boolean };
      assert.ok(extensionPath.startsWith(extensionsDir + path.sep), `loaded from ${extensionPath}, not from ${extensionsDir}`);
      assert.equal(isActive, true);
    });
  });
});
