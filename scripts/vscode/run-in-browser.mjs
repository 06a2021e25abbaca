// Runs an extension tests module (one exporting `run(): Promise<void>`) inside real VS Code: code-server
// serves the workbench, headless Chromium opens it with the extension-development payload, and the
// workbench calls run() in its extension host exactly as the desktop test runner does.
//
// While run() is pending, the module may log `CLAIMLENS_SCREENSHOT <name>` (see takeScreenshot in
// test/integration/index.ts): the page is then saved as <screenshotDir>/<name>.png and the module is told
// through a file in $CLAIMLENS_SCREENSHOT_ACK_DIR. The picture has to be taken before run() resolves,
// because the workbench stops the extension host (and drops the extension's decorations and views)
// before it reports the exit code.
//
// Usage: node scripts/vscode/run-in-browser.mjs --tests out/test/integration/index.js
//          [--workspace DIR (default: sample)] [--also DIR]... [--screenshots DIR] [--viewport 1400x850] [--timeout 300]
// With --also (extraFolders), the workbench opens a multi-root workspace: a copy of the workspace folder
// first, then copies of the extra folders.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format, parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startCodeServer } from './code-server.mjs';
import { repoRoot, sampleWorkspace } from './paths.mjs';
import { copyWorkspace } from './workspace.mjs';

export const CHROMIUM_PATH = '/usr/bin/chromium';
// Without the networking flags, Chromium keeps trying Google's hosts, which this machine refuses.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const SCREENSHOT_MARKER = /^CLAIMLENS_SCREENSHOT (\S+)$/m;
/** The workbench's own startup messages, which share the channel of the extension host's console. */
const WORKBENCH_CHATTER =
  /^(Resolving connection token|Resolved connection token|Creating a socket|\[Service Worker\]|ChatSessionStore:|Updating additional builtin extensions|Ignoring fetching additional builtin extensions)/;
/** A quiet workbench, so screenshots show the editor rather than welcome pages and tips. */
export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'update.showReleaseNotes': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  // VS Code in the browser saves after a second by default: tests of unsaved edits would pass or fail by timing.
  'files.autoSave': 'off',
};

/**
 * @typedef {object} BrowserRunOptions
 * @property {string} extensionTestsPath absolute path of the module whose run() is called
 * @property {string} [extensionDevelopmentPath] absolute path of the extension under development (default: the repo)
 * @property {string} [workspace] folder copied to a fresh temp folder that the workbench opens (default: sample/)
 * @property {string[]} [extraFolders] more folders, copied likewise; with any, the workbench opens a
 *   multi-root workspace (a .code-workspace file) whose first folder is the copy of `workspace`
 * @property {string} [extensionsDir] installed extensions (default: a fresh empty folder)
 * @property {string} [screenshotDir] where requested screenshots are saved
 * @property {{ width: number, height: number }} [viewport]
 * @property {number} [timeoutMs] the run fails when run() has not finished by then
 * @property {(text: string) => void} [onOutput] receives the extension host's console output
 */

/**
 * @param {BrowserRunOptions} options
 * @returns {Promise<{ exitCode: number, output: string }>} exitCode 0 when run() resolved; output is what
 *   onOutput received
 */
export async function runTestsInBrowser({
  extensionTestsPath,
  extensionDevelopmentPath = repoRoot,
  workspace = sampleWorkspace,
  extraFolders = [],
  extensionsDir,
  screenshotDir,
  viewport = { width: 1400, height: 850 },
  timeoutMs = 5 * 60_000,
  onOutput = (text) => console.log(text),
}) {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is missing at ${CHROMIUM_PATH}: apt-get install -y chromium`);

  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-vscode-'));
  let server;
  let browser;
  try {
    const folder = copyWorkspace(workspace, runDir);
    const extraCopies = extraFolders.map((extra) => copyWorkspace(extra, runDir));
    const workspaceFile = extraCopies.length > 0 ? writeWorkspaceFile(runDir, [folder, ...extraCopies]) : undefined;
    const userDataDir = path.join(runDir, 'user-data');
    fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
    fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
    const ackDir = path.join(runDir, 'screenshot-acks');
    fs.mkdirSync(ackDir);

    server = await startCodeServer({
      userDataDir,
      extensionsDir: extensionsDir ?? path.join(runDir, 'extensions'),
      folder: workspaceFile ?? folder,
      args: ['--disable-workspace-trust'],
      // An empty gallery turns the marketplace off: it is unreachable offline and its lookups only log errors.
      env: { CLAIMLENS_SCREENSHOT_ACK_DIR: ackDir, EXTENSIONS_GALLERY: '{}' },
      logFile: path.join(runDir, 'code-server.log'),
    });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
    const page = await browser.newPage({ viewport });

    let output = '';
    const takeScreenshot = async (name) => {
      if (screenshotDir) {
        fs.mkdirSync(screenshotDir, { recursive: true });
        const file = path.join(screenshotDir, `${name}.png`);
        await page.screenshot({ path: file });
        onOutput(`[harness] screenshot saved: ${file}`);
      }
      fs.writeFileSync(path.join(ackDir, name), '');
    };
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      const text = Array.isArray(args) ? format(...args) : String(args);
      if (WORKBENCH_CHATTER.test(text)) return;
      output += `${text}\n`;
      onOutput(text);
      const request = SCREENSHOT_MARKER.exec(text);
      if (request) takeScreenshot(request[1]).catch((error) => onOutput(`[harness] screenshot failed: ${error}`));
    });
    let reportExit;
    const exited = new Promise((resolve) => (reportExit = resolve));
    await page.exposeFunction('codeAutomationExit', (code) => reportExit(code));

    const remote = (file) => `vscode-remote://127.0.0.1:${server.port}${file}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extensionDevelopmentPath)],
      ['extensionTestsPath', remote(extensionTestsPath)],
    ];
    const opened = workspaceFile ? { workspace: workspaceFile } : { folder };
    // Generous: on a loaded machine the workbench page takes longer than the default 30 s to load.
    await page.goto(`${server.url}?${new URLSearchParams({ ...opened, payload: JSON.stringify(payload) })}`, { timeout: 120_000 });

    const timedOut = new Promise((resolve) => setTimeout(resolve, timeoutMs, 'timeout').unref());
    const exitCode = await Promise.race([exited, timedOut]);
    if (exitCode === 'timeout') {
      onOutput(`[harness] the tests did not finish within ${timeoutMs / 1000} s`);
      return { exitCode: 1, output };
    }
    return { exitCode, output };
  } finally {
    await browser?.close();
    await server?.stop();
    fs.rmSync(runDir, { recursive: true, force: true });
  }
}

/** A .code-workspace file in runDir listing `folders` in order; returns its path. */
function writeWorkspaceFile(runDir, folders) {
  const file = path.join(runDir, 'claimlens-tests.code-workspace');
  fs.writeFileSync(file, JSON.stringify({ folders: folders.map((folder) => ({ path: folder })) }, null, 2));
  return file;
}

function parseViewport(text) {
  const match = /^(\d+)x(\d+)$/.exec(text);
  if (!match) throw new Error(`--viewport must look like 1400x850, not ${text}`);
  return { width: Number(match[1]), height: Number(match[2]) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      tests: { type: 'string' },
      workspace: { type: 'string' },
      also: { type: 'string', multiple: true },
      screenshots: { type: 'string' },
      viewport: { type: 'string', default: '1400x850' },
      timeout: { type: 'string', default: '300' },
    },
  });
  if (!values.tests) {
    console.error('usage: run-in-browser.mjs --tests <module.js> [--workspace DIR] [--also DIR]... [--screenshots DIR] [--viewport WxH] [--timeout SECONDS]');
    process.exit(2);
  }
  const { exitCode } = await runTestsInBrowser({
    extensionTestsPath: path.resolve(values.tests),
    workspace: values.workspace ? path.resolve(values.workspace) : undefined,
    extraFolders: (values.also ?? []).map((folder) => path.resolve(folder)),
    screenshotDir: values.screenshots && path.resolve(values.screenshots),
    viewport: parseViewport(values.viewport),
    timeoutMs: Number(values.timeout) * 1000,
  });
  process.exit(exitCode);
}
