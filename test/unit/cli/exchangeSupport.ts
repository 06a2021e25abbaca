import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CliIo } from '../../../src/cli/io';
import { nodeIo } from '../../../src/cli/nodeIo';
import { runCli } from '../../../src/cli/run';
import type { Claim } from '../../../src/core/claims/model';
import { parseSidecar } from '../../../src/core/claims/sidecar';
import { problemText } from '../../../src/core/validation/problemMessage';

export const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/exchange');

/** A temporary copy of the exchange fixtures; removed by the returned cleanup. */
export function fixtureCopy(): { dir: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-exchange-'));
  fs.cpSync(FIXTURES, dir, { recursive: true, filter: (source) => !/\.(mjs|schema\.json)$/.test(source) && !source.endsWith('.gitattributes') });
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the CLI on the real file system in `cwd`, capturing its output. */
export async function cli(cwd: string, argv: string[], overrides: Partial<CliIo> = {}): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    ...nodeIo,
    cwd: () => cwd,
    now: () => new Date('2026-03-10T12:00:00Z'),
    userName: () => 'importer',
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    ...overrides,
  };
  const status = await runCli(argv, io);
  return { status, out, err };
}

export function sidecarClaims(file: string): Claim[] {
  const parsed = parseSidecar(fs.readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file} is not a valid sidecar: ${parsed.problems.map((problem) => problemText(problem.message)).join('; ')}`);
  return parsed.sidecar.claims;
}

/** What an export and import must keep of every claim. */
export function essentials(claims: readonly Claim[]): unknown[] {
  return claims.map(({ id, anchor, quote, claimant, status, category, note, links }) => ({ id, anchor, exact: quote.exact, claimant, status, category, note, links }));
}

/** RFC 4180 rows, quotes and all, for reading an export back. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') cell += '"', index++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(cell), (cell = '');
    else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index++;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) throw new Error('the last row does not end with CRLF');
  return rows;
}
