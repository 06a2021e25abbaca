// Starts and stops code-server on 127.0.0.1, and runs its extension-management CLI; both install
// code-server first when it is not installed yet.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { runChecked } from './command.mjs';
import { codeServerEntry, installCodeServer } from './install-code-server.mjs';

const STARTUP_TIMEOUT_MS = 60_000;

/** Flags every run shares: no login, no network calls that cannot succeed here. */
const COMMON_FLAGS = ['--disable-telemetry', '--disable-update-check'];

/**
 * @typedef {object} CodeServerOptions
 * @property {string} userDataDir
 * @property {string} extensionsDir
 * @property {string} [folder] the workspace folder the workbench opens
 * @property {string[]} [args] extra code-server flags
 * @property {Record<string, string>} [env] extra environment variables (the extension host inherits them)
 * @property {number} [port] preferred port; a free one is used when it is taken or not given
 * @property {string} logFile receives code-server's output (it logs harmless marketplace lookup errors)
 */

/**
 * @param {CodeServerOptions} options
 * @returns {Promise<{ url: string, port: number, exited: Promise<number | null>, stop: () => Promise<void> }>}
 *   exited resolves with the exit code when code-server ends
 */
export async function startCodeServer({ userDataDir, extensionsDir, folder, args = [], env = {}, port, logFile }) {
  await installCodeServer();
  const chosenPort = port !== undefined && (await isPortFree(port)) ? port : await findFreePort();
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.openSync(logFile, 'a');
  const flags = [
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${chosenPort}`,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    ...COMMON_FLAGS,
    ...args,
    ...(folder ? [folder] : []),
  ];
  // Its own process group, so stop() also ends the extension host and other children it spawns.
  const child = spawn(process.execPath, [codeServerEntry, ...flags], {
    detached: true,
    env: { ...process.env, ...env },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);

  const exited = new Promise((resolve) => child.once('exit', resolve));
  const killGroup = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', killGroup);
  const stop = async () => {
    process.removeListener('exit', killGroup);
    if (child.exitCode === null && child.signalCode === null) {
      killGroup();
      await exited;
    }
  };

  const url = `http://127.0.0.1:${chosenPort}/`;
  try {
    await waitForHttp(url, exited, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port: chosenPort, exited, stop };
}

/** Installs a .vsix into extensionsDir with code-server's CLI. */
export async function installExtension(vsixPath, extensionsDir, userDataDir) {
  await installCodeServer();
  const args = ['--install-extension', vsixPath, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir];
  return runChecked(process.execPath, [codeServerEntry, ...COMMON_FLAGS, ...args]);
}

async function waitForHttp(url, exited, logFile) {
  let processExited = false;
  exited.then(() => (processExited = true));
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (processExited) throw new Error(`code-server exited during startup; see ${logFile}`);
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2_000) });
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer at ${url} within ${STARTUP_TIMEOUT_MS / 1000} s; see ${logFile}`);
}

function isPortFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}
