import { z } from 'zod';
import { serializeAssessment } from '../../core/model/assessment-file';
import { answersToCsv } from '../../core/workshop/csv';
import { responseOf, serializeResponse } from '../../core/workshop/response-file';
import { parseCommandArgs } from '../args';
import { checkOutput, CliError, loadAssessmentWithContent, writeOutput } from '../content';
import type { Command } from './types';

const Args = z
  .object({
    csv: z.boolean().default(false),
    json: z.boolean().default(false),
    respondent: z.string().min(1).optional(),
    'no-consensus': z.boolean().default(false),
    out: z.string({ message: 'args.outRequired' }).min(1, 'args.outRequired').meta({ short: 'o' }),
    force: z.boolean().default(false),
    positionals: z.array(z.string()).length(1, 'args.oneAssessment'),
  })
  .refine((a) => a.csv !== a.json, { message: 'args.csvOrJson', path: ['csv'] })
  .refine((a) => a.respondent === undefined || a.json, { message: 'args.respondentNeedsJson', path: ['respondent'] });

export const exportCommand: Command = {
  name: 'export',
  synopsis: 'export <assessment.json> (--csv [--no-consensus] | --json [--respondent ID]) -o <file> [--force]',
  async run(argv, { out, t }) {
    const args = parseCommandArgs(argv, Args);
    const file = args.positionals[0]!;
    checkOutput(args.out, { inputs: [file], force: args.force });
    // Checked exactly as validate checks it: nothing the app would refuse is exported.
    const { assessment } = loadAssessmentWithContent(file, { out, t });
    let text: string;
    let what: string;
    if (args.csv) {
      text = answersToCsv(assessment, { consensus: !args['no-consensus'] });
      const rows = (args['no-consensus'] ? 0 : Object.keys(assessment.answers).length) + Object.values(assessment.responses).reduce((n, a) => n + Object.keys(a).length, 0);
      what = t(args['no-consensus'] ? 'cli:export.csvNoConsensus' : 'cli:export.csv', { count: rows, respondents: Object.keys(assessment.responses).length });
    } else if (args.respondent !== undefined) {
      const respondent = assessment.respondents.find((r) => r.id === args.respondent);
      const answers = assessment.responses[args.respondent];
      if (!respondent || !answers) {
        const id = args.respondent;
        const list = Object.keys(assessment.responses).join(', ');
        throw new CliError(({ t }) => ({ line: `--respondent: ${t('cli:export.noAnswers', { id, file, list: list || t('cli:export.nobody') })}` }));
      }
      const { id, name, agency, role } = respondent;
      text = serializeResponse(responseOf(assessment.questionnaire, { id, name, agency, role }, answers, respondent.exportedAt ?? assessment.updatedAt, assessment.id));
      what = t('cli:export.response', { name });
    } else {
      text = serializeAssessment(assessment);
      what = t('cli:export.assessment');
    }
    await writeOutput(args.out, text, { inputs: [file], force: args.force });
    out.log(t('cli:export.written', { file: args.out, what }));
    return 0;
  },
};
