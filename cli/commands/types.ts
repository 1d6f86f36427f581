/** Where a command writes: injected so tests capture output without touching the console. */
export interface Output {
  log(line: string): void;
  error(line: string): void;
}

export interface Command {
  name: string;
  /** One line for the help text. */
  usage: string;
  /** Returns the exit code; throws CliError for expected failures. */
  run(argv: string[], out: Output): number | Promise<number>;
}
