import * as l10n from '@vscode/l10n';
import type { Entity, NumberValue } from './entity';

export interface EntityDescription {
  /** "Actor", "Place · town", "Number". */
  title: string;
  /** The canonical name, or the text itself. */
  name: string;
  /** Further facts, one line each: the alias that matched, where it came from, a number's value. */
  details: string[];
}

function kindTitle(kind: Entity['kind']): string {
  const texts: Record<Entity['kind'], string> = {
    actor: l10n.t('Actor'),
    place: l10n.t('Place'),
    number: l10n.t('Number'),
  };
  return texts[kind];
}

function foundBy(source: NonNullable<Entity['source']>): string {
  const texts: Record<NonNullable<Entity['source']>, string> = {
    builtin: l10n.t('Found by the built-in gazetteer'),
    workspace: l10n.t('Found by the workspace gazetteer'),
    rule: l10n.t('Found by the context rule'),
  };
  return texts[source];
}

/** Plain-language facts about an entity, for hovers, lists and the CLI. */
export function describeEntity(entity: Entity): EntityDescription {
  const title = entity.subtype ? l10n.t('{0} · {1}', kindTitle(entity.kind), entity.subtype) : kindTitle(entity.kind);
  const details: string[] = [];
  if (entity.value) details.push(l10n.t('Value: {0}', formatNumberValue(entity.value)));
  if (entity.canonical && entity.canonical !== entity.text) details.push(l10n.t('Matched "{0}"', entity.alias ?? entity.text));
  if (entity.source) details.push(foundBy(entity.source));
  return { title, name: entity.canonical ?? entity.text, details };
}

export function formatNumberValue(value: NumberValue): string {
  const amount = value.min !== undefined && value.max !== undefined && value.min !== value.max
    ? `${format(value.min)}–${format(value.max)}`
    : format(value.value);
  const parts = [value.qualifier, value.currency ? `${value.currency}${amount}` : amount].filter(Boolean);
  let text = parts.join(' ');
  if (value.percent) text += '%';
  return value.vague ? l10n.t('{0} (vague)', text) : text;
}

function format(value: number): string {
  return value.toLocaleString('en-US');
}
