export type { ActorSubtype, Entity, EntityKind, EntitySource, EntitySubtype, NumberValue, PlaceSubtype, Recognizer } from './entity';
export { ENTITY_KINDS } from './entity';
export { createRecognizer, type RecognizerOptions } from './recognizer';
export type { GazetteerEntry, WorkspaceGazetteer } from './gazetteer/types';
export { parseWorkspaceGazetteer, type GazetteerProblem, type ParsedGazetteer } from './gazetteer/workspace';
export { addGazetteerAlias, addGazetteerEntry, addIgnoredTerm, type NewGazetteerEntry } from './gazetteer/edit';
