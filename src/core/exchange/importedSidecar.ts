import type { Claim } from '../claims/model';
import { createSidecar, describeDocument, metadataOf, parseSidecar, serializeSidecar } from '../claims/sidecar';
import type { SidecarProblem } from '../claims/sidecarProblems';
import { sha256Hex } from '../text/hash';
import { mergeImported } from './mergeImported';
import { reanchorAll } from '../claims/reanchorAll';

export type ImportedSidecar = { ok: true; text: string } | { ok: false; problems: SidecarProblem[] };

/**
 * The sidecar text for imported claims of the article `fileName` with `text`: a new sidecar, or, given the
 * text of the existing one, that sidecar with the imported claims merged in by id and span. The existing
 * claims are found again first if the article changed since; those not found with certainty are marked for
 * attention. An invalid existing sidecar gives its problems: it must be left as it is.
 */
export async function importedSidecar(fileName: string, text: string, claims: Claim[], existing?: string): Promise<ImportedSidecar> {
  if (existing === undefined) return { ok: true, text: serializeSidecar(createSidecar(await describeDocument(fileName, text), claims)) };
  const parsed = parseSidecar(existing);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const { document } = parsed.sidecar;
  let current = parsed.sidecar.claims;
  if (document.sha256 !== (await sha256Hex(text))) {
    current = reanchorAll(current, text);
  }
  const merged = serializeSidecar(createSidecar(await describeDocument(fileName, text, metadataOf(document)), mergeImported(current, claims).claims));
  const check = parseSidecar(merged);
  return check.ok ? { ok: true, text: merged } : { ok: false, problems: check.problems };
}
