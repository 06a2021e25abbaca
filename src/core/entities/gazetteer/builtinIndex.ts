import type { PhraseIndex } from '../matcher/phraseIndex';
import { buildBuiltinIndex, type PhraseValue } from './builtin';

let builtin: PhraseIndex<PhraseValue> | undefined;

/**
 * The built-in gazetteer's index, made on first use and shared by every recognizer. Here it is built
 * from the lists; the bundles replace this module by one that loads the index built at build time
 * (scripts/gazetteer/prebuiltIndex.mjs), which takes a fraction of the time and leaves the lists out.
 */
export function builtinIndex(): PhraseIndex<PhraseValue> {
  builtin ??= buildBuiltinIndex();
  return builtin;
}
