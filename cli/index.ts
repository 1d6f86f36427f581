import { neutralise } from '../core/model/sanitize';
import { analyse } from './commands/analyse';
import { CliError } from './content';
import { demo } from './commands/demo';
import { exportCommand } from './commands/export';
import { merge } from './commands/merge';
import { report } from './commands/report';
import { roadmap } from './commands/roadmap';
import { stats } from './commands/stats';
import type { Command, Output } from './commands/types';
import { validate } from './commands/validate';

export const COMMANDS: Command[] = [validate, stats, demo, analyse, roadmap, report, merge, exportCommand];

const HELP = ['Usage: npm run --silent cli -- <command> [options]', '', ...COMMANDS.map((c) => `  ${c.usage}`)];

/**
 * Every line reaches the terminal through the core sanitiser: names, ids and
 * versions come from files, and an escape sequence, a line break or a bidi
 * override in one must not recolour, forge or reorder what the user reads.
 */
function terminalSafe(out: Output): Output {
  return { log: (line) => out.log(neutralise(line)), error: (line) => out.error(neutralise(line)) };
}

/** Runs one CLI invocation; returns the exit code. Expected failures print one line, never a stack. */
export async function runCli(argv: string[], output: Output): Promise<number> {
  const out = terminalSafe(output);
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    for (const line of HELP) out.log(line);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    out.error(`Unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}.`);
    return 2;
  }
  try {
    return await command.run(rest, out);
  } catch (error) {
    if (error instanceof CliError) {
      out.error(error.message);
      return 1;
    }
    throw error;
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2), { log: (l) => console.log(l), error: (l) => console.error(l) }).then((code) => {
    process.exitCode = code;
  });
}
