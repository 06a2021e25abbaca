import * as vscode from 'vscode';
import { Utils } from 'vscode-uri';
import type { Claim } from '../../../core/claims/model';
import { createSidecar, parseSidecar, serializeSidecar, type DocumentInfo, type FormatVersion } from '../../../core/claims/sidecar';
import { logError } from '../../log';
import type { SidecarDiagnostics } from '../sidecarDiagnostics';
import { problemMessage } from '../../problemDiagnostic';
import { readTextFile } from '../../readTextFile';

/** A sidecar as read from disk: its claims, or those still readable and why the file may not be changed. */
export interface LoadedSidecar {
  /** The file's text; undefined when there is no sidecar yet. */
  text?: string;
  claims: Claim[];
  /** The article the claims were made on, as the sidecar describes it. */
  document?: DocumentInfo;
  version?: FormatVersion;
  /** Why the claims may not be changed: the sidecar is invalid, unreadable or from a newer version. */
  readOnly?: string;
}

/** Reads and parses a sidecar; problems go to the Problems panel, never an exception. */
export async function loadSidecar(sidecar: vscode.Uri, diagnostics: SidecarDiagnostics): Promise<LoadedSidecar> {
  let text: string | undefined;
  try {
    text = await readTextFile(sidecar);
  } catch (error) {
    logError(`reading ${sidecar.toString()}`, error);
    const reason = error instanceof Error ? error.message : String(error);
    return { claims: [], readOnly: vscode.l10n.t('{0} cannot be read ({1})', Utils.basename(sidecar), reason) };
  }
  if (text === undefined) {
    diagnostics.clear(sidecar);
    return { claims: [] };
  }
  return parseLoaded(sidecar, text, diagnostics);
}

export function parseLoaded(sidecar: vscode.Uri, text: string, diagnostics: SidecarDiagnostics): LoadedSidecar {
  const parsed = parseSidecar(text);
  if (parsed.ok) {
    diagnostics.clear(sidecar);
    return { text, claims: parsed.sidecar.claims, document: parsed.sidecar.document, version: parsed.version };
  }
  diagnostics.report(sidecar, text, parsed.problems);
  const problem = parsed.problems[0];
  const readOnly = problem ? problemMessage(problem) : vscode.l10n.t('the sidecar cannot be read');
  return { text, claims: parsed.readOnly?.claims ?? [], document: parsed.readOnly?.document, readOnly };
}

/** The sidecar's text as Claim Lens would write it, to tell whether anything but its format would change. */
export function normalizedText(loaded: LoadedSidecar): string | undefined {
  if (loaded.readOnly || !loaded.document) return undefined;
  return serializeSidecar(createSidecar(loaded.document, loaded.claims));
}
