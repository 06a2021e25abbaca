import * as z from 'zod/mini';
import { sha256Hex } from '../text/hash';
import { detectLineEnding, LINE_ENDINGS } from '../text/lineEndings';
import { canonicalClaim, claimSchemaFor, compareClaims, type Claim, type Strictness } from './model';
import { jsonProblems, newerVersionProblem, schemaProblems, type SidecarProblem } from './sidecarProblems';

export const SIDECAR_SUFFIX = '.claims.json';
/** Not a relative path, so the file validates wherever it sits; the extension maps it to the bundled schema. */
export const SIDECAR_SCHEMA_ID = 'claimlens:/schemas/claims-1.json';
export const SIDECAR_FORMAT_VERSION = 1;

export function sidecarPathFor(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}

export function isSidecarPath(path: string): boolean {
  return path.endsWith(SIDECAR_SUFFIX) && path.length > SIDECAR_SUFFIX.length;
}

export function articlePathForSidecar(sidecarPath: string): string | undefined {
  return isSidecarPath(sidecarPath) ? sidecarPath.slice(0, -SIDECAR_SUFFIX.length) : undefined;
}

function sidecarSchemaFor(strictness: Strictness) {
  const object = strictness === 'strict' ? z.strictObject : z.object;
  return object({
    $schema: z.literal(SIDECAR_SCHEMA_ID),
    version: z.literal(SIDECAR_FORMAT_VERSION),
    document: object({
      fileName: z.string().check(z.minLength(1, { error: 'must not be empty' })),
      length: z.int().check(z.nonnegative()),
      lineEnding: z.enum(LINE_ENDINGS),
      sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, { error: 'expected a SHA-256 as 64 lower-case hex digits' })),
    }),
    claims: z.array(claimSchemaFor(strictness)).check(
      z.superRefine((claims, context) => {
        const firstIndexOfId = new Map<string, number>();
        claims.forEach((claim, index) => {
          const first = firstIndexOfId.get(claim.id);
          if (first === undefined) firstIndexOfId.set(claim.id, index);
          else context.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id, also used by claims[${first}]` });
        });
      }),
    ),
  });
}

export const sidecarSchema = sidecarSchemaFor('strict');

let compiledSchema: typeof sidecarSchema | undefined;
/**
 * zod/mini objects have no JIT; compiled, a valid sidecar parses several times faster. Compiling takes
 * tens of milliseconds, so it happens on the first parse, not when the extension loads. strict: a schema
 * change the compiler cannot model fails loudly, in the tests, instead of quietly losing the fast path.
 */
function compiledSidecarSchema(): typeof sidecarSchema {
  compiledSchema ??= z.compile(sidecarSchema, { strict: true });
  return compiledSchema;
}

let lenientSchema: ReturnType<typeof sidecarSchemaFor> | undefined;
function newerFormatSchema(): ReturnType<typeof sidecarSchemaFor> {
  lenientSchema ??= sidecarSchemaFor('lenient');
  return lenientSchema;
}

export type Sidecar = z.infer<typeof sidecarSchema>;
/** The article the claims were made on, to notice when it changed behind the sidecar's back. */
export type DocumentInfo = Sidecar['document'];

export async function describeDocument(fileName: string, text: string): Promise<DocumentInfo> {
  return { fileName, length: text.length, lineEnding: detectLineEnding(text), sha256: await sha256Hex(text) };
}

export function createSidecar(document: DocumentInfo, claims: Claim[]): Sidecar {
  return { $schema: SIDECAR_SCHEMA_ID, version: SIDECAR_FORMAT_VERSION, document, claims };
}

/**
 * Stable text for git: keys in schema order whatever the insertion order, claims in document order, two-space
 * indent and a final newline. Expects a valid sidecar, as built from createClaim or parseSidecar; fields the
 * format does not know are left out.
 */
export function serializeSidecar(sidecar: Sidecar): string {
  const { fileName, length, lineEnding, sha256 } = sidecar.document;
  const canonical: Sidecar = {
    $schema: SIDECAR_SCHEMA_ID,
    version: SIDECAR_FORMAT_VERSION,
    document: { fileName, length, lineEnding, sha256 },
    claims: [...sidecar.claims].sort(compareClaims).map(canonicalClaim),
  };
  return `${JSON.stringify(canonical, null, 2)}\n`;
}

export type ParsedSidecar =
  | { ok: true; sidecar: Sidecar }
  /** `readOnly`: the claims of a newer format's file, when they still read as this format's claims. */
  | { ok: false; problems: SidecarProblem[]; readOnly?: Sidecar };

function newerVersionOf(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null || !('version' in value)) return undefined;
  const { version } = value;
  return typeof version === 'number' && Number.isInteger(version) && version > SIDECAR_FORMAT_VERSION ? version : undefined;
}

function readAsCurrentFormat(value: unknown): Sidecar | undefined {
  const parsed = newerFormatSchema().safeParse(Object.assign({}, value, { $schema: SIDECAR_SCHEMA_ID, version: SIDECAR_FORMAT_VERSION }));
  return parsed.success ? parsed.data : undefined;
}

/** JSON.parse and zod first; the slower located problems only for a file that has some. */
export function parseSidecar(text: string): ParsedSidecar {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problems: jsonProblems(text) };
  }
  const newerVersion = newerVersionOf(value);
  if (newerVersion !== undefined) {
    const problems = [newerVersionProblem(text, newerVersion, SIDECAR_FORMAT_VERSION)];
    const readOnly = readAsCurrentFormat(value);
    return readOnly ? { ok: false, problems, readOnly } : { ok: false, problems };
  }
  const parsed = compiledSidecarSchema().safeParse(value);
  return parsed.success ? { ok: true, sidecar: parsed.data } : { ok: false, problems: schemaProblems(text, parsed.error.issues) };
}
