import * as vscode from 'vscode';
import { readTextFile } from '../readTextFile';

export const GAZETTEER_PATH = '.claimlens/gazetteer.json';

/** A gazetteer file as found: its text; no text when there is none; or why it could not be read. */
export interface GazetteerRead {
  readonly file: vscode.Uri;
  readonly text?: string;
  readonly error?: unknown;
}

/**
 * Every workspace folder's nearest `.claimlens/gazetteer.json` (in the folder or above it, as the command
 * line looks for it), found and read, keyed by the folder's URI; a file two folders share is read once.
 * Never rejects. The extension's entry point starts this as it activates, since the first highlight waits
 * for the gazetteer and each question to VS Code's file service is a round trip.
 */
export async function readWorkspaceGazetteers(): Promise<Map<string, GazetteerRead>> {
  const reads = new Map<string, Promise<GazetteerRead>>();
  const folders = vscode.workspace.workspaceFolders ?? [];
  const found = await Promise.all(folders.map(async (folder) => {
    const file = (await nearestGazetteer(folder.uri)) ?? vscode.Uri.joinPath(folder.uri, GAZETTEER_PATH);
    let read = reads.get(file.toString());
    if (!read) {
      read = readGazetteer(file);
      reads.set(file.toString(), read);
    }
    return [folder.uri.toString(), await read] as const;
  }));
  return new Map(found);
}

async function readGazetteer(file: vscode.Uri): Promise<GazetteerRead> {
  try {
    return { file, text: await readTextFile(file) };
  } catch (error) {
    return { file, error };
  }
}

/** The gazetteer in `folder` or the closest folder above it, if any: every folder up to the root is asked at once. */
async function nearestGazetteer(folder: vscode.Uri): Promise<vscode.Uri | undefined> {
  const candidates: vscode.Uri[] = [];
  for (let dir = folder; ; ) {
    candidates.push(vscode.Uri.joinPath(dir, GAZETTEER_PATH));
    const parent = vscode.Uri.joinPath(dir, '..');
    if (parent.path === dir.path) break;
    dir = parent;
  }
  const found = await Promise.all(candidates.map((candidate) =>
    vscode.workspace.fs.stat(candidate).then((stat) => stat.type === vscode.FileType.File, () => false)));
  return candidates[found.indexOf(true)];
}
