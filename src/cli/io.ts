/** What the CLI needs from the outside world, so tests can hand it a fake one. */
export interface CliIo {
  /** The file's text, or throws. */
  readFile(file: string): string;
  exists(file: string): boolean;
  isDirectory(path: string): boolean;
  /** Names of the entries of a folder. */
  listDirectory(dir: string): string[];
  /** Replaces or creates the file atomically (a temporary file renamed over it), creating its folder. */
  writeFile(file: string, text: string): void;
  /** Creates the file only if it does not exist yet; false when it did. */
  createFile(file: string, text: string): boolean;
  /** The file as the current git commit has it; undefined outside a repository or when it is not committed. */
  committedText(file: string): string | undefined;
  cwd(): string;
  now(): Date;
  /** Recorded as the author of imported claims that name none. */
  userName(): string;
  stdout(text: string): void;
  stderr(text: string): void;
}
