import type { EntityKind, EntitySource, EntitySubtype, NumberValue } from './entity';

/** A proposed entity over tokens `first..last` (inclusive), before overlaps are resolved. */
export interface Candidate {
  readonly first: number;
  readonly last: number;
  readonly kind: EntityKind;
  readonly subtype?: EntitySubtype;
  readonly source: EntitySource;
  /** Breaks ties between candidates of the same length: higher wins. */
  readonly priority: number;
  readonly canonical?: string;
  readonly alias?: string;
  readonly value?: NumberValue;
}

/**
 * A candidate with every field present, absent ones undefined: all candidates then share one object shape,
 * and the code reading them (overlap resolution, the rules, the output) stays monomorphic.
 */
export function candidate(
  first: number,
  last: number,
  kind: EntityKind,
  source: EntitySource,
  priority: number,
  subtype?: EntitySubtype,
  canonical?: string,
  alias?: string,
  value?: NumberValue,
): Candidate {
  return { first, last, kind, subtype, source, priority, canonical, alias, value };
}

/** How much each layer is trusted when two candidates cover the same text. */
export const Priority = {
  /** The analyst's own list. */
  workspace: 100,
  /** A context rule that overrides a gazetteer reading of the same words ("Russia said" makes Russia an actor). */
  override: 90,
  builtin: 80,
  number: 75,
  /** A context rule with clear evidence: a role word, a feature word, an attribution verb. */
  strong: 60,
  /** A name already found elsewhere in the same text. */
  propagated: 50,
  /** A context rule with thin evidence: a capitalised word after "in". */
  weak: 30,
} as const;
