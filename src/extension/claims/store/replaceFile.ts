import { rename } from 'node:fs/promises';
import * as vscode from 'vscode';

/**
 * Replaces `target` by `source` in one step. workspace.fs.rename with overwrite deletes the target before
 * renaming, which leaves a moment with no sidecar at all; on local files POSIX rename replaces the target
 * atomically. This is the only module of the claims layer that uses a node built-in: the web build swaps
 * it for replaceFile.web.ts (an esbuild alias), where workspace.fs is all there is.
 */
export async function replaceFile(source: vscode.Uri, target: vscode.Uri): Promise<void> {
  if (source.scheme === 'file' && target.scheme === 'file') await rename(source.fsPath, target.fsPath);
  else await vscode.workspace.fs.rename(source, target, { overwrite: true });
}
