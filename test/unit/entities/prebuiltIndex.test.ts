import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildBuiltinIndex, type PhraseValue } from '../../../src/core/entities/gazetteer/builtin';
import { deserializeBuiltinIndex, serializeBuiltinIndex } from '../../../src/core/entities/gazetteer/serializedBuiltin';
import type { PhraseIndex } from '../../../src/core/entities/matcher/phraseIndex';
import { tokenize } from '../../../src/core/entities/text/tokenize';
import { syntheticArticle } from '../../bench/articles';
import { builtin } from './helpers';

const repoRoot = path.resolve(__dirname, '../../../..');

/** Held-out fixture texts, the sample articles and a synthetic article: texts with many names in them. */
function texts(): string[] {
  const heldout = path.join(repoRoot, 'test/fixtures/heldout/texts');
  const samples = path.join(repoRoot, 'sample/articles');
  const read = (folder: string, pattern: RegExp) =>
    fs.readdirSync(folder).filter((name) => pattern.test(name)).sort().map((name) => fs.readFileSync(path.join(folder, name), 'utf8'));
  return [...read(heldout, /\.txt$/), ...read(samples, /\.(txt|md)$/), syntheticArticle(64 * 1024, 3)];
}

/** Every match of `index` in `text` and the word lookup of every word, in a comparable form. */
function readingOf(index: PhraseIndex<PhraseValue>, text: string): string[] {
  const tokens = tokenize(text);
  const found: string[] = [];
  index.forEachMatch(tokens, (first, last, value) => found.push(`${first}-${last} ${JSON.stringify(value)}`));
  for (const key of tokens.keys) found.push(`${key}: ${JSON.stringify(index.lookupWord(key)) ?? '-'}`);
  return found;
}

describe('the built-in index as bundles load it', () => {
  it('reads every text exactly as the index built from the lists, and serialises back to the same data', function () {
    this.timeout(30_000);
    const built = buildBuiltinIndex();
    const serialized = JSON.parse(JSON.stringify(serializeBuiltinIndex(built))) as ReturnType<typeof serializeBuiltinIndex>;
    const loaded = deserializeBuiltinIndex(serialized);
    assert.equal(loaded.size, built.size);
    for (const text of texts()) assert.deepEqual(readingOf(loaded, text), readingOf(built, text));
    assert.deepEqual(serializeBuiltinIndex(loaded), serialized);
  });

  for (const variant of [{ embed: true }, { file: true }]) {
    it(`is what the bundled recognizer uses (${Object.keys(variant)[0]}), with the same entities as the recognizer in plain node`, async function () {
      this.timeout(60_000);
      const esbuild = await import('esbuild');
      const prebuilt = await import(pathToFileURL(path.join(repoRoot, 'scripts/gazetteer/prebuiltIndex.mjs')).href);
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-prebuilt-'));
      try {
        const outfile = path.join(folder, 'recognizer.js');
        await esbuild.build({
          entryPoints: [path.join(repoRoot, 'src/core/entities/recognizer.ts')],
          outfile,
          bundle: true,
          platform: 'node',
          format: 'cjs',
          logLevel: 'silent',
          plugins: [prebuilt.prebuiltIndexPlugin(variant)],
        });
        const bundle = fs.readFileSync(outfile, 'utf8');
        assert.match(bundle, /deserializeBuiltinIndex\(/, 'the bundle loads the prebuilt index');
        assert.doesNotMatch(bundle, /buildBuiltinIndex/, 'the bundle does not build the index itself');
        const bundled = createRequire(__filename)(outfile) as typeof import('../../../src/core/entities/recognizer');
        const indexFile = path.join(folder, prebuilt.INDEX_FILE);
        assert.equal(fs.existsSync(indexFile), 'file' in variant, `${prebuilt.INDEX_FILE} is written beside the bundle only when asked for`);
        if ('file' in variant) {
          assert.throws(() => bundled.createRecognizer(), /not provided/, 'without the file the recognizer says what is missing');
          bundled.provideSerializedBuiltinIndex(JSON.parse(fs.readFileSync(indexFile, 'utf8')));
        }
        const recognizer = bundled.createRecognizer();
        for (const text of texts()) assert.deepEqual(recognizer.recognize(text), builtin().recognize(text));
      } finally {
        fs.rmSync(folder, { recursive: true, force: true });
      }
    });
  }
});
