import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { serializeAssessment } from '../../core/assessment-file';
import { makeDemoAssessment } from '../../core/demo';
import { parseCommandArgs } from '../args';
import { CliError, loadBundled } from '../content';
import type { Command } from './types';

const Args = z.object({
  seed: z.coerce.number({ message: 'the seed is a whole number' }).int('the seed is a whole number').min(0).max(2 ** 32 - 1).default(1),
  out: z.string().min(1, 'name the output file with -o'),
  questionnaire: z.string().default('capamap-core'),
  date: z.iso.datetime({ message: 'the date is an ISO date-time such as 2026-01-15T09:00:00Z' }).default('2026-01-15T09:00:00.000Z'),
  positionals: z.array(z.string()).max(0, 'demo takes no file names; use -o'),
});

export const demo: Command = {
  name: 'demo',
  usage: 'demo [--seed N] -o <file>   write a complete, plausible assessment for demos and tests',
  run(argv, out) {
    const args = parseCommandArgs(
      argv,
      { seed: { type: 'string' }, out: { type: 'string', short: 'o' }, questionnaire: { type: 'string' }, date: { type: 'string' } },
      Args,
    );
    const content = loadBundled().get(args.questionnaire);
    if (!content) throw new CliError(`--questionnaire: "${args.questionnaire}" is not installed`);
    const assessment = makeDemoAssessment(content.questionnaire, { seed: args.seed, now: args.date });
    try {
      writeFileSync(args.out, serializeAssessment(assessment));
    } catch (error) {
      throw new CliError(`${args.out}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    out.log(`${args.out}: demo assessment written (seed ${args.seed}, ${Object.keys(assessment.answers).length} answers)`);
    return 0;
  },
};
