import { type Candidate, candidate, Priority } from './candidate';
import type { Entity, EntityKind, Recognizer } from './entity';
import { indexEntry, type PhraseValue } from './gazetteer/builtin';
import { builtinIndex } from './gazetteer/builtinIndex';
import type { WorkspaceGazetteer } from './gazetteer/types';
import { LentArray } from './lentArray';
import { isCapital } from './lexicon/states';
import { isCommonWord } from './lexicon/words';
import { PhraseIndex } from './matcher/phraseIndex';
import { numberCandidates } from './numbers/recognize';
import { coverage, resolveOverlaps } from './resolve';
import { actorCandidates } from './rules/actors';
import type { Analysis } from './rules/analysis';
import { findChunks } from './rules/chunks';
import { organisationCandidates } from './rules/organisations';
import { peopleCandidates } from './rules/people';
import { isDemonymUse, placeCandidates } from './rules/places';
import { propagatedCandidates } from './rules/propagate';
import { stateCandidates } from './rules/states';
import { segments } from './segments';
import { foldWord } from './text/fold';
import { describeLines } from './text/lines';
import { tokenize } from './text/tokenize';
import type { Tokens } from './text/tokens';

/** For the extension, which loads this module on first use (see RecognizerSource). */
export { provideSerializedBuiltinIndex } from './gazetteer/builtinIndex';

export interface RecognizerOptions {
  /** The workspace's own names and ignored terms; they take precedence over everything built in. */
  workspace?: WorkspaceGazetteer;
  /** Only these kinds are returned (all by default). */
  kinds?: readonly EntityKind[];
}

/** Words before a hyphen that make the name after it a description of someone else: "anti-Taliban". */
const STANCE_PREFIXES = new Set(['anti', 'pro', 'non']);

function workspaceIndex(workspace: WorkspaceGazetteer | undefined): PhraseIndex<PhraseValue> | undefined {
  if (!workspace || workspace.entries.length === 0) return undefined;
  const index = new PhraseIndex<PhraseValue>();
  // The analyst's own names match in any case, except those that are also ordinary words.
  const caseSensitive = (name: string): boolean => !name.includes(' ') && isCommonWord(foldWord(name));
  for (const entry of workspace.entries) indexEntry(index, entry, 'workspace', caseSensitive);
  return index;
}

function gazetteerCandidates(index: PhraseIndex<PhraseValue>, tokens: Tokens): Candidate[] {
  const found: Candidate[] = [];
  index.forEachMatch(tokens, (first, last, value) => {
    const priority = value.source === 'workspace' ? Priority.workspace : Priority.builtin;
    found.push(candidate(first, last, value.kind, value.source, priority, value.subtype, value.canonical, value.alias));
  });
  return found;
}

function isStanceDescription(tokens: Tokens, candidate: Candidate): boolean {
  const hyphen = candidate.first - 1;
  const prefix = tokens.key(candidate.first - 2);
  return tokens.key(hyphen) === '-' && !tokens.spaceBefore(hyphen) && !tokens.spaceBefore(candidate.first) && prefix !== undefined && STANCE_PREFIXES.has(prefix);
}

/**
 * A long text's entities are most of what survives its garbage collections, so each takes as little memory
 * as it can: a name written as its canonical form shares that string, and the frequent sets of fields are
 * written as one literal each (V8 keeps a literal's fields inline; fields added later take an allocation).
 */
function toEntity(text: string, tokens: Tokens, candidate: Candidate, offset: number): Entity {
  const { kind, source, subtype, canonical, alias, value } = candidate;
  const start = tokens.start(candidate.first);
  const end = tokens.end(candidate.last);
  const spellsCanonical = canonical !== undefined && canonical.length === end - start && text.startsWith(canonical, start);
  const written = spellsCanonical ? canonical : text.slice(start, end);
  if (subtype && canonical && !alias && !value) return { kind, start: start + offset, end: end + offset, text: written, source, subtype, canonical };
  if (subtype && !canonical && !alias && !value) return { kind, start: start + offset, end: end + offset, text: written, source, subtype };
  if (!subtype && !canonical && !alias && value) return { kind, start: start + offset, end: end + offset, text: written, source, value };
  const entity: Entity = { kind, start: start + offset, end: end + offset, text: written, source };
  if (subtype) entity.subtype = subtype;
  if (canonical) entity.canonical = canonical;
  if (alias) entity.alias = alias;
  if (value) entity.value = value;
  return entity;
}

/**
 * The layered recognizer: gazetteers (workspace, then built-in), numbers, context rules, then names
 * found once propagated through the text; overlaps go to the longest span, then the most trusted layer.
 * Texts over 256 KB are read in segments of about 128 KB (see segments.ts).
 */
export function createRecognizer(options: RecognizerOptions = {}): Recognizer {
  const builtin = builtinIndex();
  const workspace = workspaceIndex(options.workspace);
  const kinds = new Set(options.kinds ?? ['actor', 'place', 'number']);
  const ignored = new Set((options.workspace?.ignore ?? []).map((term) => foldWord(term.trim().replace(/\s+/g, ' '))));
  const isPlaceWord = (key: string): boolean => builtin.lookupWord(key)?.kind === 'place' || workspace?.lookupWord(key)?.kind === 'place';

  // Lent to one segment at a time: a recognition is synchronous, and nothing indexed by token outlives it.
  const keys = new LentArray<string>();
  const covered = new LentArray<Candidate | undefined>();

  const recognizeWhole = (text: string, offset: number, entities: Entity[]): void => {
    const tokens = tokenize(text, keys);
    const builtinListed = gazetteerCandidates(builtin, tokens);
    const listed = workspace ? gazetteerCandidates(workspace, tokens).concat(builtinListed) : builtinListed;
    const known = resolveOverlaps(listed, tokens);
    const analysis: Analysis = { tokens, lines: describeLines(tokens), chunks: findChunks(tokens), known: coverage(known, tokens.length, covered.take(tokens.length)), isPlaceWord };
    // A capital in subject position stands for its government: "Nairobi rejected", "Tripoli denied".
    const countries = known.filter((c) => c.source === 'builtin' && (c.subtype === 'country' || ((c.subtype === 'town' || c.subtype === 'region') && c.canonical !== undefined && isCapital(c.canonical))));
    const candidates = listed.concat(
      numberCandidates(tokens),
      peopleCandidates(analysis),
      actorCandidates(analysis),
      organisationCandidates(analysis),
      placeCandidates(analysis),
      stateCandidates(analysis, countries),
    );
    const firstPass = resolveOverlaps(candidates, tokens);
    // Whatever lost in the first pass lost to a longer or more trusted span, which propagation cannot shorten.
    const resolved = resolveOverlaps(firstPass.concat(propagatedCandidates(text, tokens, firstPass)), tokens);
    for (let k = 0; k < resolved.length; k++) {
      const candidate = resolved[k];
      if (!kinds.has(candidate.kind) || isStanceDescription(tokens, candidate)) continue;
      if (candidate.kind === 'place' && isDemonymUse(tokens, candidate.first, candidate.last)) continue;
      const entity = toEntity(text, tokens, candidate, offset);
      if (ignored.size > 0 && ignored.has(foldWord(entity.text.replace(/\s+/g, ' ')))) continue;
      entities.push(entity);
    }
  };

  return {
    recognize(text: string): Entity[] {
      const entities: Entity[] = [];
      for (const { start, end } of segments(text)) recognizeWhole(start === 0 && end === text.length ? text : text.slice(start, end), start, entities);
      return entities;
    },
  };
}
