import { findNodeAtLocation, getNodeValue, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { z } from 'zod';
import { sha256Hex } from '../text/hash';
import { detectLineEnding } from '../text/lineEndings';
import { claimSchemaFor, compareClaims, type Claim, type Strictness } from './model';
import { jsonProblem, mergeConflictProblems, schemaProblems, type SidecarProblem } from './sidecarProblems';

export const SIDECAR_SUFFIX = '.claims.json';
/** Not a relative path, so the file validates wherever it sits; the extension maps it to the bundled schema. */
export const SIDECAR_SCHEMA_ID = 'https://claimlens.dev/schemas/claims-1.json';
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
      fileName: z.string().min(1, { error: 'must not be empty' }),
      length: z.int().nonnegative(),
      lineEnding: z.enum(['LF', 'CRLF', 'mixed', 'none']),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'expected a SHA-256 as 64 lower-case hex digits' }),
    }),
    claims: z.array(claimSchemaFor(strictness)).superRefine((claims, context) => {
      const firstIndexOfId = new Map<string, number>();
      claims.forEach((claim, index) => {
        const first = firstIndexOfId.get(claim.id);
        if (first === undefined) firstIndexOfId.set(claim.id, index);
        else context.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id, also used by claims[${first}]` });
      });
    }),
  });
}

export const sidecarSchema = sidecarSchemaFor('strict');
const newerFormatSchema = sidecarSchemaFor('lenient');

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
 * indent and a final newline. Throws a ZodError if `sidecar` is invalid, so an invalid file is never written.
 */
export function serializeSidecar(sidecar: Sidecar): string {
  const ordered = sidecarSchema.parse({ ...sidecar, claims: [...sidecar.claims].sort(compareClaims) });
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export type ParsedSidecar =
  | { ok: true; sidecar: Sidecar }
  /** `readOnly`: the claims of a newer format's file, when they still read as this format's claims. */
  | { ok: false; problems: SidecarProblem[]; readOnly?: Sidecar };

function newerVersionProblem(root: Node): SidecarProblem | undefined {
  const version = findNodeAtLocation(root, ['version']);
  if (version?.type !== 'number' || !Number.isInteger(version.value) || version.value <= SIDECAR_FORMAT_VERSION) return undefined;
  return {
    message: `written by a newer Claim Lens (format ${version.value}); this version reads format ${SIDECAR_FORMAT_VERSION} — claims are read-only`,
    start: version.offset,
    end: version.offset + version.length,
    kind: 'newer-version',
  };
}

function readAsCurrentFormat(value: unknown): Sidecar | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const parsed = newerFormatSchema.safeParse({ ...value, $schema: SIDECAR_SCHEMA_ID, version: SIDECAR_FORMAT_VERSION });
  return parsed.success ? parsed.data : undefined;
}

export function parseSidecar(text: string): ParsedSidecar {
  const conflicts = mergeConflictProblems(text);
  if (conflicts.length > 0) return { ok: false, problems: conflicts };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !root) return { ok: false, problems: errors.map(jsonProblem) };

  const value: unknown = getNodeValue(root);
  const newerVersion = newerVersionProblem(root);
  if (newerVersion) {
    const readOnly = readAsCurrentFormat(value);
    return readOnly ? { ok: false, problems: [newerVersion], readOnly } : { ok: false, problems: [newerVersion] };
  }
  const parsed = sidecarSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.flatMap((issue) => schemaProblems(root, issue)) };
  return { ok: true, sidecar: parsed.data };
}
