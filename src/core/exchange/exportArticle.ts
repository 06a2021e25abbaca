import type { Claim } from '../claims/model';
import { parseSidecar, type DocumentInfo } from '../claims/sidecar';
import type { SidecarProblem } from '../claims/sidecarProblems';
import { sha256Hex } from '../text/hash';
import { isAnchored } from '../claims/attention';
import { reanchorAll } from '../claims/reanchorAll';

export type ArticleForExport =
  | { ok: true; document?: DocumentInfo; claims: Claim[]; lost: number }
  | { ok: false; problems: SidecarProblem[] };

/**
 * The claims of an article as an export must write them: at their place in the text as it is now. An
 * article changed since its sidecar was written has its claims found again in memory; those not found
 * with certainty, or marked for the analyst's attention, are left out and counted in `lost`: an export must not
 * put a claim on text it may not be about. An invalid sidecar gives its problems, no claims.
 */
export async function articleForExport(text: string, sidecarText: string | undefined): Promise<ArticleForExport> {
  if (sidecarText === undefined) return { ok: true, claims: [], lost: 0 };
  const parsed = parseSidecar(sidecarText);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const { document, claims } = parsed.sidecar;
  const placed = document.sha256 === (await sha256Hex(text)) ? claims : reanchorAll(claims, text);
  const found = placed.filter(isAnchored);
  return { ok: true, document, claims: found, lost: claims.length - found.length };
}
