// Installs code-server (a real VS Code whose workbench runs in a browser) from the npm registry into
// .vscode-test/code-server/, for machines that cannot download desktop VS Code. Idempotent: a marker
// file written last makes later runs return at once.
// Usage: node scripts/vscode/install-code-server.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChecked } from './command.mjs';
import { vscodeTestDir } from './paths.mjs';

const CODE_SERVER_VERSION = '4.100.3';
const VSCODE_VERSION = '1.100.3';
/** The engines.node of code-server 4.100.3; other majors break its native modules. */
const REQUIRED_NODE_MAJOR = 20;
const SYSTEM_RIPGREP = '/usr/bin/rg';

const codeServerRoot = path.join(vscodeTestDir, 'code-server');
const packageDir = path.join(codeServerRoot, 'node_modules', 'code-server');
const vscodeDir = path.join(packageDir, 'lib', 'vscode');
const markerFile = path.join(codeServerRoot, `.installed-${CODE_SERVER_VERSION}`);

/** The script that starts code-server (run it with this node). */
export const codeServerEntry = path.join(packageDir, 'out', 'node', 'entry.js');

const log = (line) => console.log(`[code-server install] ${line}`);

/** Installs code-server unless a complete install is there; resolves when it can be started. */
export async function installCodeServer() {
  if (fs.existsSync(markerFile)) return;
  checkPrerequisites();

  const started = Date.now();
  const step = async (title, command, args, cwd) => {
    log(`${title}...`);
    await runChecked(command, args, { cwd });
  };

  log(`installing code-server@${CODE_SERVER_VERSION} (VS Code ${VSCODE_VERSION}) into ${codeServerRoot}`);
  fs.rmSync(codeServerRoot, { recursive: true, force: true });
  fs.mkdirSync(codeServerRoot, { recursive: true });
  // Without a package.json here npm would walk up and install into the extension's own node_modules.
  fs.writeFileSync(path.join(codeServerRoot, 'package.json'), '{ "private": true }\n');

  // Its postinstall refuses to run as root and downloads ripgrep from GitHub, so its steps are done here.
  await step('downloading code-server', 'npm', ['install', '--ignore-scripts', '--no-save', `code-server@${CODE_SERVER_VERSION}`], codeServerRoot);
  await step('installing VS Code dependencies', 'npm', ['install', '--omit=dev', '--ignore-scripts'], vscodeDir);
  await step('building native modules of VS Code', 'npm', ['rebuild', '@vscode/spdlog', 'native-watchdog'], vscodeDir);
  await step('building native modules of code-server', 'npm', ['rebuild', 'argon2'], codeServerRoot);

  log('linking ripgrep and node_modules.asar');
  const ripgrepBin = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  fs.mkdirSync(ripgrepBin, { recursive: true });
  fs.copyFileSync(SYSTEM_RIPGREP, path.join(ripgrepBin, 'rg'));
  fs.chmodSync(path.join(ripgrepBin, 'rg'), 0o755);
  fs.symlinkSync('node_modules', path.join(vscodeDir, 'node_modules.asar'));

  fs.writeFileSync(markerFile, `${new Date().toISOString()}\n`);
  log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
}

function checkPrerequisites() {
  const nodeMajor = Number(process.versions.node.split('.')[0]);
  if (nodeMajor !== REQUIRED_NODE_MAJOR) {
    throw new Error(
      `code-server@${CODE_SERVER_VERSION} needs Node ${REQUIRED_NODE_MAJOR} (its engines.node); this is Node ${process.versions.node}. ` +
        `Run with Node ${REQUIRED_NODE_MAJOR}, or pick the code-server release whose engines.node matches.`,
    );
  }
  if (!fs.existsSync(SYSTEM_RIPGREP)) {
    throw new Error(`ripgrep is missing at ${SYSTEM_RIPGREP} (VS Code's search needs it): apt-get install -y ripgrep`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await installCodeServer();
    console.log(`code-server ${CODE_SERVER_VERSION} is ready: ${codeServerEntry}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
