// Tests write sidecar files next to articles, so every run opens a throwaway copy of the workspace.
import fs from 'node:fs';
import path from 'node:path';

/**
 * Copies `source` into `runDir` under the same name; an empty folder of that name when `source` does not
 * exist (git keeps no empty folders, so a fresh clone may lack sample/).
 * @returns {string} the copy's path
 */
export function copyWorkspace(source, runDir) {
  const copy = path.join(runDir, path.basename(source));
  if (fs.existsSync(source)) fs.cpSync(source, copy, { recursive: true });
  else fs.mkdirSync(copy);
  return copy;
}
