/** What Claim Lens highlights. Offsets are UTF-16 code units into the text, `end` exclusive. */
export type EntityKind = 'actor' | 'place' | 'number';

export const ENTITY_KINDS: readonly EntityKind[] = ['actor', 'place', 'number'];

export type ActorSubtype = 'person' | 'organisation' | 'armed group' | 'outlet' | 'state';
export type PlaceSubtype = 'country' | 'region' | 'district' | 'town' | 'feature';
export type EntitySubtype = ActorSubtype | PlaceSubtype;

/** Where an entity was found: the built-in gazetteer, the workspace gazetteer, or a context rule. */
export type EntitySource = 'builtin' | 'workspace' | 'rule';

/** A number's structured value; vague quantities ("dozens") carry a range and `vague: true`. */
export interface NumberValue {
  /** Best single value (for a range, its lower bound unless a convention says otherwise). */
  value: number;
  min?: number;
  max?: number;
  vague?: boolean;
  percent?: boolean;
  currency?: string;
  /** "at least", "more than", "around", "up to", ... as written in the text. */
  qualifier?: string;
}

export interface Entity {
  kind: EntityKind;
  start: number;
  end: number;
  text: string;
  canonical?: string;
  subtype?: EntitySubtype;
  source?: EntitySource;
  /** The gazetteer alias that matched, when it differs from the canonical name. */
  alias?: string;
  value?: NumberValue;
}

export interface Recognizer {
  /** Entities in `text`, sorted by `start`, never overlapping. */
  recognize(text: string): Entity[];
}
