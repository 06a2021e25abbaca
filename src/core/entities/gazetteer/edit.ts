import { applyEdits, findNodeAtLocation, type FormattingOptions, type JSONPath, modify, type Node, parse, parseTree } from 'jsonc-parser';
import type { EntitySubtype } from '../entity';
import { foldWord } from '../text/fold';
import type { GazetteerEntry } from './types';

// Pure edits of `.claimlens/gazetteer.json` for the editor's code actions: each takes the file's text and
// returns the new text, changing only what it must so the user's formatting and comments survive.

export interface NewGazetteerEntry {
  name: string;
  kind: GazetteerEntry['kind'];
  subtype?: EntitySubtype;
}

interface FileShape {
  entries?: unknown;
  ignore?: unknown;
}

function sameName(a: string, b: string): boolean {
  return foldWord(a.trim()) === foldWord(b.trim());
}

/** The indentation and line ending the file already uses. */
function formattingOf(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /\n([ \t]+)\S/.exec(text)?.[1];
  if (indent?.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol };
  return { insertSpaces: true, tabSize: indent?.length ?? 2, eol };
}

function read(text: string): FileShape {
  const value: unknown = parse(text, [], { allowTrailingComma: true });
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as FileShape) : {};
}

function entriesOf(file: FileShape): unknown[] {
  return Array.isArray(file.entries) ? file.entries : [];
}

function nameOf(entry: unknown): string | undefined {
  return entry !== null && typeof entry === 'object' && typeof (entry as { name?: unknown }).name === 'string' ? (entry as { name: string }).name : undefined;
}

/** A value on one line, the way hand-written gazetteers list entries: { "name": "X", "kind": "place" }. */
function inline(value: unknown): string {
  return JSON.stringify(value).replace(/^\{(.*)\}$/, '{ $1 }').replace(/","/g, '", "').replace(/":/g, '": ');
}

function lineIndentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}

/**
 * Appends `value` to the array at `path`, written like the element before it. jsonc-parser's own insertion
 * reformats the neighbouring element, so the text is inserted by hand; a missing array is created by modify.
 */
function appendAt(text: string, path: JSONPath, value: unknown): string {
  const options = formattingOf(text);
  const array: Node | undefined = findNodeAtLocation(parseTree(text, [], { allowTrailingComma: true })!, path);
  if (!array || array.type !== 'array') return applyEdits(text, modify(text, path, [value], { formattingOptions: options }));
  const items = array.children ?? [];
  const last = items[items.length - 1];
  if (!last) {
    // "[]" becomes a one-element list on its own lines.
    const outer = lineIndentAt(text, array.offset);
    const indent = outer + (options.insertSpaces ? ' '.repeat(options.tabSize ?? 2) : '\t');
    const inside = `${options.eol}${indent}${inline(value)}${options.eol}${outer}`;
    return text.slice(0, array.offset + 1) + inside + text.slice(array.offset + array.length - 1);
  }
  const end = last.offset + last.length;
  const sameLine = !text.slice(array.offset, last.offset).includes('\n');
  const separator = sameLine ? ', ' : `,${options.eol}${lineIndentAt(text, last.offset)}`;
  // Keep a trailing comma where the user had one.
  const trailing = /^\s*,/.exec(text.slice(end));
  const at = trailing ? end + trailing[0].length : end;
  const insertion = trailing ? `${separator.slice(1)}${inline(value)},` : `${separator}${inline(value)}`;
  return text.slice(0, at) + insertion + text.slice(at);
}

/** Adds a property to the object at `path`, on the same line when the object is written on one line. */
function addProperty(text: string, path: JSONPath, key: string, value: unknown): string {
  const object = findNodeAtLocation(parseTree(text, [], { allowTrailingComma: true })!, path);
  if (!object || object.type !== 'object' || text.slice(object.offset, object.offset + object.length).includes('\n')) {
    return applyEdits(text, modify(text, [...path, key], value, { formattingOptions: formattingOf(text) }));
  }
  const close = object.offset + object.length - 1;
  const before = text.slice(object.offset, close).trimEnd();
  const insertion = `${before.endsWith('{') ? '' : ','} ${JSON.stringify(key)}: ${inline(value).replace(/","/g, '", "')}`;
  const at = object.offset + before.length;
  return text.slice(0, at) + insertion + text.slice(at);
}

function emptyFile(): string {
  return '{\n  "entries": [],\n  "ignore": []\n}\n';
}

/** Adds an entry, unless one with the same name (ignoring case and accents) is there already. */
export function addGazetteerEntry(text: string, entry: NewGazetteerEntry): string {
  if (text.trim() === '') text = emptyFile();
  const file = read(text);
  if (entriesOf(file).some((existing) => sameName(nameOf(existing) ?? '', entry.name))) return text;
  const value: Record<string, string> = { name: entry.name.trim(), kind: entry.kind };
  if (entry.subtype) value.subtype = entry.subtype;
  return appendAt(text, ['entries'], value);
}

/** Adds `alias` to the entry named `canonicalName`. Throws when there is no such entry. */
export function addGazetteerAlias(text: string, canonicalName: string, alias: string): string {
  const file = read(text);
  const entries = entriesOf(file);
  const index = entries.findIndex((entry) => sameName(nameOf(entry) ?? '', canonicalName));
  if (index < 0) throw new Error(`The gazetteer has no entry named "${canonicalName}".`);
  const aliases = (entries[index] as { aliases?: unknown }).aliases;
  if (Array.isArray(aliases) && aliases.some((existing) => typeof existing === 'string' && sameName(existing, alias))) return text;
  if (sameName(canonicalName, alias)) return text;
  if (Array.isArray(aliases)) return appendAt(text, ['entries', index, 'aliases'], alias.trim());
  return addProperty(text, ['entries', index], 'aliases', [alias.trim()]);
}

/** Adds a term to the list of terms never highlighted, unless it is there already. */
export function addIgnoredTerm(text: string, term: string): string {
  if (text.trim() === '') text = emptyFile();
  const file = read(text);
  if (Array.isArray(file.ignore) && file.ignore.some((existing) => typeof existing === 'string' && sameName(existing, term))) return text;
  return appendAt(text, ['ignore'], term.trim());
}
