import { z } from 'zod';
import { parseAssessment, serializeAssessment } from '../../core/model/assessment-file';
import { answersToCsv } from '../../core/workshop/csv';
import { responseOf, serializeResponse } from '../../core/workshop/response-file';
import { describeProblems } from '../../core/model/schema/parse';
import { parseCommandArgs } from '../args';
import { CliError, readInput, writeOutput } from '../content';
import type { Command } from './types';

const Args = z
  .object({
    csv: z.boolean().default(false),
    json: z.boolean().default(false),
    respondent: z.string().min(1).optional(),
    'no-consensus': z.boolean().default(false),
    out: z.string({ message: 'name the output file with -o' }).min(1, 'name the output file with -o'),
    positionals: z.array(z.string()).length(1, 'name exactly one assessment file'),
  })
  .refine((a) => a.csv !== a.json, { message: 'choose one of --csv or --json', path: ['csv'] })
  .refine((a) => a.respondent === undefined || a.json, { message: 'a single respondent is exported with --json (a response file)', path: ['respondent'] });

export const exportCommand: Command = {
  name: 'export',
  usage: 'export <assessment.json> (--csv [--no-consensus] | --json [--respondent ID]) -o <file>   answers as CSV, or the assessment / one response as JSON',
  run(argv, out) {
    const args = parseCommandArgs(
      argv,
      {
        csv: { type: 'boolean' },
        json: { type: 'boolean' },
        respondent: { type: 'string' },
        'no-consensus': { type: 'boolean' },
        out: { type: 'string', short: 'o' },
      },
      Args,
    );
    const file = args.positionals[0]!;
    const parsed = parseAssessment(readInput(file));
    if (!parsed.ok) throw new CliError(describeProblems(file, parsed.problems));
    const assessment = parsed.value;
    let text: string;
    let what: string;
    if (args.csv) {
      text = answersToCsv(assessment, { consensus: !args['no-consensus'] });
      const rows = (args['no-consensus'] ? 0 : Object.keys(assessment.answers).length) + Object.values(assessment.responses).reduce((n, a) => n + Object.keys(a).length, 0);
      what = `CSV written (${rows} row${rows === 1 ? '' : 's'}, ${Object.keys(assessment.responses).length} respondents${args['no-consensus'] ? '' : ' and the consensus'})`;
    } else if (args.respondent !== undefined) {
      const respondent = assessment.respondents.find((r) => r.id === args.respondent);
      const answers = assessment.responses[args.respondent];
      if (!respondent || !answers) throw new CliError(`--respondent: "${args.respondent}" has no answers in ${file} (respondents: ${Object.keys(assessment.responses).join(', ') || 'none'})`);
      const { id, name, agency, role } = respondent;
      text = serializeResponse(responseOf(assessment.questionnaire, { id, name, agency, role }, answers, respondent.exportedAt ?? assessment.updatedAt, assessment.id));
      what = `response file of ${name} written`;
    } else {
      text = serializeAssessment(assessment);
      what = 'assessment written';
    }
    writeOutput(args.out, text);
    out.log(`${args.out}: ${what}`);
    return 0;
  },
};
