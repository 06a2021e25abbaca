// `npm test`: type-check, lint, build, then the unit tests (plain node), the integration tests (inside real
// VS Code: code-server driven by headless Chromium) and the packaging tests (test/package/). Ends with
// one line `N passed, N failed, N skipped` counting every test of every suite (skipped: mocha's
// pending tests); exits non-zero when anything failed.
// A step that fails before its tests can run (type-check, lint, build, a crashed harness) counts as 1 failed.
// Usage: node scripts/test/all.mjs [--only unit|integration|package]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Mocha from 'mocha';
import { runCommand } from '../vscode/command.mjs';
import { integrationTestsModule, repoRoot, sampleWorkspace, secondTestFolder } from '../vscode/paths.mjs';
import { runTestsInBrowser } from '../vscode/run-in-browser.mjs';

const SUITES = {
  unit: () => runMocha(path.join(repoRoot, 'out', 'test', 'unit'), 10_000),
  integration: runIntegrationTests,
  // Packages with vsce, installs code-server when missing and starts VS Code: minutes, not seconds.
  package: () => runMocha(path.join(repoRoot, 'out', 'test', 'package'), 300_000),
};
const RESULT_LINE = /^CLAIMLENS_INTEGRATION_RESULT (\{.*\})$/m;

const { values } = parseArgs({ options: { only: { type: 'string' } } });
if (values.only !== undefined && !(values.only in SUITES)) {
  console.error(`--only takes one of: ${Object.keys(SUITES).join(', ')}`);
  process.exit(2);
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const report = (title, { passed, failed, skipped = 0 }, started) => {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  console.log(`\n-- ${title}: ${passed} passed, ${failed} failed, ${skipped} skipped in ${((Date.now() - started) / 1000).toFixed(1)} s`);
};

const steps = values.only === undefined ? [['type-check', 'typecheck'], ['lint', 'lint']] : [];
steps.push(['build', 'build'], ['compile tests', 'compile-tests']);
for (const [title, script] of steps) {
  const started = Date.now();
  console.log(`\n== ${title}`);
  const { code } = await runCommand('npm', ['run', '--silent', script], { cwd: repoRoot });
  if (code !== 0) report(`${title} failed`, { passed: 0, failed: 1 }, started);
}

for (const [name, runSuite] of Object.entries(SUITES)) {
  if (values.only !== undefined && values.only !== name) continue;
  const started = Date.now();
  console.log(`\n== ${name} tests`);
  let counts;
  try {
    counts = await runSuite();
  } catch (error) {
    console.error(`the ${name} suite crashed: ${error instanceof Error ? error.stack : error}`);
    counts = { passed: 0, failed: 1 };
  }
  report(`${name} tests`, counts, started);
}

console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);

/** Runs every *.test.js under dir in this process; a file that fails to load fails the suite. */
async function runMocha(dir, timeout) {
  const files = fs.existsSync(dir)
    ? fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.test.js')).sort()
    : [];
  if (files.length === 0) console.log(`no *.test.js under ${path.relative(repoRoot, dir)}`);
  const mocha = new Mocha({ reporter: 'spec', timeout });
  for (const file of files) mocha.addFile(path.join(dir, file));
  await mocha.loadFilesAsync();
  return new Promise((resolve) => {
    const runner = mocha.run(() => resolve({ passed: runner.stats.passes, failed: runner.stats.failures, skipped: runner.stats.pending }));
  });
}

async function runIntegrationTests() {
  const { exitCode, output } = await runTestsInBrowser({
    extensionTestsPath: integrationTestsModule,
    workspace: sampleWorkspace,
    extraFolders: [secondTestFolder],
    // Only a guard against a hung run: on a loaded shared machine the suite alone takes over 5 minutes.
    timeoutMs: 20 * 60_000,
  });
  const match = RESULT_LINE.exec(output);
  if (!match) {
    console.error('the integration tests printed no CLAIMLENS_INTEGRATION_RESULT line: they did not run to the end');
    return { passed: 0, failed: 1 };
  }
  const { passed, failed, skipped, vscodeVersion } = JSON.parse(match[1]);
  console.log(`integration tests ran in VS Code ${vscodeVersion}`);
  // A run that failed after its summary (the extension host crashing on exit, say) still fails.
  return { passed, failed: exitCode !== 0 && failed === 0 ? 1 : failed, skipped };
}
