import { neutralise } from '../core/model/sanitize';
import { analyse } from './commands/analyse';
import { CliError } from './content';
import { demo } from './commands/demo';
import { exportCommand } from './commands/export';
import { kit } from './commands/kit';
import { merge } from './commands/merge';
import { report } from './commands/report';
import { roadmap } from './commands/roadmap';
import { stats } from './commands/stats';
import type { Command, Output } from './commands/types';
import { validate } from './commands/validate';
import { cliLanguage, createVoice, type Voice } from './i18n';

export const COMMANDS: Command[] = [validate, stats, demo, analyse, roadmap, report, merge, exportCommand, kit];

/** Asks every command for the technical details of a problem, on the lines under it. */
const VERBOSE = '--verbose';

function help({ t }: Voice): string {
  return [t('cli:help.usage'), '', ...COMMANDS.map((c) => `  ${c.synopsis}   ${t(`cli:help.commands.${c.name}`)}`), '', t('cli:help.options')].join('\n');
}

/**
 * Every line reaches the terminal through the core sanitiser: names, ids and
 * versions come from files, and an escape sequence, a line break or a bidi
 * override in one must not recolour, forge or reorder what the user reads.
 */
function terminalSafe(out: Output): Output {
  return { log: (line) => out.log(neutralise(line)), error: (line) => out.error(neutralise(line)) };
}

/**
 * Runs one CLI invocation; returns the exit code. Expected failures print one
 * line, never a stack. Messages are in the language the environment names
 * (see cliLanguage); English by default.
 */
export async function runCli(argv: string[], output: Output, env: Readonly<Record<string, string | undefined>> = process.env): Promise<number> {
  const voice = await createVoice(cliLanguage(env));
  const out = terminalSafe(output);
  const verbose = argv.includes(VERBOSE);
  const [name, ...rest] = argv.filter((a) => a !== VERBOSE);
  if (!name || name === '--help' || name === 'help') {
    // The catalog's own lines, kept as one block.
    output.log(
      help(voice)
        .split('\n')
        .map((line) => neutralise(line))
        .join('\n'),
    );
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    out.error(voice.t('cli:errors.unknownCommand', { name, commands: COMMANDS.map((c) => c.name).join(', ') }));
    return 2;
  }
  try {
    return await command.run(rest, { ...voice, out });
  } catch (error) {
    if (error instanceof CliError) {
      const { line, details = [] } = error.say(voice);
      out.error(line);
      if (verbose) for (const detail of details) out.error(`  ${detail}`);
      return 1;
    }
    throw error;
  }
}
