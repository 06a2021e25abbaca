// Makes a fresh clone ready for `npm start` and `npm test` with nothing but Node's own modules, since
// nothing else is installed yet: the npm packages (npm ci) and, with --browser, Debian's Chromium
// (which drives VS Code in the integration tests). Both need ripgrep for VS Code's search.
// Usage: node scripts/setup/bootstrap.mjs [--browser]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const wantsBrowser = process.argv.includes('--browser');

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

const lock = path.join(root, 'package-lock.json');
const installed = path.join(root, 'node_modules', '.package-lock.json');
if (!fs.existsSync(installed) || fs.statSync(installed).mtimeMs < fs.statSync(lock).mtimeMs) run('npm', ['ci']);

const missing = [['/usr/bin/rg', 'ripgrep'], ...(wantsBrowser ? [['/usr/bin/chromium', 'chromium']] : [])]
  .filter(([binary]) => !fs.existsSync(binary))
  .map(([, debianPackage]) => debianPackage);
if (missing.length > 0) {
  if (process.getuid?.() !== 0 || !fs.existsSync('/usr/bin/apt-get')) {
    console.error(`Claim Lens needs ${missing.join(' and ')}: install them (on Debian: sudo apt-get install -y ${missing.join(' ')}) and run this again.`);
    process.exit(1);
  }
  run('apt-get', ['update', '-q']);
  run('apt-get', ['install', '-y', '-q', ...missing]);
}
