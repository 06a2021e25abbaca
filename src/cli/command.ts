import { parseArgs, type ParseArgsConfig } from 'node:util';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import type { CliIo } from './io';

export type CliOptions = NonNullable<ParseArgsConfig['options']>;

export interface CliArguments {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** One `claimlens COMMAND`: its help and what it does; returns the exit status. */
export interface CliCommand {
  /** One line for the list of commands. */
  summary(): string;
  /** The whole help of the command, usage line first. */
  help(): string;
  options: CliOptions;
  run(args: CliArguments, io: CliIo): Promise<number>;
}

/** Exit statuses shared by every command. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export class UsageError extends Error {}

/** node:util parseArgs with the command's options and -h/--help; unknown options are usage errors. */
export function parseCommandArgs(argv: readonly string[], options: CliOptions): CliArguments & { help: boolean } {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    const { help, ...rest } = values as Record<string, string | boolean | undefined>;
    return { values: rest, positionals, help: help === true };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function usageError(message: string): UsageError {
  return new UsageError(message);
}

/** `file:line: message`, the form editors and CI logs link. */
export function located(file: string, line: number | undefined, message: string): string {
  return line === undefined ? `${file}: ${message}\n` : `${file}:${line}: ${message}\n`;
}

/** A path for messages: relative to the current folder when inside it, else absolute. */
export function shownPath(io: CliIo, file: string): string {
  const relative = path.relative(io.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

export const errorMessage = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

export const cannotRead = (file: string, error: unknown): string => l10n.t('claimlens: cannot read {0}: {1}', file, errorMessage(error)) + '\n';
