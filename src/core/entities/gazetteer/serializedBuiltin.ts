import type { EntitySubtype } from '../entity';
import { commonWordTable } from '../lexicon/words';
import { PhraseIndex, type SerializedPhraseIndex } from '../matcher/phraseIndex';
import type { SerializedWordTable } from '../matcher/wordTable';
import { generatedPlaceValue, type PhraseValue } from './builtin';

/**
 * The built-in gazetteer's index as JSON-ready data. Each value is written as its class (kind, subtype
 * and source, a handful in all), canonical name and alias, so that thousands of names cost little more
 * than their spelling.
 */
export interface SerializedBuiltinIndex {
  readonly index: SerializedPhraseIndex;
  /** Each class of value: kind, subtype and source, joined by tabs. */
  readonly classes: readonly string[];
  /** The common English words, which the recognizer consults as often as the gazetteer (lexicon/words.ts). */
  readonly commonWords: SerializedWordTable;
}

const FIELD = '\t';

export function serializeBuiltinIndex(index: PhraseIndex<PhraseValue>): SerializedBuiltinIndex {
  const classes = new Map<string, number>();
  const encode = (value: PhraseValue): string => {
    const valueClass = [value.kind, value.subtype ?? '', value.source].join(FIELD);
    if (!classes.has(valueClass)) classes.set(valueClass, classes.size);
    const fields = [String(classes.get(valueClass)), value.canonical, ...(value.alias === undefined ? [] : [value.alias])];
    if (fields.some((field) => field.includes(FIELD))) throw new Error(`a gazetteer name holds a tab: ${JSON.stringify(value)}`);
    return fields.join(FIELD);
  };
  const serialized = index.serialize(encode);
  return { index: serialized, classes: [...classes.keys()], commonWords: commonWordTable().serialize() };
}

export function deserializeBuiltinIndex(data: SerializedBuiltinIndex): PhraseIndex<PhraseValue> {
  const classes = data.classes.map((valueClass) => {
    const [kind, subtype, source] = valueClass.split(FIELD);
    return { kind: kind as PhraseValue['kind'], subtype: (subtype || undefined) as EntitySubtype | undefined, source: source as PhraseValue['source'] };
  });
  const decode = (text: string): PhraseValue => {
    const first = text.indexOf(FIELD);
    const second = text.indexOf(FIELD, first + 1);
    const { kind, subtype, source } = classes[Number(text.slice(0, first))];
    if (second < 0) return { canonical: text.slice(first + 1), kind, subtype, source };
    return { canonical: text.slice(first + 1, second), kind, subtype, source, alias: text.slice(second + 1) };
  };
  return PhraseIndex.deserialize(data.index, decode, generatedPlaceValue);
}
