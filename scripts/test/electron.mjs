// Runs the integration tests in desktop VS Code through @vscode/test-electron, the ecosystem's standard
// runner, for machines with internet access (it downloads VS Code into .vscode-test/ on first use).
// The version is pinned to 1.100.3, the VS Code inside code-server 4.100.3 (scripts/vscode/), so both
// harnesses test the same release, and `engines.vscode` (^1.100.0) is tested at its floor.
// On Linux without a display, run it under xvfb-run. `npm run test:electron` builds first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { integrationTestsModule, repoRoot, sampleWorkspace, secondTestFolder } from '../vscode/paths.mjs';
import { copyWorkspace } from '../vscode/workspace.mjs';

const VSCODE_VERSION = '1.100.3';
const DOWNLOAD_TIMEOUT_MS = 15_000;

const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-electron-'));
// The same multi-root workspace as in code-server (scripts/vscode/run-in-browser.mjs): the sample first.
const workspace = path.join(runDir, 'claimlens-tests.code-workspace');
const folders = [copyWorkspace(sampleWorkspace, runDir), copyWorkspace(secondTestFolder, runDir)];
fs.writeFileSync(workspace, JSON.stringify({ folders: folders.map((folder) => ({ path: folder })) }, null, 2));
const resultFile = path.join(runDir, 'result.json');

let exitCode;
try {
  exitCode = await runTests({
    version: VSCODE_VERSION,
    timeout: DOWNLOAD_TIMEOUT_MS,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: integrationTestsModule,
    extensionTestsEnv: { CLAIMLENS_INTEGRATION_RESULT_FILE: resultFile },
    launchArgs: [workspace, '--disable-extensions', '--user-data-dir', path.join(runDir, 'user-data')],
  });
} catch (error) {
  // runTests rejects both when VS Code cannot be downloaded and when the tests fail.
  console.error(`@vscode/test-electron failed: ${error instanceof Error ? error.message : error}`);
  if (!fs.existsSync(resultFile)) {
    console.error(
      `If VS Code ${VSCODE_VERSION} could not be downloaded (no internet), run the same tests in code-server instead: npm run test:integration`,
    );
  }
  exitCode = 1;
}

const result = fs.existsSync(resultFile) ? JSON.parse(fs.readFileSync(resultFile, 'utf8')) : { passed: 0, failed: 1, skipped: 0 };
fs.rmSync(runDir, { recursive: true, force: true });
console.log(`${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped`);
process.exit(exitCode === 0 && result.failed === 0 ? 0 : 1);
