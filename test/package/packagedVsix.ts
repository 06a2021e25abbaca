// The .vsix that vsce builds for the marketplace, built once per run and shared by every package test.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';

export const repoRoot = path.resolve(__dirname, '../../..');
export const vsixPath = path.join(repoRoot, 'claim-lens.vsix');
export const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
export const extensionId = `${manifest.publisher}.${manifest.name}`;

let packaged: Promise<string> | undefined;

/** Runs `npm run package` on first call; later calls wait for that same run. Resolves with the .vsix path. */
export function packagedVsix(): Promise<string> {
  packaged ??= promisify(execFile)('npm', ['run', 'package'], { cwd: repoRoot }).then(() => vsixPath);
  return packaged;
}
