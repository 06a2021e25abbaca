import { ATTENTION_STATES, CLAIM_STATUSES, compareClaims, INVERSE_LINK, LINK_TYPES, MEASURES, type Claim, type ClaimLink, type ClaimNumber, type ClaimMention, type Claimant, type LinkType } from '../claims/model';
import { isLinkWithin, linkTarget, type ImportProblem } from './articles';
import { buildClaim, type ImportDefaults, type ImportedClaim } from './buildClaim';
import { codePointIndex, type CodePointIndex } from './codePoints';
import type { ImportMessage } from './importMessages';

/**
 * brat standoff (https://brat.nlplab.org/standoff.html). Offsets count Unicode code points of the .txt
 * exactly as written, CRLF included; on import, offsets counted otherwise by other tools (UTF-16, CRLF as
 * one) are recognised by the text each annotation quotes. Claims are `Claim` text-bound annotations; actors, places and figures
 * inside them are `Actor`, `Place` and `Number`; status and category are attributes; claimant, note, id and
 * figure values are AnnotatorNotes with a `Label: ` prefix; links within the article are relations, links
 * to other articles notes.
 */
export const BRAT_TYPES = { claim: 'Claim', actor: 'Actor', place: 'Place', number: 'Number' } as const;
export const BRAT_NOTE = 'AnnotatorNotes';
const NOTE_LABELS = { claimant: 'Claimant', note: 'Note', claim: 'Claim', attention: 'Attention', link: 'Link', canonical: 'Canonical', figure: 'Figure', category: 'Category' } as const;

/** Note text is one line in .ann: backslash, newline, CR and tab are escaped. */
function escapeNote(text: string): string {
  return text.replace(/[\\\n\r\t]/g, (char) => ({ '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[char]!);
}

function unescapeNote(text: string): string {
  return text.replace(/\\([\\nrt])/g, (_, char: string) => ({ '\\': '\\', n: '\n', r: '\r', t: '\t' })[char]!);
}

/** brat attribute values are single tokens: spaces become underscores. */
const attributeValue = (value: string): string => value.replace(/\s/g, '_');

/** `[start, end)` as brat fragments, split at line breaks, in code points; and the text brat expects beside them. */
function fragments(text: string, start: number, end: number, index: CodePointIndex): { offsets: string; text: string } {
  const parts: { start: number; end: number }[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  lineBreak.lastIndex = start;
  let from = start;
  for (let match = lineBreak.exec(text); match && match.index < end; match = lineBreak.exec(text)) {
    if (match.index > from) parts.push({ start: from, end: match.index });
    from = Math.min(end, match.index + match[0].length);
  }
  if (end > from) parts.push({ start: from, end });
  if (parts.length === 0) parts.push({ start, end });
  return {
    offsets: parts.map((part) => `${index.toCodePoint(part.start)} ${index.toCodePoint(part.end)}`).join(';'),
    text: parts.map((part) => text.slice(part.start, part.end).replace(/[\r\n\t]/g, ' ')).join(' '),
  };
}

function claimantNote({ name, affiliation, side, anonymous }: Claimant): string {
  return [name, affiliation && `affiliation: ${affiliation}`, side && `side: ${side}`, anonymous && 'anonymous']
    .filter(Boolean).map((part) => String(part).replaceAll('|', '/')).join(' | ');
}

/** The .ann of one article; `articleFileName` is how its sidecar names it, to tell links within from links out. */
export function exportBrat(text: string, claims: readonly Claim[], articleFileName: string): string {
  const index = codePointIndex(text);
  const lines: string[] = [];
  let notes = 0;
  let relations = 0;
  let attributes = 0;
  const note = (target: string, label: string, value: string): void => void lines.push(`#${++notes}\t${BRAT_NOTE} ${target}\t${label}: ${escapeNote(value)}`);
  const claimIds = new Map<string, string>();
  const entityIds = new Map<string, string>();
  const sorted = [...claims].sort(compareClaims);
  let textBound = 0;
  for (const claim of sorted) {
    const id = `T${++textBound}`;
    claimIds.set(claim.id, id);
    const { offsets, text: spanText } = fragments(text, claim.anchor.start, claim.anchor.end, index);
    lines.push(`${id}\t${BRAT_TYPES.claim} ${offsets}\t${spanText}`);
    lines.push(`A${++attributes}\tStatus ${id} ${claim.status}`);
    lines.push(`A${++attributes}\tCategory ${id} ${attributeValue(claim.category)}`);
    if (attributeValue(claim.category) !== claim.category) note(id, NOTE_LABELS.category, claim.category);
    note(id, NOTE_LABELS.claimant, claimantNote(claim.claimant));
    if (claim.note) note(id, NOTE_LABELS.note, claim.note);
    note(id, NOTE_LABELS.claim, `${claim.id} | author: ${claim.author} | created: ${claim.created} | modified: ${claim.modified}`);
    if (claim.attention) note(id, NOTE_LABELS.attention, `${claim.attention.state} | ${claim.attention.reason}`);
    const entities: [string, ClaimMention | ClaimNumber][] = [
      ...claim.actors.map((actor): [string, ClaimMention] => [BRAT_TYPES.actor, actor]),
      ...claim.places.map((place): [string, ClaimMention] => [BRAT_TYPES.place, place]),
      ...claim.numbers.map((number): [string, ClaimNumber] => [BRAT_TYPES.number, number]),
    ];
    for (const [type, entity] of entities.sort((a, b) => a[1].start - b[1].start)) {
      const key = `${type} ${entity.start} ${entity.end}`;
      if (entityIds.has(key)) continue;
      const entityId = `T${++textBound}`;
      entityIds.set(key, entityId);
      const span = fragments(text, entity.start, entity.end, index);
      lines.push(`${entityId}\t${type} ${span.offsets}\t${span.text}`);
      if ('canonical' in entity && entity.canonical !== entity.text) note(entityId, NOTE_LABELS.canonical, entity.canonical);
      if ('value' in entity) {
        const { value, measure, whose, topic } = entity;
        note(entityId, NOTE_LABELS.figure, JSON.stringify({ value, measure, whose, topic }));
      }
    }
  }
  const written = new Set<string>();
  for (const claim of sorted) {
    for (const link of claim.links ?? []) {
      const other = isLinkWithin(link, articleFileName) ? claimIds.get(link.claim) : undefined;
      if (!other) {
        note(claimIds.get(claim.id)!, NOTE_LABELS.link, `${link.type} ${linkTarget(link)}`);
        continue;
      }
      // Links are stored on both claims; brat gets one relation per pair, in the direction `revises` reads.
      const forward = link.type === 'revised-by' ? { type: INVERSE_LINK[link.type], from: other, to: claimIds.get(claim.id)! } : { type: link.type, from: claimIds.get(claim.id)!, to: other };
      const key = forward.type === 'revises' ? `${forward.type} ${forward.from} ${forward.to}` : `${forward.type} ${[forward.from, forward.to].sort().join(' ')}`;
      if (written.has(key)) continue;
      written.add(key);
      lines.push(`R${++relations}\t${forward.type} Arg1:${forward.from} Arg2:${forward.to}`);
    }
  }
  return lines.map((line) => line + '\n').join('');
}

interface TextBound {
  type: string;
  /** `[start, end]` of each fragment, as the file counts. */
  offsets: number[][];
  text: string;
  line: number;
}

/** An offset as some tool counts it, to a UTF-16 offset of the text; undefined when beyond its end. */
type OffsetReading = (offset: number) => number | undefined;

/** How many of the ascending `positions` are below `limit`. */
function countBelow(positions: readonly number[], limit: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (positions[middle] < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The ways tools count offsets, the right one first: code points of the file as it is (brat, the W3C),
 * UTF-16 code units (Java and JavaScript tools), and either over the text with CRLF read as one character
 * (tools that open text files with newline translation).
 */
function offsetReadings(text: string, index: CodePointIndex): OffsetReading[] {
  const readings: OffsetReading[] = [
    (offset) => (offset <= index.length ? index.toUtf16(offset) : undefined),
    (offset) => (offset <= text.length ? offset : undefined),
  ];
  if (!text.includes('\r\n')) return readings;
  const collapsed = text.replaceAll('\r\n', '\n');
  /** Where, in the collapsed text, each CR was taken out. */
  const removed: number[] = [];
  for (let at = collapsed.indexOf('\n'), original = text.indexOf('\n'); at !== -1; at = collapsed.indexOf('\n', at + 1), original = text.indexOf('\n', original + 1)) {
    if (text.charCodeAt(original - 1) === 0x0d) removed.push(at);
  }
  const back = (offset: number): number => offset + countBelow(removed, offset + 1);
  const collapsedIndex = codePointIndex(collapsed);
  readings.push(
    (offset) => (offset <= collapsedIndex.length ? back(collapsedIndex.toUtf16(offset)) : undefined),
    (offset) => (offset <= collapsed.length ? back(offset) : undefined),
  );
  return readings;
}

/** The fragments' text as brat writes it beside them: line breaks as spaces, fragments joined by one. */
function fragmentsText(text: string, ranges: readonly number[][]): string {
  return ranges.map(([start, end]) => text.slice(start, end).replace(/\r\n|\r|\n|\t/g, ' ')).join(' ');
}

/** The UTF-16 span of the first reading under which the annotation's text is what the article has there. */
function placeTextBound(id: string, text: string, bound: TextBound, readings: readonly OffsetReading[]): { start: number; end: number } | ImportMessage {
  let firstReading: string | undefined;
  for (const reading of readings) {
    const ranges = bound.offsets.map((pair) => pair.map(reading));
    if (ranges.some((pair) => pair.some((offset) => offset === undefined))) continue;
    const found = fragmentsText(text, ranges as number[][]);
    if (found === bound.text) return { start: ranges[0][0]!, end: ranges[ranges.length - 1][1]! };
    firstReading ??= found;
  }
  return firstReading === undefined
    ? { code: 'offsets-outside', id, offsets: bound.offsets.map((pair) => pair.join(' ')).join(';') }
    : { code: 'text-mismatch', id, found: firstReading.slice(0, 40), expected: bound.text.slice(0, 40) };
}

interface Parsed {
  textBound: Map<string, TextBound>;
  attributes: { name: string; target: string; value: string | undefined; line: number }[];
  relations: { type: string; from: string; to: string; line: number }[];
  notes: { target: string; label: string; value: string; line: number }[];
}

const TEXT_BOUND = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/;
const ATTRIBUTE = /^([AM]\d+)\t(\S+) (\S+)(?: (\S+))?$/;
const RELATION = /^(R\d+)\t(\S+) Arg1:(\S+) Arg2:(\S+)$/;
const NOTE = /^(#\d+)\t(\S+) (\S+)\t(.*)$/;
/** brat annotation kinds Claim Lens has no use for: events, normalizations, equivalences. */
const IGNORED_KINDS = /^[EN*]/;

function parseAnn(ann: string, problems: ImportProblem[]): Parsed {
  const parsed: Parsed = { textBound: new Map(), attributes: [], relations: [], notes: [] };
  ann.split('\n').forEach((raw, lineIndex) => {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const line = lineIndex + 1;
    if (text.trim() === '') return;
    let match: RegExpExecArray | null;
    if ((match = TEXT_BOUND.exec(text))) {
      const offsets = match[3].split(';').map((pair) => pair.split(' ').map(Number));
      if (offsets.some(([from, to], position) => !(to > from) || (position > 0 && from < offsets[position - 1][1]))) {
        problems.push({ line, message: { code: 'not-ascending', id: match[1], offsets: match[3] } });
        return;
      }
      parsed.textBound.set(match[1], { type: match[2], offsets, text: match[4], line });
    } else if ((match = ATTRIBUTE.exec(text))) {
      parsed.attributes.push({ name: match[2], target: match[3], value: match[4], line });
    } else if ((match = RELATION.exec(text))) {
      parsed.relations.push({ type: match[2], from: match[3], to: match[4], line });
    } else if ((match = NOTE.exec(text))) {
      const body = match[4];
      const colon = body.indexOf(': ');
      parsed.notes.push(colon === -1
        ? { target: match[3], label: '', value: unescapeNote(body), line }
        : { target: match[3], label: body.slice(0, colon), value: unescapeNote(body.slice(colon + 2)), line });
    } else if (IGNORED_KINDS.test(text)) {
      problems.push({ line, message: { code: 'not-imported-kind', id: text.split('\t')[0] } });
    } else {
      problems.push({ line, message: { code: 'not-brat-line', text: text.length > 60 ? text.slice(0, 60) + '…' : text } });
    }
  });
  return parsed;
}

function parseClaimant(value: string): Claimant {
  const [name, ...rest] = value.split(' | ');
  const claimant: Claimant = { name: name.trim() };
  for (const part of rest) {
    if (part === 'anonymous') claimant.anonymous = true;
    else if (part.startsWith('affiliation: ')) claimant.affiliation = part.slice('affiliation: '.length);
    else if (part.startsWith('side: ')) claimant.side = part.slice('side: '.length);
  }
  return claimant;
}

const isOneOf = <T extends string>(values: readonly T[], value: string | undefined): value is T => values.includes(value as T);

/**
 * Claims from a brat .ann and the .txt it annotates. Lines that cannot be read are reported with their
 * line number and the rest still imports; a span whose text is not what the .txt has at those offsets is
 * reported and skipped.
 */
export function importBrat(text: string, ann: string, articleFileName: string, defaults: ImportDefaults): { claims: Claim[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const index = codePointIndex(text);
  const parsed = parseAnn(ann, problems);
  const readings = offsetReadings(text, index);
  const drafts = new Map<string, ImportedClaim & { line: number }>();
  const mentions: Record<'actors' | 'places', ClaimMention[]> = { actors: [], places: [] };
  const numbers: ClaimNumber[] = [];
  const entityOf = new Map<string, ClaimMention | ClaimNumber>();
  for (const [id, textBound] of parsed.textBound) {
    const placed = placeTextBound(id, text, textBound, readings);
    if ('code' in placed) {
      problems.push({ line: textBound.line, message: placed });
      continue;
    }
    const bound = { ...textBound, ...placed };
    const surface = text.slice(bound.start, bound.end);
    if (bound.type === BRAT_TYPES.claim) drafts.set(id, { start: bound.start, end: bound.end, line: bound.line });
    else if (bound.type === BRAT_TYPES.actor || bound.type === BRAT_TYPES.place) {
      const mention = { canonical: surface, text: surface, start: bound.start, end: bound.end };
      mentions[bound.type === BRAT_TYPES.actor ? 'actors' : 'places'].push(mention);
      entityOf.set(id, mention);
    } else if (bound.type === BRAT_TYPES.number) {
      const number: ClaimNumber = { text: surface, start: bound.start, end: bound.end, value: { value: Number.NaN } };
      entityOf.set(id, number);
    } else problems.push({ line: bound.line, message: { code: 'unknown-type', id, type: bound.type } });
  }
  for (const { name, target, value, line } of parsed.attributes) {
    const draft = drafts.get(target);
    if (!draft) continue;
    if (name === 'Status') {
      if (isOneOf(CLAIM_STATUSES, value)) draft.status = value;
      else problems.push({ line, message: { code: 'bad-status', value: value ?? '', statuses: CLAIM_STATUSES.join(', ') } });
    } else if (name === 'Category' && value) draft.category ??= value.replaceAll('_', ' ');
  }
  const outgoing: { from: string; link: ClaimLink; line: number }[] = [];
  for (const { target, label, value, line } of parsed.notes) {
    const draft = drafts.get(target);
    const entity = entityOf.get(target);
    if (draft) {
      if (label === NOTE_LABELS.claimant) draft.claimant = parseClaimant(value);
      else if (label === NOTE_LABELS.note) draft.note = value;
      else if (label === NOTE_LABELS.category) draft.category = value;
      else if (label === NOTE_LABELS.claim) {
        const [id, ...fields] = value.split(' | ');
        draft.id = id.trim();
        for (const field of fields) {
          const colon = field.indexOf(': ');
          const [key, fieldValue] = [field.slice(0, colon), field.slice(colon + 2)];
          if (key === 'author') draft.author = fieldValue;
          else if (key === 'created' || key === 'modified') draft[key] = fieldValue;
        }
      } else if (label === NOTE_LABELS.attention) {
        const [state, reason] = value.split(' | ');
        if (isOneOf(ATTENTION_STATES, state) && reason) draft.attention = { state, reason };
      } else if (label === NOTE_LABELS.link) {
        const match = /^(\S+) (.+)#([^#]+)$/.exec(value);
        if (match && isOneOf(LINK_TYPES, match[1])) outgoing.push({ from: target, link: { type: match[1], article: match[2], claim: match[3] }, line });
        else problems.push({ line, message: { code: 'bad-link', value } });
      } else if (label === '') draft.note = draft.note ? `${draft.note}\n${value}` : value;
    } else if (entity && label === NOTE_LABELS.canonical && 'canonical' in entity) entity.canonical = value;
    else if (entity && label === NOTE_LABELS.figure && 'value' in entity) {
      try {
        const figure = JSON.parse(value) as Pick<ClaimNumber, 'value' | 'measure' | 'whose' | 'topic'>;
        entity.value = figure.value;
        if (isOneOf(MEASURES, figure.measure)) entity.measure = figure.measure;
        if (figure.whose) entity.whose = figure.whose;
        if (figure.topic) entity.topic = figure.topic;
      } catch {
        problems.push({ line, message: { code: 'figure-note-not-json' } });
      }
    }
  }
  for (const [, entity] of entityOf) if ('value' in entity && Number.isFinite(entity.value.value)) numbers.push(entity);
  // Relations become links on both claims, as the format stores them.
  const links = new Map<string, ClaimLink[]>();
  const addLink = (from: string, link: ClaimLink): void => {
    const list = links.get(from) ?? [];
    if (!list.some((existing) => existing.type === link.type && existing.article === link.article && existing.claim === link.claim)) list.push(link);
    links.set(from, list);
  };
  const ids = new Map<string, string>();
  for (const [id, draft] of drafts) ids.set(id, (draft.id ??= (defaults.newId ?? (() => globalThis.crypto.randomUUID()))()));
  for (const { type, from, to, line } of parsed.relations) {
    if (!isOneOf(LINK_TYPES, type) || !ids.has(from) || !ids.has(to)) {
      problems.push({ line, message: { code: 'bad-relation', type, from, to } });
      continue;
    }
    addLink(from, { type: type as LinkType, article: articleFileName, claim: ids.get(to)! });
    addLink(to, { type: INVERSE_LINK[type as LinkType], article: articleFileName, claim: ids.get(from)! });
  }
  for (const { from, link } of outgoing) addLink(from, link);
  const claims: Claim[] = [];
  for (const [id, draft] of drafts) {
    const built = buildClaim(text, { ...draft, ...mentions, numbers, links: links.get(id) }, defaults);
    if ('claim' in built) claims.push(built.claim);
    else problems.push({ line: draft.line, message: { code: 'not-built', id, error: built.error } });
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { claims: claims.sort(compareClaims), problems };
}
