import { CAPITALS, DEMONYMS } from '../data/states.generated';

let capitals: ReadonlySet<string> | undefined;
let demonyms: ReadonlySet<string> | undefined;

/** A sovereign state's capital ("Nairobi", "Ankara"): in subject position it stands for the government. */
export function isCapital(name: string): boolean {
  capitals ??= new Set(CAPITALS.split('|'));
  return capitals.has(name);
}

/** A sovereign state's demonym, lowercase ("nigerian", "central african"), from world-countries. */
export function isStateDemonym(key: string): boolean {
  demonyms ??= new Set(DEMONYMS.split('|'));
  return demonyms.has(key);
}
