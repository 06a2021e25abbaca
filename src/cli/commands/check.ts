import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import type { Claim } from '../../core/claims/model';
import { articlePathForSidecar, createSidecar, describeDocument, metadataOf, parseSidecar, serializeSidecar, type Sidecar } from '../../core/claims/sidecar';
import { isAnchored } from '../../core/claims/attention';
import { reanchorAll } from '../../core/claims/reanchorAll';
import { sha256Hex } from '../../core/text/hash';
import { findSidecars, problemLines } from '../articles';
import { cannotRead, errorMessage, EXIT, located, shownPath, usageError, type CliCommand } from '../command';
import type { CliIo } from '../io';

/** The line of a claim's `"id"` in the sidecar, for FILE:LINE messages. */
function lineOfClaim(sidecarText: string, id: string): number | undefined {
  const at = sidecarText.indexOf(`"id": ${JSON.stringify(id)}`);
  return at === -1 ? undefined : sidecarText.slice(0, at).split('\n').length;
}

const shortQuote = (claim: Claim): string => {
  const exact = claim.quote.exact.replace(/\s+/g, ' ');
  return exact.length > 50 ? `${exact.slice(0, 50)}…` : exact;
};

/**
 * The text the sidecar was written on, for exact mapping through the change: the article itself when
 * unchanged, else the committed version when it is that text.
 */
async function oldTextOf(sidecar: Sidecar, article: string, text: string, io: CliIo): Promise<string | undefined> {
  if ((await sha256Hex(text)) === sidecar.document.sha256) return text;
  const committed = io.committedText(article);
  return committed !== undefined && (await sha256Hex(committed)) === sidecar.document.sha256 ? committed : undefined;
}

interface SidecarCheck {
  /** Problems, one `file:line: message` line each, for standard error. */
  errors: string[];
  claims: number;
  found: number;
  moved: number;
  unsettled: number;
  invalid: boolean;
  fixed: boolean;
}

/** Checks one sidecar against its article; with `fix`, writes it back with the claims at their new places. */
async function checkSidecar(file: string, fix: boolean, io: CliIo): Promise<SidecarCheck> {
  const check: SidecarCheck = { errors: [], claims: 0, found: 0, moved: 0, unsettled: 0, invalid: false, fixed: false };
  const shown = shownPath(io, file);
  let sidecarText: string;
  try {
    sidecarText = io.readFile(file);
  } catch (error) {
    check.errors.push(cannotRead(shown, error));
    check.invalid = true;
    return check;
  }
  const parsed = parseSidecar(sidecarText);
  if (!parsed.ok) {
    check.errors.push(...problemLines(shown, sidecarText, parsed.problems));
    check.invalid = true;
    return check;
  }
  const article = articlePathForSidecar(file)!;
  let text: string;
  try {
    text = io.readFile(article);
  } catch (error) {
    check.errors.push(located(shown, undefined, l10n.t('its article {0} cannot be read ({1})', path.basename(article), errorMessage(error))));
    check.invalid = true;
    return check;
  }
  const oldText = await oldTextOf(parsed.sidecar, article, text, io);
  // The claims as the extension would hold them: found ones at their place now, the others marked for attention.
  const before = parsed.sidecar.claims;
  const results = reanchorAll(before, text, oldText);
  check.claims = results.length;
  results.forEach((claim, index) => {
    if (isAnchored(claim)) {
      check.found++;
      if (claim.anchor.start !== before[index].anchor.start || claim.anchor.end !== before[index].anchor.end) check.moved++;
      return;
    }
    check.unsettled++;
    const message = claim.attention?.state === 'orphan'
      ? l10n.t('claim {0} "{1}" is not found in {2} (orphan)', claim.id, shortQuote(claim), path.basename(article))
      : l10n.t('claim {0} "{1}" needs review: {2}', claim.id, shortQuote(claim), claim.attention?.reason ?? l10n.t('found without certainty'));
    check.errors.push(located(shown, lineOfClaim(sidecarText, claim.id), message));
  });
  const changed = oldText !== text || results.some((claim, index) => claim !== before[index]);
  if (fix && changed) {
    const document = await describeDocument(parsed.sidecar.document.fileName, text, metadataOf(parsed.sidecar.document));
    const serialized = serializeSidecar(createSidecar(document, results));
    if (parseSidecar(serialized).ok) {
      io.writeFile(file, serialized);
      check.fixed = true;
    } else check.errors.push(located(shown, undefined, l10n.t('the re-anchored claims would not be a valid sidecar; left as it is')));
  }
  return check;
}

export const checkCommand: CliCommand = {
  summary: () => l10n.t('validate sidecars and find every claim in its article (for CI)'),
  help: () => l10n.t(`Usage: claimlens check [--fix] PATH...

Validates every sidecar named by PATH (a sidecar, an article, or a folder searched for *.claims.json)
and finds each claim again in the current text of its article, without writing anything. When the
article changed, claims are mapped exactly through the change if the committed version (git HEAD) is
the text the sidecar was written on, else found by their quotes.

Options:
  --fix        write the sidecars whose claims moved (atomically); claims not found are marked
               for review; invalid sidecars are never touched
  -h, --help   show this help

Exit status: 0 when every claim is found (exactly or re-anchored without ambiguity), 1 when a
claim is orphaned or needs review, an article is missing or a sidecar is invalid, 2 on a usage error.
`),
  options: { fix: { type: 'boolean' } },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw usageError(l10n.t('No paths given.'));
    let status: number = EXIT.ok;
    const { files, missing } = findSidecars(positionals, io);
    for (const given of missing) {
      io.stderr(l10n.t('claimlens: no sidecar for {0}', given) + '\n');
      status = EXIT.failed;
    }
    // Checked together, so hashing and the committed texts of many articles overlap; reported in order.
    const checks = await Promise.all(files.map((file) => checkSidecar(file, values.fix === true, io)));
    const totals = { claims: 0, found: 0, moved: 0, unsettled: 0, invalid: 0, fixed: 0 };
    for (const check of checks) {
      for (const error of check.errors) io.stderr(error);
      if (check.invalid || check.unsettled > 0) status = EXIT.failed;
      totals.claims += check.claims;
      totals.found += check.found;
      totals.moved += check.moved;
      totals.unsettled += check.unsettled;
      totals.invalid += check.invalid ? 1 : 0;
      totals.fixed += check.fixed ? 1 : 0;
    }
    io.stdout(l10n.t('{0} sidecars, {1} claims: {2} found ({3} re-anchored), {4} orphaned or needing review, {5} invalid sidecars.',
      files.length, totals.claims, totals.found, totals.moved, totals.unsettled, totals.invalid)
      + (values.fix === true ? ' ' + l10n.t('{0} sidecars rewritten.', totals.fixed) : '') + '\n');
    return status;
  },
};
