import * as z from 'zod/mini';
import { lazy } from '../lazy';
import { sha256Hex } from '../text/hash';
import type { SchemaRule } from '../validation/problemMessage';
import type { CustomIssueParams } from '../validation/zodIssues';
import { detectLineEnding, LINE_ENDINGS } from '../text/lineEndings';
import { canonicalClaim, claimSchemaFor, compareClaims, type Claim, type Strictness } from './model';
import { sidecarTree } from './sidecarTree';
import {
  anchorProblems,
  forbiddenKeyProblems,
  jsonProblems,
  MAX_SIDECAR_DEPTH,
  nestingProblem,
  newerVersionProblem,
  schemaProblems,
  type SidecarProblem,
} from './sidecarProblems';

export const SIDECAR_SUFFIX = '.claims.json';
/** Not a relative path, so the file validates wherever it sits; the extension maps it to the bundled schema. */
export const SIDECAR_SCHEMA_ID = 'claimlens:/schemas/claims-2.json';
export const SIDECAR_FORMAT_VERSION = 2;
/** Format 1 (Claim Lens 0.1): the same claims without the fields format 2 added, all of which are optional. */
const SCHEMA_IDS: Record<number, string> = { 1: 'claimlens:/schemas/claims-1.json', 2: SIDECAR_SCHEMA_ID };
export const READABLE_FORMAT_VERSIONS = [1, 2] as const;
export type FormatVersion = (typeof READABLE_FORMAT_VERSIONS)[number];

export function sidecarPathFor(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}

export function isSidecarPath(path: string): boolean {
  return path.endsWith(SIDECAR_SUFFIX) && path.length > SIDECAR_SUFFIX.length;
}

export function articlePathForSidecar(sidecarPath: string): string | undefined {
  return isSidecarPath(sidecarPath) ? sidecarPath.slice(0, -SIDECAR_SUFFIX.length) : undefined;
}

function documentSchemaFor(strictness: Strictness) {
  const object = strictness === 'strict' ? z.strictObject : z.object;
  const nonEmpty = z.string().check(z.minLength(1, { error: 'not-empty' satisfies SchemaRule }));
  return object({
    fileName: nonEmpty,
    length: z.int().check(z.nonnegative()),
    lineEnding: z.enum(LINE_ENDINGS),
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, { error: 'sha256' satisfies SchemaRule })),
    /** Article metadata (format 2), suggested from the text and confirmed by the analyst. */
    title: z.optional(nonEmpty),
    outlet: z.optional(nonEmpty),
    /** Publication date as written by the analyst: YYYY-MM-DD, or a full ISO date-time. */
    published: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2}))?$/, {
      error: 'date' satisfies SchemaRule,
    }))),
    byline: z.optional(nonEmpty),
    url: z.optional(nonEmpty),
  });
}

function sidecarSchemaFor(strictness: Strictness, version: FormatVersion) {
  const object = strictness === 'strict' ? z.strictObject : z.object;
  return object({
    $schema: z.literal(SCHEMA_IDS[version]),
    version: z.literal(version),
    document: documentSchemaFor(strictness),
    claims: z.array(claimSchemaFor(strictness)),
  }).check(z.superRefine((sidecar, context) => {
    const firstIndexOfId = new Map<string, number>();
    sidecar.claims.forEach((claim, index) => {
      const first = firstIndexOfId.get(claim.id);
      if (first === undefined) firstIndexOfId.set(claim.id, index);
      else context.addIssue({ code: 'custom', path: ['claims', index, 'id'], params: { problem: 'duplicate-id', firstIndex: first } satisfies CustomIssueParams });
      if (claim.anchor.end > sidecar.document.length) {
        context.addIssue({
          code: 'custom',
          path: ['claims', index, 'anchor', 'end'],
          params: { problem: 'beyond-article', length: sidecar.document.length } satisfies CustomIssueParams,
        });
      }
    });
  }));
}

/** Built on first use: schemas cost activation time. */
export const sidecarSchema = lazy(() => sidecarSchemaFor('strict', SIDECAR_FORMAT_VERSION));
type SidecarSchema = ReturnType<typeof sidecarSchema>;

const compiledSchemas = new Map<FormatVersion, SidecarSchema>();
/**
 * zod/mini objects have no JIT; compiled, a valid sidecar parses several times faster. Compiling takes
 * tens of milliseconds, so it happens on the first parse, not when the extension loads. strict: a schema
 * change the compiler cannot model fails loudly, in the tests, instead of quietly losing the fast path.
 */
function compiledSidecarSchema(version: FormatVersion): SidecarSchema {
  let compiled = compiledSchemas.get(version);
  if (!compiled) {
    compiled = z.compile(sidecarSchemaFor('strict', version) as unknown as SidecarSchema, { strict: true });
    compiledSchemas.set(version, compiled);
  }
  return compiled;
}

let lenientClaim: ReturnType<typeof claimSchemaFor> | undefined;
let compiledClaim: ReturnType<typeof claimSchemaFor> | undefined;
let lenientDocument: ReturnType<typeof documentSchemaFor> | undefined;

export type Sidecar = z.infer<SidecarSchema>;
/** The article the claims were made on, to notice when it changed behind the sidecar's back. */
export type DocumentInfo = Sidecar['document'];
/** What the analyst says about the article, beside what Claim Lens computes. */
export type ArticleMetadata = Pick<DocumentInfo, 'title' | 'outlet' | 'published' | 'byline' | 'url'>;
export const METADATA_FIELDS = ['title', 'outlet', 'published', 'byline', 'url'] as const satisfies ReadonlyArray<keyof ArticleMetadata>;

export async function describeDocument(fileName: string, text: string, metadata: ArticleMetadata = {}): Promise<DocumentInfo> {
  return { fileName, length: text.length, lineEnding: detectLineEnding(text), sha256: await sha256Hex(text), ...metadata };
}

export function metadataOf(document: Partial<DocumentInfo> | undefined): ArticleMetadata {
  const metadata: ArticleMetadata = {};
  for (const field of METADATA_FIELDS) if (document?.[field] !== undefined) metadata[field] = document[field];
  return metadata;
}

export function createSidecar(document: DocumentInfo, claims: Claim[]): Sidecar {
  return { $schema: SIDECAR_SCHEMA_ID, version: SIDECAR_FORMAT_VERSION, document, claims };
}

/**
 * Stable text for git: keys in schema order whatever the insertion order, claims in document order, two-space
 * indent and a final newline. Expects a valid sidecar, as built from createClaim or parseSidecar; fields the
 * format does not know are left out. Always writes the current format.
 */
export function serializeSidecar(sidecar: Sidecar): string {
  const { fileName, length, lineEnding, sha256 } = sidecar.document;
  const canonical: Sidecar = {
    $schema: SIDECAR_SCHEMA_ID,
    version: SIDECAR_FORMAT_VERSION,
    document: { fileName, length, lineEnding, sha256, ...metadataOf(sidecar.document) },
    claims: [...sidecar.claims].sort(compareClaims).map(canonicalClaim),
  };
  return `${JSON.stringify(canonical, null, 2)}\n`;
}

/** Claims that could still be read from a sidecar that has problems: shown read-only, never written. */
export interface ReadOnlyClaims {
  claims: Claim[];
  document?: DocumentInfo;
}

export type ParsedSidecar =
  /** `version`: the format the file was written in; an older one is rewritten only when a claim changes. */
  | { ok: true; sidecar: Sidecar; version: FormatVersion }
  | { ok: false; problems: SidecarProblem[]; readOnly?: ReadOnlyClaims };

const BOM = '\uFEFF';

/** Cheap test for text that could be a key JavaScript objects treat specially (escapes included). */
function hasSpecialKeyText(text: string): boolean {
  return /__proto__|constructor|prototype|\\u/u.test(text);
}
const MAX_PROBLEMS = 50;

function versionOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as { version?: unknown }).version : undefined;
}

function isReadableVersion(version: unknown): version is FormatVersion {
  return READABLE_FORMAT_VERSIONS.includes(version as FormatVersion);
}

/** Every claim that reads as a claim of this format, and the document block if it does. */
function salvage(value: unknown): ReadOnlyClaims | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { claims, document } = value as { claims?: unknown; document?: unknown };
  compiledClaim ??= z.compile(claimSchemaFor('strict'), { strict: true });
  lenientClaim ??= claimSchemaFor('lenient');
  lenientDocument ??= documentSchemaFor('lenient');
  // Compiled first: a 10 MB file of valid claims with one bad one is read in milliseconds, not seconds.
  const readable = Array.isArray(claims)
    ? claims.flatMap((claim) => {
      const parsed = compiledClaim!.safeParse(claim);
      const lenient = parsed.success ? parsed : lenientClaim!.safeParse(claim);
      return lenient.success ? [lenient.data] : [];
    })
    : [];
  const parsedDocument = lenientDocument.safeParse(document);
  if (readable.length === 0 && !parsedDocument.success) return undefined;
  return parsedDocument.success ? { claims: readable, document: parsedDocument.data } : { claims: readable };
}

function failed(problems: SidecarProblem[], value?: unknown): ParsedSidecar {
  const readOnly = value === undefined ? undefined : salvage(value);
  const capped = problems.slice(0, MAX_PROBLEMS);
  return readOnly ? { ok: false, problems: capped, readOnly } : { ok: false, problems: capped };
}

/**
 * Reads a sidecar's text. Never throws, whatever the text (deep nesting, huge strings, truncation, keys
 * such as `__proto__`, lone surrogates, a byte-order mark): problems come back located, with short
 * messages, and the claims that can still be read come back read-only. JSON.parse and zod first; the
 * slower located problems only for a file that has some.
 */
export function parseSidecar(text: string): ParsedSidecar {
  // An editor's byte-order mark is not part of the JSON; offsets in problems stay those of the file.
  const body = text.startsWith(BOM) ? ' ' + text.slice(1) : text;
  const nesting = nestingProblem(body);
  if (nesting) return failed([nesting]);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return failed(jsonProblems(body));
  }
  // The structural scan is for files whose text could hold such a key, and for locating problems.
  const tree = hasSpecialKeyText(body) ? sidecarTree(body) : undefined;
  const forbidden = tree ? forbiddenKeyProblems(tree) : [];
  if (forbidden.length > 0) return failed(forbidden);
  const version = versionOf(value);
  if (typeof version === 'number' && Number.isInteger(version) && version > SIDECAR_FORMAT_VERSION) {
    return failed([newerVersionProblem(tree ?? sidecarTree(body), version, SIDECAR_FORMAT_VERSION)], value);
  }
  const schema = compiledSidecarSchema(isReadableVersion(version) ? version : SIDECAR_FORMAT_VERSION);
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, sidecar: parsed.data, version: isReadableVersion(version) ? version : SIDECAR_FORMAT_VERSION };
  return failed(schemaProblems(tree ?? sidecarTree(body), parsed.error.issues), value);
}

/**
 * Quotes that are not the text at their anchor, located in the sidecar. Only meaningful when `articleText`
 * is the text the sidecar was written against (its sha256 matches `document.sha256`). Claims marked for
 * attention keep the quote they had, on purpose, and are not checked.
 */
export function checkQuotes(sidecarText: string, sidecar: Sidecar, articleText: string): SidecarProblem[] {
  const mismatched = sidecar.claims.flatMap((claim, index) =>
    claim.attention || articleText.slice(claim.anchor.start, claim.anchor.end) === claim.quote.exact ? [] : [index]);
  return mismatched.length === 0 ? [] : anchorProblems(sidecarText.startsWith(BOM) ? ' ' + sidecarText.slice(1) : sidecarText, mismatched);
}

export { MAX_SIDECAR_DEPTH };
