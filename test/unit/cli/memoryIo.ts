import * as path from 'node:path';
import type { CliIo } from '../../../src/cli/run';

/** The CLI's outside world in memory: files by absolute path (folders are implied by them) and captured output. */
export function memoryIo(files: Record<string, string>, cwd: string): CliIo & { out: string; err: string } {
  const isDirectory = (dir: string) => Object.keys(files).some((file) => file.startsWith(dir + path.sep));
  const io = {
    out: '',
    err: '',
    readFile(file: string): string {
      if (!(file in files)) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      return files[file];
    },
    exists: (file: string) => file in files || isDirectory(file),
    isDirectory,
    listDirectory: (dir: string) =>
      [...new Set(Object.keys(files).filter((file) => file.startsWith(dir + path.sep)).map((file) => file.slice(dir.length + 1).split(path.sep)[0]))],
    writeFile: (file: string, text: string) => void (files[file] = text),
    createFile: (file: string, text: string) => !(file in files) && Boolean((files[file] = text)),
    committedText: () => undefined,
    now: () => new Date('2026-01-02T03:04:05Z'),
    userName: () => 'tester',
    cwd: () => cwd,
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
  };
  return io;
}
