import type { EntityKind, EntitySubtype } from '../entity';

/** A named thing the recognizer looks up verbatim. */
export interface GazetteerEntry {
  /** The name shown to the analyst. */
  readonly name: string;
  readonly kind: Exclude<EntityKind, 'number'>;
  readonly subtype?: EntitySubtype;
  /** Other spellings and acronyms of the same thing. */
  readonly aliases?: readonly string[];
}

/** The parsed `.claimlens/gazetteer.json` of a workspace. */
export interface WorkspaceGazetteer {
  readonly entries: readonly GazetteerEntry[];
  /** Terms never highlighted, compared without case or diacritics. */
  readonly ignore: readonly string[];
}
