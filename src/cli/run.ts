import * as path from 'node:path';
import { createRecognizer, parseWorkspaceGazetteer, type Recognizer, type WorkspaceGazetteer } from '../core/entities';
import { HELP, parseArgs } from './args';
import { runCompare, type CompareIo } from './commands/compare';
import { type FileEntities, formatJson, formatTable } from './format';

/** What the CLI needs from the outside world, so tests can hand it a fake one. */
export interface CliIo {
  /** The file's text, or throws. */
  readFile(file: string): string;
  exists(file: string): boolean;
  cwd(): string;
  stdout(text: string): void;
  stderr(text: string): void;
}

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
  for (const problem of problems) {
    const before = text.slice(0, problem.start);
    const line = before.split('\n').length;
    const column = problem.start - before.lastIndexOf('\n');
    io.stderr(`${file}:${line}:${column}: ${problem.message}\n`);
  }
  return gazetteer;
}

/** Runs the command line and returns the exit status. */
export function runCli(argv: readonly string[], io: CliIo | CompareIo): number {
  if (argv[0] === 'compare' && 'readDir' in io) return runCompare(argv.slice(1), io);
  const request = parseArgs(argv);
  if (request.kind === 'help') {
    io.stdout(HELP);
    return 0;
  }
  if (request.kind === 'usage-error') {
    io.stderr(`claimlens: ${request.message}\n\n${HELP}`);
    return 2;
  }
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
  let status = 0;
  if (request.gazetteer !== undefined) {
    const explicit = path.resolve(io.cwd(), request.gazetteer);
    try {
      recognizerFor(explicit);
    } catch (error) {
      io.stderr(`claimlens: cannot read the gazetteer ${request.gazetteer}: ${(error as Error).message}\n`);
      return 1;
    }
  }
  const results: FileEntities[] = [];
  for (const file of request.files) {
    const resolved = path.resolve(io.cwd(), file);
    let text: string;
    try {
      text = io.readFile(resolved);
    } catch (error) {
      io.stderr(`claimlens: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      status = 1;
      continue;
    }
    let recognizer: Recognizer;
    const gazetteerFile = request.gazetteer !== undefined ? path.resolve(io.cwd(), request.gazetteer) : findWorkspaceGazetteer(resolved, io.exists);
    try {
      recognizer = recognizerFor(gazetteerFile);
    } catch (error) {
      io.stderr(`claimlens: cannot read the gazetteer ${gazetteerFile}: ${(error as Error).message}\n`);
      status = 1;
      continue;
    }
    results.push({ file, entities: recognizer.recognize(text) });
  }
  io.stdout(request.json ? formatJson(results) : formatTable(results));
  return status;
}
