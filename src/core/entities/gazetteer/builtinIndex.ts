import { provideSerializedCommonWords } from '../lexicon/words';
import type { PhraseIndex } from '../matcher/phraseIndex';
import { buildBuiltinIndex, type PhraseValue } from './builtin';
import { deserializeBuiltinIndex, type SerializedBuiltinIndex } from './serializedBuiltin';

let serialized: SerializedBuiltinIndex | undefined;
let builtin: PhraseIndex<PhraseValue> | undefined;

/**
 * Hands over the index serialised at build time, which loads in a fraction of the time it takes to build:
 * the extension ships it beside its code as builtinIndex.json and reads it before the recognizer's first use.
 */
export function provideSerializedBuiltinIndex(data: SerializedBuiltinIndex): void {
  serialized = data;
  builtin = undefined;
  provideSerializedCommonWords(data.commonWords);
}

/**
 * The built-in gazetteer's index, made on first use and shared by every recognizer: from the serialised
 * index when one was provided, else built from the lists. The bundles replace this module by one that
 * never builds it, so that the lists stay out of them (scripts/gazetteer/prebuiltIndex.mjs).
 */
export function builtinIndex(): PhraseIndex<PhraseValue> {
  builtin ??= serialized ? deserializeBuiltinIndex(serialized) : buildBuiltinIndex();
  return builtin;
}
