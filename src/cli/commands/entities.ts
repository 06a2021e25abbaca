import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { createRecognizer, parseWorkspaceGazetteer, type Recognizer, type WorkspaceGazetteer } from '../../core/entities';
import { cannotRead, EXIT, usageError, type CliCommand } from '../command';
import { type FileEntities, formatJson, formatTable } from '../format';
import { reportProblems } from '../articles';
import type { CliIo } from '../io';

const GAZETTEER_PATH = path.join('.claimlens', 'gazetteer.json');

/** The nearest `.claimlens/gazetteer.json` in the folder of `file` or one above it. */
export function findWorkspaceGazetteer(file: string, exists: (file: string) => boolean): string | undefined {
  for (let dir = path.dirname(path.resolve(file)); ; ) {
    const candidate = path.join(dir, GAZETTEER_PATH);
    if (exists(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads a gazetteer file; its problems go to stderr with line and column, its valid entries are used. */
function loadGazetteer(file: string, io: CliIo): WorkspaceGazetteer {
  const text = io.readFile(file);
  const { gazetteer, problems } = parseWorkspaceGazetteer(text);
  reportProblems(file, text, problems, io);
  return gazetteer;
}

export const entitiesCommand: CliCommand = {
  summary: () => l10n.t('find actors, places and numbers in articles'),
  help: () => l10n.t(`Usage: claimlens entities FILE... [--json] [--gazetteer PATH]

Finds actors, places and numbers in each FILE (read as UTF-8).

Options:
  --json             print a JSON array of {file, entities} (offsets are UTF-16 code units)
  --gazetteer PATH   use this workspace gazetteer instead of the nearest .claimlens/gazetteer.json
                     found upward from each file
  -h, --help         show this help

Exit status: 0 on success, 1 when a file or the gazetteer cannot be read, 2 on a usage error.
`),
  options: { json: { type: 'boolean' }, gazetteer: { type: 'string' } },
  async run({ values, positionals: files }, io) {
    if (files.length === 0) throw usageError(l10n.t('No files given. Try: claimlens entities FILE...'));
    const gazetteerOption = values.gazetteer as string | undefined;
    const recognizers = new Map<string, Recognizer>();
    const recognizerFor = (gazetteerFile: string | undefined): Recognizer => {
      const key = gazetteerFile ?? '';
      let recognizer = recognizers.get(key);
      if (!recognizer) {
        recognizer = createRecognizer(gazetteerFile ? { workspace: loadGazetteer(gazetteerFile, io) } : {});
        recognizers.set(key, recognizer);
      }
      return recognizer;
    };
    const cannotReadGazetteer = (file: string, error: unknown): void =>
      io.stderr(l10n.t('claimlens: cannot read the gazetteer {0}: {1}', file, (error as Error).message) + '\n');
    let status: number = EXIT.ok;
    if (gazetteerOption !== undefined) {
      try {
        recognizerFor(path.resolve(io.cwd(), gazetteerOption));
      } catch (error) {
        cannotReadGazetteer(gazetteerOption, error);
        return EXIT.failed;
      }
    }
    const results: FileEntities[] = [];
    for (const file of files) {
      const resolved = path.resolve(io.cwd(), file);
      let text: string;
      try {
        text = io.readFile(resolved);
      } catch (error) {
        io.stderr(cannotRead(file, error));
        status = EXIT.failed;
        continue;
      }
      const gazetteerFile = gazetteerOption !== undefined ? path.resolve(io.cwd(), gazetteerOption) : findWorkspaceGazetteer(resolved, io.exists);
      let recognizer: Recognizer;
      try {
        recognizer = recognizerFor(gazetteerFile);
      } catch (error) {
        cannotReadGazetteer(gazetteerFile!, error);
        status = EXIT.failed;
        continue;
      }
      results.push({ file, entities: recognizer.recognize(text) });
    }
    io.stdout(values.json ? formatJson(results) : formatTable(results));
    return status;
  },
};
