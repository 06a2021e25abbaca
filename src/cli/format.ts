import * as l10n from '@vscode/l10n';
import type { Entity } from '../core/entities';

export interface FileEntities {
  file: string;
  entities: Entity[];
}

export function formatJson(results: readonly FileEntities[]): string {
  return JSON.stringify(results, null, 2) + '\n';
}

function describeValue(entity: Entity): string {
  const value = entity.value;
  if (!value) return entity.canonical && entity.canonical !== entity.text ? `= ${entity.canonical}` : '';
  const parts = [`= ${value.value}`];
  if (value.min !== undefined || value.max !== undefined) parts.push(`[${value.min ?? ''}..${value.max ?? ''}]`);
  if (value.percent) parts.push('%');
  if (value.currency) parts.push(value.currency);
  if (value.vague) parts.push('vague');
  if (value.qualifier) parts.push(`"${value.qualifier}"`);
  return parts.join(' ');
}

/** One table per file: offsets, kind, subtype, source, the text and what it stands for. */
export function formatTable(results: readonly FileEntities[]): string {
  const out: string[] = [];
  for (const { file, entities } of results) {
    out.push(entities.length === 1 ? l10n.t('{0}: 1 entity', file) : l10n.t('{0}: {1} entities', file, entities.length));
    const rows = entities.map((e) => [`${e.start}-${e.end}`, e.kind, e.subtype ?? '', e.source ?? '', JSON.stringify(e.text), describeValue(e)]);
    const widths = [0, 1, 2, 3, 4].map((column) => Math.max(0, ...rows.map((row) => row[column].length)));
    for (const row of rows) out.push('  ' + row.map((cell, column) => (column < 5 ? cell.padEnd(widths[column]) : cell)).join('  ').trimEnd());
    out.push('');
  }
  return out.join('\n');
}
