// `npm run bench`: builds, runs every other *.mjs in scripts/bench/ as its own process with its output
// streamed, and closes with a summary. Benches print figures and never pass or fail; a bench that crashes
// is reported and makes the exit code non-zero, but the others still run. A failed build before the
// benches stops everything, since they would measure stale code.
//
// The benches run against the production bundle, so its size and the extension-host figures are those of
// the published extension; the development build (with source maps, as tests and debugging expect) is
// restored at the end.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommand } from '../vscode/command.mjs';
import { repoRoot } from '../vscode/paths.mjs';

const self = fileURLToPath(import.meta.url);
const benchDir = path.dirname(self);
const benches = fs.readdirSync(benchDir).filter((file) => file.endsWith('.mjs') && file !== path.basename(self)).sort();

/** Runs an npm script with its output streamed; true when it succeeded. */
async function npmRun(script) {
  console.log(`\n== npm run ${script}`);
  const { code } = await runCommand('npm', ['run', '--silent', script], { cwd: repoRoot });
  if (code !== 0) console.error(`\nnpm run ${script} failed with exit code ${code}`);
  return code === 0;
}

for (const script of ['build:production', 'compile-tests']) {
  if (!(await npmRun(script))) process.exit(1);
}

const results = [];
for (const bench of benches) {
  console.log(`\n== ${bench}`);
  const started = Date.now();
  const { code } = await runCommand(process.execPath, [path.join(benchDir, bench)], { cwd: repoRoot });
  results.push({ bench, code, seconds: (Date.now() - started) / 1000 });
}
const rebuilt = await npmRun('build');

console.log('\n== summary (a shared, noisy machine: compare several runs, not single figures)');
for (const { bench, code, seconds } of results) {
  console.log(`${bench.padEnd(22)} ${code === 0 ? 'ran' : `CRASHED with exit code ${code}`} in ${seconds.toFixed(1)} s`);
}
const crashed = results.filter((result) => result.code !== 0).length;
console.log(crashed === 0 ? `all ${results.length} benches ran` : `${crashed} of ${results.length} benches crashed`);
if (!rebuilt) console.log('the development build failed afterwards: dist/ still holds the production build');
process.exit(crashed === 0 && rebuilt ? 0 : 1);
