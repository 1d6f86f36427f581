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

const HELP = ['Usage: npm run --silent cli -- <command> [options]', '', ...COMMANDS.map((c) => `  ${c.usage}`)].join('\n');

/** Runs one CLI invocation; returns the exit code. Expected failures print one line, never a stack. */
export async function runCli(argv: string[], out: Output): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    out.log(HELP);
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
