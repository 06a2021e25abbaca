import { parseTree, type Node } from 'jsonc-parser';
import { claimantLabel } from '../claims/grouping';
import { reanchor } from '../claims/anchoring';
import { ATTENTION_STATES, CLAIM_STATUSES, compareClaims, type Claim, type ClaimLink, type ClaimMention, type ClaimNumber, type Claimant, type ClaimStatus } from '../claims/model';
import { linkTarget, type ExchangeArticle, type ImportProblem } from './articles';
import { buildClaim, type ImportDefaults, type ImportedClaim } from './buildClaim';
import { codePointIndex } from './codePoints';
import type { ImportMessage } from './importMessages';
import { describeFigures } from './figures';

/**
 * W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/). Each claim is an Annotation whose
 * target is the article (`source`: its path relative to the exported file's folder) with a TextQuoteSelector
 * and a TextPositionSelector counting Unicode code points, as the model requires. Bodies are readable
 * (tagging: category, assessing: status, identifying: claimant, commenting: note, describing: figures,
 * linking: other claims) plus one `application/json` TextualBody with the claim's structured fields, so
 * nothing is lost on the way back.
 */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const CLAIM_LENS_BODY_FORMAT = 'application/json';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CLAIM_IRI_PREFIX = 'urn:claimlens:claim:';

/** The structured body: what a plain W3C consumer cannot read from the others. */
interface ClaimLensBody {
  claimLens: {
    claimant: Claimant;
    category: string;
    status: ClaimStatus;
    actors: ClaimMention[];
    places: ClaimMention[];
    numbers: ClaimNumber[];
    links?: ClaimLink[];
    attention?: Claim['attention'];
  };
}

export function claimIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : CLAIM_IRI_PREFIX + encodeURIComponent(id);
}

function claimIdOf(iri: unknown): string | undefined {
  if (typeof iri !== 'string') return undefined;
  if (iri.startsWith('urn:uuid:')) return iri.slice('urn:uuid:'.length);
  if (iri.startsWith(CLAIM_IRI_PREFIX)) return decodeURIComponent(iri.slice(CLAIM_IRI_PREFIX.length));
  return undefined;
}

const textual = (purpose: string, value: string): Record<string, string> => ({ type: 'TextualBody', purpose, value, format: 'text/plain' });

export function claimAnnotation(source: string, text: string, claim: Claim): Record<string, unknown> {
  const index = codePointIndex(text);
  const structured: ClaimLensBody = {
    claimLens: {
      claimant: claim.claimant,
      category: claim.category,
      status: claim.status,
      actors: claim.actors,
      places: claim.places,
      numbers: claim.numbers,
      ...(claim.links?.length ? { links: claim.links } : {}),
      ...(claim.attention ? { attention: claim.attention } : {}),
    },
  };
  const body: Record<string, unknown>[] = [
    textual('identifying', claimantLabel(claim.claimant) + (claim.claimant.side ? ` [${claim.claimant.side}]` : '')),
    textual('tagging', claim.category),
    textual('assessing', claim.status),
  ];
  if (claim.note) body.push(textual('commenting', claim.note));
  if (claim.numbers.length) body.push(textual('describing', describeFigures(claim.numbers)));
  for (const link of claim.links ?? []) body.push({ type: 'SpecificResource', purpose: 'linking', source: claimIri(link.claim), value: `${link.type} ${linkTarget(link)}` });
  body.push({ type: 'TextualBody', purpose: 'describing', format: CLAIM_LENS_BODY_FORMAT, value: JSON.stringify(structured) });
  return {
    '@context': ANNO_CONTEXT,
    id: claimIri(claim.id),
    type: 'Annotation',
    motivation: 'describing',
    ...(claim.author ? { creator: { type: 'Person', name: claim.author } } : {}),
    created: claim.created,
    modified: claim.modified,
    body,
    target: {
      source,
      selector: [
        { type: 'TextQuoteSelector', exact: claim.quote.exact, prefix: claim.quote.prefix, suffix: claim.quote.suffix },
        { type: 'TextPositionSelector', start: index.toCodePoint(claim.anchor.start), end: index.toCodePoint(claim.anchor.end) },
      ],
    },
  };
}

/** Every claim of every article as one AnnotationCollection with a single page. */
export function claimsToW3c(articles: readonly ExchangeArticle[], collectionId: string): Record<string, unknown> {
  const items = articles.flatMap((article) => [...article.claims].sort(compareClaims).map((claim) => claimAnnotation(article.path, article.text, claim)));
  return {
    '@context': ANNO_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: 'Claim Lens claims',
    total: items.length,
    first: { id: `${collectionId}#page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** An annotation read from a file, with the line it starts on. */
export interface LocatedAnnotation {
  annotation: Record<string, unknown>;
  line: number;
  source: string;
}

const lineAt = (text: string, offset: number): number => {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function typesOf(value: Record<string, unknown>): unknown[] {
  return Array.isArray(value.type) ? value.type : [value.type];
}

/** The source of an annotation's (first) target. */
function targetOf(annotation: Record<string, unknown>): Record<string, unknown> | undefined {
  const target = Array.isArray(annotation.target) ? annotation.target[0] : annotation.target;
  return isObject(target) ? target : undefined;
}

/**
 * The annotations of a W3C file: one Annotation, an array, an AnnotationPage, an AnnotationCollection with
 * embedded pages, or JSON lines of annotations. Each is located by line for problems.
 */
export function readW3cAnnotations(fileText: string): { annotations: LocatedAnnotation[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const annotations: LocatedAnnotation[] = [];
  const visit = (node: Node | undefined, value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach((item, position) => visit(node?.children?.[position], item));
      return;
    }
    const line = node ? lineAt(fileText, node.offset) : 1;
    if (!isObject(value)) {
      problems.push({ line, message: { code: 'not-annotation-object' } });
      return;
    }
    const types = typesOf(value);
    const child = (key: string): Node | undefined => node?.children?.find((property) => property.children?.[0]?.value === key)?.children?.[1];
    if (types.includes('AnnotationCollection')) return visit(child('first'), value.first);
    if (types.includes('AnnotationPage')) {
      visit(child('items'), value.items);
      if (isObject(value.next)) visit(child('next'), value.next);
      return;
    }
    if (!types.includes('Annotation')) {
      problems.push({ line, message: { code: 'not-annotation-type', type: JSON.stringify(value.type) } });
      return;
    }
    const source = targetOf(value)?.source ?? (typeof value.target === 'string' ? value.target : undefined);
    if (typeof source !== 'string' || source === '') {
      problems.push({ line, message: { code: 'no-target-source' } });
      return;
    }
    annotations.push({ annotation: value, line, source });
  };
  const whole = fileText.trimStart();
  if (whole.startsWith('{') && !/}\s*\r?\n\s*{/.test(whole)) {
    try {
      const value: unknown = JSON.parse(fileText);
      visit(parseTree(fileText), value);
      return { annotations, problems };
    } catch (error) {
      problems.push({ line: 1, message: { code: 'not-json', detail: (error as Error).message } });
      return { annotations, problems };
    }
  }
  if (whole.startsWith('[')) {
    try {
      visit(parseTree(fileText), JSON.parse(fileText));
    } catch (error) {
      problems.push({ line: 1, message: { code: 'not-json', detail: (error as Error).message } });
    }
    return { annotations, problems };
  }
  fileText.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      const value: unknown = JSON.parse(line);
      const before = annotations.length;
      visit(undefined, value);
      for (const located of annotations.slice(before)) located.line = index + 1;
      for (const problem of problems) problem.line ??= index + 1;
    } catch {
      problems.push({ line: index + 1, message: { code: 'not-json-annotation' } });
    }
  });
  return { annotations, problems };
}

function selectors(annotation: Record<string, unknown>): Record<string, unknown>[] {
  const selector = targetOf(annotation)?.selector;
  return (Array.isArray(selector) ? selector : [selector]).filter(isObject);
}

function bodies(annotation: Record<string, unknown>): Record<string, unknown>[] {
  return (Array.isArray(annotation.body) ? annotation.body : [annotation.body]).filter(isObject);
}

/** Where the annotation points in `text`, in UTF-16 offsets: its position when the quote is there, else its quote found again. */
interface Located {
  start: number;
  end: number;
  /** Where the annotation said the claim starts, when it said so: its entities' offsets count from there. */
  said?: number;
  attention?: Claim['attention'];
}

function locate(text: string, annotation: Record<string, unknown>): Located | ImportMessage {
  const all = selectors(annotation);
  const quote = all.find((selector) => selector.type === 'TextQuoteSelector');
  const position = all.find((selector) => selector.type === 'TextPositionSelector');
  const index = codePointIndex(text);
  const range = position && Number.isInteger(position.start) && Number.isInteger(position.end)
    ? { start: index.toUtf16(position.start as number), end: index.toUtf16(position.end as number) }
    : undefined;
  if (typeof quote?.exact !== 'string' || quote.exact === '') {
    if (range && range.end > range.start && range.end <= text.length) return { ...range, said: range.start };
    return { code: 'no-selector' };
  }
  const found = reanchor({
    anchor: range ?? { start: 0, end: 0 },
    quote: { exact: quote.exact, prefix: typeof quote.prefix === 'string' ? quote.prefix : '', suffix: typeof quote.suffix === 'string' ? quote.suffix : '' },
  }, text);
  if (found.state === 'orphan') return { code: 'quote-not-found', quote: quote.exact.slice(0, 60) };
  const said = range?.start;
  if (found.state === 'needs-review') return { start: found.start, end: found.end, said, attention: { state: 'needs-review', reason: `imported: ${found.reason}` } };
  return { start: found.start, end: found.end, said };
}

function structuredBody(annotation: Record<string, unknown>): ClaimLensBody['claimLens'] | undefined {
  for (const body of bodies(annotation)) {
    if (body.format !== CLAIM_LENS_BODY_FORMAT || typeof body.value !== 'string') continue;
    try {
      const value = JSON.parse(body.value) as unknown;
      if (isObject(value) && isObject(value.claimLens)) return value.claimLens as ClaimLensBody['claimLens'];
    } catch {
      // Not ours: some other tool's JSON body.
    }
  }
  return undefined;
}

/** What any W3C tool's annotation says in plain bodies: a tag as category, a comment as note. */
function plainBodies(annotation: Record<string, unknown>): Pick<ImportedClaim, 'category' | 'note' | 'status'> {
  const result: Pick<ImportedClaim, 'category' | 'note' | 'status'> = {};
  for (const body of bodies(annotation)) {
    if (typeof body.value !== 'string' || body.format === CLAIM_LENS_BODY_FORMAT) continue;
    if (body.purpose === 'tagging') result.category ??= body.value;
    else if (body.purpose === 'commenting') result.note = result.note ? `${result.note}\n${body.value}` : body.value;
    else if (body.purpose === 'assessing' && CLAIM_STATUSES.includes(body.value as ClaimStatus)) result.status = body.value as ClaimStatus;
  }
  if (typeof annotation.bodyValue === 'string') result.note ??= annotation.bodyValue;
  return result;
}

const creatorName = (creator: unknown): string | undefined => {
  const first = Array.isArray(creator) ? creator[0] : creator;
  if (typeof first === 'string') return first;
  return isObject(first) && typeof first.name === 'string' ? first.name : undefined;
};

/** Entities moved with their claim, kept only where the text still reads as they do. */
function moved<T extends { text: string; start: number; end: number }>(entities: readonly T[] | undefined, located: Located, text: string): T[] {
  if (!Array.isArray(entities) || located.said === undefined) return [];
  const delta = located.start - located.said;
  return entities.flatMap((entity) => {
    const start = entity.start + delta;
    return text.startsWith(entity.text, start) ? [{ ...entity, start, end: start + entity.text.length }] : [];
  });
}

/** The claims of one article from its annotations; problems name the annotation's line. */
export function importW3c(text: string, annotations: readonly LocatedAnnotation[], defaults: ImportDefaults): { claims: Claim[]; problems: ImportProblem[] } {
  const claims: Claim[] = [];
  const problems: ImportProblem[] = [];
  for (const { annotation, line } of annotations) {
    const located = locate(text, annotation);
    if ('code' in located) {
      problems.push({ line, message: located });
      continue;
    }
    const structured = structuredBody(annotation);
    const plain = plainBodies(annotation);
    const attention = located.attention ?? (structured?.attention && ATTENTION_STATES.includes(structured.attention.state) ? structured.attention : undefined);
    const built = buildClaim(text, {
      id: claimIdOf(annotation.id),
      start: located.start,
      end: located.end,
      claimant: structured?.claimant,
      category: structured?.category ?? plain.category,
      status: structured?.status ?? plain.status,
      note: plain.note,
      links: structured?.links,
      actors: moved(structured?.actors, located, text),
      places: moved(structured?.places, located, text),
      numbers: moved(structured?.numbers, located, text),
      attention,
      author: creatorName(annotation.creator),
      created: typeof annotation.created === 'string' ? annotation.created : undefined,
      modified: typeof annotation.modified === 'string' ? annotation.modified : undefined,
    }, defaults);
    if ('claim' in built) claims.push(built.claim);
    else problems.push({ line, message: { code: 'not-built', error: built.error } });
  }
  return { claims: claims.sort(compareClaims), problems };
}
