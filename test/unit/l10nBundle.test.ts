// l10n/bundle.l10n.json is what translators start from: it must hold every string the code passes to
// l10n.t, and the code must pass literals, which are all the export tool can see.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getL10nJson } from '@vscode/l10n-dev';

const repoRoot = path.resolve(__dirname, '../../..');
const sourceRoot = path.join(repoRoot, 'src');

function typeScriptFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** `l10n.t(` followed by anything but a string literal (a template only without `${}`) or the `{ message, comment }` form. */
const NON_LITERAL_CALL = /\bl10n\.t\((?!\s*(['"{]|`[^`$]*`))/gu;

describe('the l10n bundle', function () {
  this.timeout(60_000);
  const files = typeScriptFiles(sourceRoot).map((file) => ({ file, contents: fs.readFileSync(file, 'utf8') }));

  it('passes only string literals to l10n.t', () => {
    const found = files.flatMap(({ file, contents }) =>
      [...contents.matchAll(NON_LITERAL_CALL)].map((match) => `${path.relative(repoRoot, file)}: ${contents.slice(match.index, match.index + 60).split('\n')[0]}`));
    assert.deepEqual(found, []);
  });

  it('is what npm run l10n exports from the code now', async () => {
    const exported = await getL10nJson(files.map(({ contents }) => ({ extension: '.ts', contents })));
    const committed = JSON.parse(fs.readFileSync(path.join(repoRoot, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<string, unknown>;
    const missing = Object.keys(exported).filter((key) => !(key in committed));
    const stale = Object.keys(committed).filter((key) => !(key in exported));
    assert.deepEqual({ missing, stale }, { missing: [], stale: [] }, 'run npm run l10n and commit l10n/bundle.l10n.json');
    assert.ok(Object.keys(exported).length > 200, `only ${Object.keys(exported).length} strings exported`);
  });
});
