import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { serializeAssessment } from '../../core/model/assessment-file';
import { makeDemoAssessment } from '../../core/demo/assessment';
import { makeDemoResponses } from '../../core/demo/responses';
import { serializeResponse, suggestedResponseFileName } from '../../core/workshop/response-file';
import { parseCommandArgs } from '../args';
import { CliError, loadBundled, writeOutput } from '../content';
import type { Command } from './types';

const Args = z
  .object({
    seed: z.coerce.number({ message: 'the seed is a whole number' }).int('the seed is a whole number').min(0).max(2 ** 32 - 1).default(1),
    out: z.string().min(1, 'name the output file with -o').optional(),
    respondents: z.coerce.number({ message: 'the number of respondents is a whole number' }).int('the number of respondents is a whole number').min(1, 'at least 1 respondent').max(200, 'at most 200 respondents').optional(),
    'out-dir': z.string().min(1, 'name the folder with --out-dir').optional(),
    questionnaire: z.string().default('capamap-core'),
    date: z.iso.datetime({ message: 'the date is an ISO date-time such as 2026-01-15T09:00:00Z' }).default('2026-01-15T09:00:00.000Z'),
    positionals: z.array(z.string()).max(0, 'demo takes no file names; use -o or --out-dir'),
  })
  .refine((a) => (a.respondents === undefined ? a.out !== undefined && a['out-dir'] === undefined : a['out-dir'] !== undefined && a.out === undefined), {
    message: 'write one assessment with -o <file>, or respondents’ files with --respondents N --out-dir <folder>',
    path: ['out'],
  });

export const demo: Command = {
  name: 'demo',
  usage: 'demo [--seed N] -o <file> | demo --respondents N [--seed N] --out-dir <folder>   a plausible assessment, or partly disagreeing response files',
  run(argv, out) {
    const args = parseCommandArgs(
      argv,
      {
        seed: { type: 'string' },
        out: { type: 'string', short: 'o' },
        respondents: { type: 'string' },
        'out-dir': { type: 'string' },
        questionnaire: { type: 'string' },
        date: { type: 'string' },
      },
      Args,
    );
    const content = loadBundled().get(args.questionnaire);
    if (!content) throw new CliError(`--questionnaire: "${args.questionnaire}" is not installed`);
    if (args.respondents !== undefined) {
      const dir = args['out-dir']!;
      const files = makeDemoResponses(content.questionnaire, { seed: args.seed, count: args.respondents, now: args.date });
      try {
        mkdirSync(dir, { recursive: true });
        for (const file of files) writeFileSync(join(dir, suggestedResponseFileName(file)), serializeResponse(file));
      } catch (error) {
        throw new CliError(`${dir}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
      }
      out.log(`${dir}: ${files.length} response file${files.length === 1 ? '' : 's'} written (seed ${args.seed}, ${Object.keys(files[0]!.answers).length} answers each)`);
      return 0;
    }
    const file = args.out!;
    const assessment = makeDemoAssessment(content.questionnaire, { seed: args.seed, now: args.date });
    writeOutput(file, serializeAssessment(assessment));
    out.log(`${file}: demo assessment written (seed ${args.seed}, ${Object.keys(assessment.answers).length} answers)`);
    return 0;
  },
};
