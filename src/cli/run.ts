import * as l10n from '@vscode/l10n';
import { EXIT, parseCommandArgs, UsageError, type CliCommand } from './command';
import { checkCommand } from './commands/check';
import { compareCommand } from './commands/compare';
import { entitiesCommand } from './commands/entities';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { mergeDriverCommand } from './commands/mergeDriver';
import type { CliIo } from './io';

export type { CliIo } from './io';

/** Every `claimlens COMMAND`; a new command is one line here. */
export const COMMANDS: Record<string, CliCommand> = {
  entities: entitiesCommand,
  export: exportCommand,
  import: importCommand,
  check: checkCommand,
  'merge-driver': mergeDriverCommand,
  compare: compareCommand,
};

export function generalHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const list = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary()}`).join('\n');
  return `${l10n.t('Usage: claimlens COMMAND [OPTIONS] [PATH...]')}\n\n${l10n.t('Commands:')}\n${list}\n\n${l10n.t('Run claimlens COMMAND --help for the options of a command.')}\n`;
}

/** Runs the command line and returns the exit status: 0 success, 1 failure, 2 usage error. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(generalHelp());
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`claimlens: ${l10n.t('Unknown command "{0}".', name)}\n\n${generalHelp()}`);
    return EXIT.usage;
  }
  try {
    const args = parseCommandArgs(rest, command.options);
    if (args.help) {
      io.stdout(command.help());
      return EXIT.ok;
    }
    return await command.run(args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`claimlens ${name}: ${error.message}\n\n${command.help()}`);
    return EXIT.usage;
  }
}
