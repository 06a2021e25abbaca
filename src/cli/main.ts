import * as fs from 'node:fs';
import { runCli } from './run';

process.exitCode = runCli(process.argv.slice(2), {
  readFile: (file) => fs.readFileSync(file, 'utf8'),
  exists: (file) => fs.existsSync(file),
  isDirectory: (file) => fs.statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false,
  readDir: (dir) => fs.readdirSync(dir),
  cwd: () => process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
