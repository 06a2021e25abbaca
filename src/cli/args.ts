/** What the command line asked for. */
export type CliRequest =
  | { kind: 'help' }
  | { kind: 'entities'; files: string[]; json: boolean; gazetteer?: string }
  | { kind: 'usage-error'; message: string };

export const HELP = `Usage: claimlens entities FILE... [--json] [--gazetteer PATH]
       claimlens compare PATH... [--json | --csv]   (claimlens compare --help)

Finds actors, places and numbers in each FILE (read as UTF-8).

Options:
  --json             print a JSON array of {file, entities} (offsets are UTF-16 code units)
  --gazetteer PATH   use this workspace gazetteer instead of the nearest .claimlens/gazetteer.json
                     found upward from each file
  -h, --help         show this help

Exit status: 0 on success, 1 when a file or the gazetteer cannot be read, 2 on a usage error.
`;

export function parseArgs(argv: readonly string[]): CliRequest {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  const [command, ...rest] = argv;
  if (command !== 'entities') return { kind: 'usage-error', message: `Unknown command "${command}". Try: claimlens entities FILE...` };
  const files: string[] = [];
  let json = false;
  let gazetteer: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--json') json = true;
    else if (arg === '--gazetteer') {
      gazetteer = rest[++i];
      if (gazetteer === undefined) return { kind: 'usage-error', message: '--gazetteer needs a path.' };
    } else if (arg.startsWith('--gazetteer=')) gazetteer = arg.slice('--gazetteer='.length);
    else if (arg === '--') files.push(...rest.slice(i + 1)), (i = rest.length);
    else if (arg.startsWith('-') && arg !== '-') return { kind: 'usage-error', message: `Unknown option "${arg}".` };
    else files.push(arg);
  }
  if (files.length === 0) return { kind: 'usage-error', message: 'No files given. Try: claimlens entities FILE...' };
  return gazetteer === undefined ? { kind: 'entities', files, json } : { kind: 'entities', files, json, gazetteer };
}
