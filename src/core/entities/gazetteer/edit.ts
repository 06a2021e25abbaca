import { applyEdits, type FormattingOptions, modify, parse } from 'jsonc-parser';
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

function appendTo(text: string, path: string, list: unknown, value: unknown): string {
  const options = formattingOf(text);
  const edits = Array.isArray(list) ? modify(text, [path, -1], value, { formattingOptions: options }) : modify(text, [path], [value], { formattingOptions: options });
  return applyEdits(text, edits);
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
  return appendTo(text, 'entries', file.entries, value);
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
  const options = { formattingOptions: formattingOf(text) };
  const edits = Array.isArray(aliases)
    ? modify(text, ['entries', index, 'aliases', -1], alias.trim(), options)
    : modify(text, ['entries', index, 'aliases'], [alias.trim()], options);
  return applyEdits(text, edits);
}

/** Adds a term to the list of terms never highlighted, unless it is there already. */
export function addIgnoredTerm(text: string, term: string): string {
  if (text.trim() === '') text = emptyFile();
  const file = read(text);
  if (Array.isArray(file.ignore) && file.ignore.some((existing) => typeof existing === 'string' && sameName(existing, term))) return text;
  return appendTo(text, 'ignore', file.ignore, term.trim());
}
