// `npm start [-- FOLDER]`: builds the extension and serves VS Code (code-server, installed on first use)
// on 127.0.0.1 with Claim Lens loaded from this repository and FOLDER open: a folder of articles or a
// .code-workspace file, relative to where npm was run; sample/ when none is given. Runs until Ctrl+C.
// The port is $PORT, or 8080, or a free one when that is taken.
import fs from 'node:fs';
import path from 'node:path';
import { runCommand } from './vscode/command.mjs';
import { startCodeServer } from './vscode/code-server.mjs';
import { repoRoot, sampleWorkspace, vscodeTestDir } from './vscode/paths.mjs';

const DEFAULT_PORT = 8080;
const stateDir = path.join(vscodeTestDir, 'start');
const extensionsDir = path.join(stateDir, 'extensions');
const logFile = path.join(stateDir, 'code-server.log');

const workspace = chosenWorkspace(process.argv.slice(2));

console.log('Building the extension...');
const build = await runCommand('npm', ['run', '--silent', 'build'], { cwd: repoRoot });
if (build.code !== 0) {
  console.error('The build failed; fix it and run npm start again.');
  process.exit(1);
}

// A link in the extensions folder loads the extension from the repo itself, so a rebuild followed by
// "Developer: Reload Window" shows the change. The folder is made anew so no stale version lingers.
const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
fs.rmSync(extensionsDir, { recursive: true, force: true });
fs.mkdirSync(extensionsDir, { recursive: true });
fs.symlinkSync(repoRoot, path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`));
if (workspace === sampleWorkspace) fs.mkdirSync(sampleWorkspace, { recursive: true });

const server = await startCodeServer({
  userDataDir: path.join(stateDir, 'user-data'),
  extensionsDir,
  folder: workspace,
  // Without --ignore-last-opened, code-server reopens the previous run's folder instead of this one.
  args: ['--disable-workspace-trust', '--ignore-last-opened'],
  port: Number(process.env.PORT ?? DEFAULT_PORT),
  logFile,
});

console.log(`
Claim Lens is running in VS Code ${server.url}
  workspace: ${workspace}
  after a change: npm run build (or keep npm run watch running), then "Developer: Reload Window"
  code-server log: ${logFile}
Press Ctrl+C to stop.`);

let stopping = false;
const shutDown = async () => {
  stopping = true;
  await server.stop();
  process.exit(0);
};
process.once('SIGINT', shutDown);
process.once('SIGTERM', shutDown);
void server.exited.then((code) => {
  if (stopping) return;
  console.error(`code-server stopped by itself (exit code ${code}); see ${logFile}`);
  process.exit(1);
});

/** The folder or .code-workspace file named on the command line, resolved against npm's working directory. */
function chosenWorkspace(args) {
  if (args.length > 1) {
    console.error('usage: npm start [-- FOLDER | FILE.code-workspace]');
    process.exit(2);
  }
  if (args.length === 0) return sampleWorkspace;
  // npm runs scripts in the package folder; INIT_CWD is where `npm start` was typed.
  const chosen = path.resolve(process.env.INIT_CWD ?? process.cwd(), args[0]);
  const isFolder = fs.existsSync(chosen) && fs.statSync(chosen).isDirectory();
  if (!isFolder && !(chosen.endsWith('.code-workspace') && fs.existsSync(chosen))) {
    console.error(`npm start: ${chosen} is neither a folder nor a .code-workspace file.`);
    process.exit(2);
  }
  return chosen;
}
