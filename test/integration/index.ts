// The tests module that VS Code's test runner (desktop, or code-server through
// scripts/vscode/run-in-browser.mjs) loads into the extension host: it runs every *.test.js beside this
// file with mocha and closes with a machine-readable summary line that scripts/test/ parse.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const RESULT_MARKER = 'CLAIMLENS_INTEGRATION_RESULT';
const SCREENSHOT_ACK_TIMEOUT_MS = 30_000;

export async function run(): Promise<void> {
  console.log(`Running integration tests in VS Code ${vscode.version}`);
  // A dynamic import: mocha 12 is an ES module, which the extension host's require() may not load.
  const { default: Mocha } = await import('mocha');
  // CLAIMLENS_TEST_GREP runs only the tests whose titles match it, for a quicker loop while developing.
  const grep = process.env.CLAIMLENS_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 20_000, color: false, ...(grep ? { grep } : {}) });
  const files = fs.readdirSync(__dirname, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.test.js'));
  for (const file of files.sort()) mocha.addFile(path.join(__dirname, file));

  const { passes, failures, pending } = await new Promise<Mocha.Stats>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats ?? ({ passes: 0, failures: 1, pending: 0 } as Mocha.Stats)));
  });
  const result = JSON.stringify({ passed: passes, failed: failures, skipped: pending, vscodeVersion: vscode.version });
  console.log(`${RESULT_MARKER} ${result}`);
  // Desktop runs (scripts/test/electron.mjs) cannot read the extension host's console, so they ask for a file.
  const resultFile = process.env.CLAIMLENS_INTEGRATION_RESULT_FILE;
  if (resultFile) fs.writeFileSync(resultFile, result);
  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}

/**
 * For scenario modules run by scripts/vscode/run-in-browser.mjs: saves a picture of the workbench as it
 * is now as <screenshot dir>/<name>.png and resolves once it is taken. Without that harness (desktop VS
 * Code) nothing takes pictures and it resolves at once.
 */
export async function takeScreenshot(name: string): Promise<void> {
  const ackDir = process.env.CLAIMLENS_SCREENSHOT_ACK_DIR;
  if (!ackDir) return;
  if (!/^[\w.-]+$/.test(name)) throw new Error(`screenshot names are file names without a folder: ${name}`);
  const ack = path.join(ackDir, name);
  fs.rmSync(ack, { force: true });
  console.log(`CLAIMLENS_SCREENSHOT ${name}`);
  const deadline = Date.now() + SCREENSHOT_ACK_TIMEOUT_MS;
  while (!fs.existsSync(ack)) {
    if (Date.now() > deadline) throw new Error(`the harness did not take screenshot ${name}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
