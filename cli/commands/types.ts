import type { Voice } from '../i18n';

/** Where a command writes: injected so tests capture output without touching the console. */
export interface Output {
  log(line: string): void;
  error(line: string): void;
}

/** What a command runs with: where it writes, and how it speaks (the catalog in the CLI's language). */
export interface CommandContext extends Voice {
  out: Output;
}

export interface Command {
  name: string;
  /** The command line's shape ("validate <file…>"); the help adds the description in the reader's language. */
  synopsis: string;
  /** Returns the exit code; throws CliError for expected failures. */
  run(argv: string[], context: CommandContext): number | Promise<number>;
}
