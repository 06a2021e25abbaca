import type { Entity, NumberValue } from './entity';

export interface EntityDescription {
  /** "Actor", "Place · town", "Number". */
  title: string;
  /** The canonical name, or the text itself. */
  name: string;
  /** Further facts, one line each: the alias that matched, where it came from, a number's value. */
  details: string[];
}

const KIND_TITLES: Record<Entity['kind'], string> = { actor: 'Actor', place: 'Place', number: 'Number' };
const SOURCE_NAMES: Record<NonNullable<Entity['source']>, string> = {
  builtin: 'built-in gazetteer',
  workspace: 'workspace gazetteer',
  rule: 'context rule',
};

/** Plain-language facts about an entity, for hovers, lists and the CLI. */
export function describeEntity(entity: Entity): EntityDescription {
  const title = entity.subtype ? `${KIND_TITLES[entity.kind]} · ${entity.subtype}` : KIND_TITLES[entity.kind];
  const details: string[] = [];
  if (entity.value) details.push(`Value: ${formatNumberValue(entity.value)}`);
  if (entity.canonical && entity.canonical !== entity.text) details.push(`Matched "${entity.alias ?? entity.text}"`);
  if (entity.source) details.push(`Found by the ${SOURCE_NAMES[entity.source]}`);
  return { title, name: entity.canonical ?? entity.text, details };
}

export function formatNumberValue(value: NumberValue): string {
  const amount = value.min !== undefined && value.max !== undefined && value.min !== value.max
    ? `${format(value.min)}–${format(value.max)}`
    : format(value.value);
  const parts = [value.qualifier, value.currency ? `${value.currency}${amount}` : amount].filter(Boolean);
  let text = parts.join(' ');
  if (value.percent) text += '%';
  if (value.vague) text += ' (vague)';
  return text;
}

function format(value: number): string {
  return value.toLocaleString('en-US');
}
