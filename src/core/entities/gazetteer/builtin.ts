import type { EntitySubtype } from '../entity';
import { BIG_CITIES, COUNTRIES, REGIONS, TOWNS } from '../data/places.generated';
import { isDemonym } from '../lexicon/demonyms';
import { isGivenName } from '../lexicon/givenNames';
import { isCalendarWord, NEVER_NAMES } from '../lexicon/words';
import { PhraseIndex } from '../matcher/phraseIndex';
import { isSingleCapitalised } from '../matcher/phraseWords';
import * as actors from './curated/actors';
import * as places from './curated/places';
import type { GazetteerEntry } from './types';

/** What the phrase index stores for each name. */
export interface PhraseValue {
  readonly canonical: string;
  readonly kind: GazetteerEntry['kind'];
  readonly subtype?: EntitySubtype;
  readonly source: 'builtin' | 'workspace';
  /** The spelling that was indexed, when it is not the canonical name. */
  readonly alias?: string;
}

function parseCurated(list: string, kind: GazetteerEntry['kind'], subtype: EntitySubtype): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  for (const line of list.split('\n')) {
    const names = line.split('|').map((name) => name.trim()).filter((name) => name.length > 0);
    if (names.length > 0) entries.push({ name: names[0], kind, subtype, aliases: names.slice(1) });
  }
  return entries;
}

/** A town that shares its name with a given name or a calendar word is more often not the town. */
function isMisleadingTownName(name: string): boolean {
  const key = name.toLowerCase();
  return isGivenName(key) || isCalendarWord(key) || isDemonym(key) || NEVER_NAMES.has(key);
}

/** The hand-curated entries, in order of precedence: when two share a spelling, the earlier one wins. */
function curatedActors(): GazetteerEntry[] {
  return [
    ...parseCurated(actors.ARMED_GROUPS, 'actor', 'armed group'),
    ...parseCurated(actors.ORGANISATIONS, 'actor', 'organisation'),
    ...parseCurated(actors.OUTLETS, 'actor', 'outlet'),
    ...parseCurated(actors.STATES, 'actor', 'state'),
    ...parseCurated(actors.PEOPLE, 'actor', 'person'),
  ];
}

/** Adds an entry under its name and each alias. */
export function indexEntry(index: PhraseIndex<PhraseValue>, entry: GazetteerEntry, source: PhraseValue['source'], caseSensitive: (name: string) => boolean): void {
  const base = { canonical: entry.name, kind: entry.kind, subtype: entry.subtype, source };
  index.add(entry.name, base, caseSensitive(entry.name));
  for (const alias of entry.aliases ?? []) index.add(alias, { ...base, alias }, caseSensitive(alias));
}

const SUBTYPE_TAGS: Record<string, EntitySubtype> = { t: 'town', r: 'region' };

/** The value of a one-word name from a generated list, by the list's tag. */
export function generatedPlaceValue(name: string, tag: string): PhraseValue {
  return { canonical: name, kind: 'place', subtype: SUBTYPE_TAGS[tag], source: 'builtin' };
}

/**
 * Adds a generated list ("name;alias|name|...") to the index: one-word names go to the cheap word table
 * (tagged with their subtype) as spans of the list, names with aliases or several words to the trie.
 */
function indexGenerated(index: PhraseIndex<PhraseValue>, list: string, subtype: 'town' | 'region', skip?: (name: string) => boolean): void {
  const oneWord: number[] = [];
  const always = (): boolean => true;
  let start = 0;
  for (const item of list.split('|')) {
    if (isSingleCapitalised(item)) {
      if (!skip?.(item)) oneWord.push(start, start + item.length);
    } else {
      const [name, ...aliases] = item.split(';');
      indexEntry(index, { name, kind: 'place', subtype, aliases }, 'builtin', always);
    }
    start += item.length + 1;
  }
  index.addWords(list, oneWord, subtype[0], generatedPlaceValue);
}

/**
 * Builds the built-in gazetteer's index: curated actors, countries, regions, towns, in order of precedence.
 * Bundles do this at build time and load the result (see builtinIndex.ts).
 */
export function buildBuiltinIndex(): PhraseIndex<PhraseValue> {
  const index = new PhraseIndex<PhraseValue>();
  const always = (): boolean => true;
  for (const entry of curatedActors()) indexEntry(index, entry, 'builtin', always);
  const countryAliases = new Map(parseCurated(places.COUNTRY_ALIASES, 'place', 'country').map((e) => [e.name, e.aliases ?? []]));
  for (const item of COUNTRIES.split('|')) {
    const [name, ...aliases] = item.split(';');
    indexEntry(index, { name, kind: 'place', subtype: 'country', aliases: [...aliases, ...(countryAliases.get(name) ?? [])] }, 'builtin', always);
  }
  for (const entry of parseCurated(places.REGIONS, 'place', 'region')) indexEntry(index, entry, 'builtin', always);
  for (const entry of parseCurated(places.TOWNS, 'place', 'town')) indexEntry(index, entry, 'builtin', always);
  indexGenerated(index, BIG_CITIES, 'town');
  indexGenerated(index, REGIONS, 'region');
  indexGenerated(index, TOWNS, 'town', isMisleadingTownName);
  return index;
}
