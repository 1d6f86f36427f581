import { mkdirSync } from 'node:fs';
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
    seed: z.coerce
      .number({ message: 'args.seedWhole' })
      .int('args.seedWhole')
      .min(0)
      .max(2 ** 32 - 1)
      .default(1),
    out: z.string().min(1, 'args.outRequired').optional().meta({ short: 'o' }),
    respondents: z.coerce.number({ message: 'args.respondentsWhole' }).int('args.respondentsWhole').min(1, 'args.respondentsMin').max(200, 'args.respondentsMax').optional(),
    'out-dir': z.string().min(1, 'args.outDirRequired').optional(),
    questionnaire: z.string().default('capamap-core'),
    date: z.iso.datetime({ message: 'args.dateTime' }).default('2026-01-15T09:00:00.000Z'),
    force: z.boolean().default(false),
    positionals: z.array(z.string()).max(0, 'args.demoNoFiles'),
  })
  .refine((a) => (a.respondents === undefined ? a.out !== undefined && a['out-dir'] === undefined : a['out-dir'] !== undefined && a.out === undefined), {
    message: 'args.demoOneOf',
    path: ['out'],
  });

export const demo: Command = {
  name: 'demo',
  synopsis: 'demo [--seed N] -o <file> | demo --respondents N [--seed N] --out-dir <folder>',
  async run(argv, { out, t }) {
    const args = parseCommandArgs(argv, Args);
    const content = loadBundled().get(args.questionnaire);
    if (!content) throw new CliError(({ t }) => ({ line: `--questionnaire: ${t('cli:args.questionnaire', { name: args.questionnaire })}` }));
    if (args.respondents !== undefined) {
      const dir = args['out-dir']!;
      const files = makeDemoResponses(content.questionnaire, { seed: args.seed, count: args.respondents, now: args.date });
      try {
        mkdirSync(dir, { recursive: true });
      } catch (error) {
        throw CliError.of('cli:errors.cannotWrite', { path: dir, reason: (error as NodeJS.ErrnoException).code ?? 'EIO' });
      }
      for (const file of files) await writeOutput(join(dir, suggestedResponseFileName(file)), serializeResponse(file), { force: args.force });
      out.log(t('cli:demo.responses', { dir, count: files.length, seed: args.seed, answers: Object.keys(files[0]!.answers).length }));
      return 0;
    }
    const file = args.out!;
    const assessment = makeDemoAssessment(content.questionnaire, { seed: args.seed, now: args.date });
    await writeOutput(file, serializeAssessment(assessment), { force: args.force });
    out.log(t('cli:demo.assessment', { file, seed: args.seed, answers: Object.keys(assessment.answers).length }));
    return 0;
  },
};
