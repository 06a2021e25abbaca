import type { Entity, NumberValue } from './entity';

export interface EntityDescription {
  /** "Actor", "Place · town", "Number". */
  title: string;
  /** The canonical name, or the text itself. */
  name: string;
  /** Further facts, one line each: the alias that matched, where it came from, a number's value. */
  details: string[];
}

/** The words of an entity's description: the extension passes translated ones. */
export interface EntityWords {
  kind(kind: Entity['kind']): string;
  kindWithSubtype(kind: string, subtype: string): string;
  value(value: string): string;
  vague(value: string): string;
  matched(alias: string): string;
  foundBy(source: NonNullable<Entity['source']>): string;
}

const KIND_TITLES: Record<Entity['kind'], string> = { actor: 'Actor', place: 'Place', number: 'Number' };
const FOUND_BY: Record<NonNullable<Entity['source']>, string> = {
  builtin: 'Found by the built-in gazetteer',
  workspace: 'Found by the workspace gazetteer',
  rule: 'Found by the context rule',
};

export const ENGLISH_ENTITY_WORDS: EntityWords = {
  kind: (kind) => KIND_TITLES[kind],
  kindWithSubtype: (kind, subtype) => `${kind} · ${subtype}`,
  value: (value) => `Value: ${value}`,
  vague: (value) => `${value} (vague)`,
  matched: (alias) => `Matched "${alias}"`,
  foundBy: (source) => FOUND_BY[source],
};

/** Plain-language facts about an entity, for hovers, lists and the CLI. */
export function describeEntity(entity: Entity, words: EntityWords = ENGLISH_ENTITY_WORDS): EntityDescription {
  const title = entity.subtype ? words.kindWithSubtype(words.kind(entity.kind), entity.subtype) : words.kind(entity.kind);
  const details: string[] = [];
  if (entity.value) details.push(words.value(formatNumberValue(entity.value, words)));
  if (entity.canonical && entity.canonical !== entity.text) details.push(words.matched(entity.alias ?? entity.text));
  if (entity.source) details.push(words.foundBy(entity.source));
  return { title, name: entity.canonical ?? entity.text, details };
}

export function formatNumberValue(value: NumberValue, words: EntityWords = ENGLISH_ENTITY_WORDS): string {
  const amount = value.min !== undefined && value.max !== undefined && value.min !== value.max
    ? `${format(value.min)}–${format(value.max)}`
    : format(value.value);
  const parts = [value.qualifier, value.currency ? `${value.currency}${amount}` : amount].filter(Boolean);
  let text = parts.join(' ');
  if (value.percent) text += '%';
  return value.vague ? words.vague(text) : text;
}

function format(value: number): string {
  return value.toLocaleString('en-US');
}
