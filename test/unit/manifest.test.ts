// Every string VS Code shows from package.json must come from package.nls.json, so a translator sees all of them.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '../../..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(repoRoot, file), 'utf8')) as Record<string, unknown>;

// Manifest fields VS Code shows to users, wherever they appear under `contributes` or `capabilities`.
const USER_FACING_FIELDS = new Set([
  'displayName',
  'title',
  'shortTitle',
  'category',
  'description',
  'markdownDescription',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'enumItemLabels',
  'deprecationMessage',
  'markdownDeprecationMessage',
  'name',
  'contextualTitle',
  'contents',
  'label',
  'altText',
]);
const NLS_REFERENCE = /^%([^%]+)%$/;

interface ManifestString {
  where: string;
  value: string;
}

function userFacingStrings(value: unknown, where: string, userFacing: boolean): ManifestString[] {
  if (typeof value === 'string') return userFacing ? [{ where, value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => userFacingStrings(item, `${where}[${index}]`, userFacing));
  if (value === null || typeof value !== 'object') return [];
  // Setting names are keys of `properties`, not fields: a setting called `description` is still a setting.
  const isSettingTable = where.endsWith('.properties');
  return Object.entries(value).flatMap(([key, child]) =>
    userFacingStrings(child, `${where}.${key}`, !isSettingTable && USER_FACING_FIELDS.has(key)));
}

describe('the manifest', () => {
  const manifest = readJson('package.json');
  const nls = readJson('package.nls.json');
  const strings = [
    ...userFacingStrings({ displayName: manifest.displayName, description: manifest.description }, 'package.json', false),
    ...userFacingStrings(manifest.contributes, 'package.json.contributes', false),
    ...userFacingStrings(manifest.capabilities, 'package.json.capabilities', false),
  ];

  it('finds the strings it checks', () => {
    assert.ok(strings.some((entry) => entry.where.includes('.commands[')), 'no command title found');
    assert.ok(strings.some((entry) => entry.where.includes('.walkthroughs[')), 'no walkthrough string found');
    assert.ok(strings.some((entry) => entry.where.includes('.properties.')), 'no setting description found');
  });

  it('names every user-facing string as a %key% of package.nls.json', () => {
    assert.deepEqual(strings.filter((entry) => !NLS_REFERENCE.test(entry.value)).map((entry) => `${entry.where}: ${entry.value}`), []);
    const missing = strings.map((entry) => NLS_REFERENCE.exec(entry.value)?.[1]).filter((key) => key !== undefined && !(key in nls));
    assert.deepEqual(missing, []);
  });

  it('uses every key of package.nls.json', () => {
    const manifestText = fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8');
    assert.deepEqual(Object.keys(nls).filter((key) => !manifestText.includes(`"%${key}%"`)), []);
  });

  it('points VS Code at the bundle of extension strings', () => {
    assert.equal(manifest.l10n, './l10n');
    assert.ok(fs.existsSync(path.join(repoRoot, 'l10n', 'bundle.l10n.json')));
  });
});
