import * as vscode from 'vscode';
import { sidecarPathFor, SIDECAR_SUFFIX } from '../../core/claims/sidecar';
import { logError } from '../log';
import { replaceFile } from './store/replaceFile';

const encoder = new TextEncoder();

export function sidecarUriFor(article: vscode.Uri): vscode.Uri {
  return article.with({ path: sidecarPathFor(article.path) });
}

export function articleOf(sidecar: vscode.Uri): vscode.Uri {
  return sidecar.with({ path: sidecar.path.slice(0, -SIDECAR_SUFFIX.length) });
}

/**
 * Writes through a temporary file beside the target and a rename, so a crash or a full disk leaves
 * either the old sidecar or the new one, never half of one.
 */
export async function writeTextFileAtomically(uri: vscode.Uri, text: string): Promise<void> {
  const temporary = uri.with({ path: `${uri.path}.${globalThis.crypto.randomUUID().slice(0, 8)}.tmp` });
  try {
    await vscode.workspace.fs.writeFile(temporary, encoder.encode(text));
    await replaceFile(temporary, uri);
  } catch (error) {
    await vscode.workspace.fs.delete(temporary).then(undefined, (cleanup: unknown) => logError('removing a temporary sidecar', cleanup));
    throw error;
  }
}
