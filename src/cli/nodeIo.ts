import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CliIo } from './io';

function userName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? '';
  }
}

const repositoryOf = new Map<string, boolean>();

/** Whether `dir` is inside a git work tree, without starting git: a `.git` in it or a folder above. */
function inRepository(dir: string): boolean {
  let known = repositoryOf.get(dir);
  if (known === undefined) {
    const parent = path.dirname(dir);
    known = fs.existsSync(path.join(dir, '.git')) || (parent !== dir && inRepository(parent));
    repositoryOf.set(dir, known);
  }
  return known;
}

/** Writes the file, creating its folder when missing (checked only then: exports write thousands of files). */
function writeCreatingFolder(file: string, text: string, flag: string): void {
  try {
    fs.writeFileSync(file, text, { flag });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text, { flag });
  }
}

export const nodeIo: CliIo = {
  readFile: (file) => fs.readFileSync(file, 'utf8'),
  exists: (file) => fs.existsSync(file),
  isDirectory: (file) => fs.statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false,
  listDirectory: (dir) => fs.readdirSync(dir),
  writeFile(file, text) {
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
    try {
      writeCreatingFolder(temporary, text, 'w');
      fs.renameSync(temporary, file);
    } catch (error) {
      fs.rmSync(temporary, { force: true });
      throw error;
    }
  },
  createFile(file, text) {
    try {
      writeCreatingFolder(file, text, 'wx');
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  },
  committedText(file) {
    if (!inRepository(path.dirname(file))) return undefined;
    try {
      return execFileSync('git', ['show', `HEAD:./${path.basename(file)}`], {
        cwd: path.dirname(file),
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 256 * 1024 * 1024,
      });
    } catch {
      return undefined;
    }
  },
  cwd: () => process.cwd(),
  now: () => new Date(),
  userName,
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};
