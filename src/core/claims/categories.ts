import { categoryFromMeasures } from './figures';
import type { Measure } from './model';

/** Words that make a category likely; the first category with a match wins. */
const CUES: ReadonlyArray<[category: string, cue: RegExp]> = [
  ['casualties', /\b(?:kill(?:ed|ing|s)?|dead|deaths?|died|wound(?:ed|s)?|injur(?:ed|ies|y)|casualt(?:y|ies)|toll|massacre|executed|losses|martyred|bodies|lost\s+(?:(?:at least|more than|over|about|around|some|up to)\s+)?\d[\d,]*)\b/i],
  ['territorial control', /\b(?:captur(?:ed|es?)|seiz(?:ed|es?)|took|taken|retook|recaptur(?:ed|es?)|control(?:s|led)?|withdr(?:ew|awn)|advanc(?:ed|ing)|liberat(?:ed|es?)|fell|encircl(?:ed|ement)|besieg(?:ed|e)|entrances?)\b/i],
  ['equipment', /\b(?:weapons?|ammunition|tanks?|vehicles?|humvees?|drones?|aircraft|helicopters?|artillery|missiles?|rockets?|equipment|arms)\b/i],
  ['negotiations', /\b(?:talks?|negotiat(?:ed|ions?|e|ing)|ceasefire|truce|agreement|deal|mediat(?:ed|ion|ors?)|peace)\b/i],
];

/**
 * A first guess at a claim's category: from what its figures count when known (a killed figure makes a
 * casualties claim), else from its words; the analyst confirms or changes it.
 */
export function suggestCategory(claimText: string, categories: readonly string[], measures: readonly (Measure | undefined)[] = []): string {
  const fromFigures = categoryFromMeasures(measures, categories);
  if (fromFigures) return fromFigures;
  for (const [category, cue] of CUES) if (categories.includes(category) && cue.test(claimText)) return category;
  return categories.includes('other') ? 'other' : (categories[0] ?? 'other');
}
