import { z } from 'zod';
import { analyse } from '../../core/method/analyse';
import { REPORT_LANGUAGES, type ReportLanguage } from '../../core/report/language';
import { roadmapCsv } from '../../core/report/roadmap-csv';
import { reportTranslator } from '../../locales';
import { serializeAssessment } from '../../core/model/assessment-file';
import { answersToCsv } from '../../core/workshop/csv';
import { responseOf, serializeResponse } from '../../core/workshop/response-file';
import { LANGUAGE_CHOICES, parseCommandArgs } from '../args';
import { checkOutput, CliError, loadAssessmentWithContent, writeOutput } from '../content';
import type { Command, CommandContext } from './types';

const Args = z
  .object({
    csv: z.boolean().default(false),
    json: z.boolean().default(false),
    respondent: z.string().min(1).optional(),
    /** With --csv: the costed roadmap, one row per action, instead of the answers. */
    roadmap: z.boolean().default(false),
    /** The roadmap spreadsheet's language; the assessment's by default. */
    lang: z.enum(REPORT_LANGUAGES, { message: 'args.language' }).optional(),
    'no-consensus': z.boolean().default(false),
    out: z.string({ message: 'args.outRequired' }).min(1, 'args.outRequired').meta({ short: 'o' }),
    force: z.boolean().default(false),
    positionals: z.array(z.string()).length(1, 'args.oneAssessment'),
  })
  .refine((a) => a.csv !== a.json, { message: 'args.csvOrJson', path: ['csv'] })
  .refine((a) => a.respondent === undefined || a.json, { message: 'args.respondentNeedsJson', path: ['respondent'] })
  .refine((a) => !a.roadmap || (a.csv && !a['no-consensus']), { message: 'args.roadmapNeedsCsv', path: ['roadmap'] });

export const exportCommand: Command = {
  name: 'export',
  synopsis: `export <assessment.json> (--csv [--no-consensus] | --roadmap --csv [--lang ${LANGUAGE_CHOICES}] | --json [--respondent ID]) -o <file> [--force]`,
  async run(argv, { out, t }) {
    const args = parseCommandArgs(argv, Args);
    const file = args.positionals[0]!;
    const written = { inputs: [file], force: args.force };
    checkOutput(args.out, written);
    if (args.roadmap) return exportRoadmap(file, args.out, args.lang, written, { out, t });
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

/** The costed roadmap as a spreadsheet, in the language asked for or the assessment's. */
async function exportRoadmap(file: string, target: string, lang: ReportLanguage | undefined, written: { inputs: string[]; force: boolean }, { out, t }: Pick<CommandContext, 'out' | 't'>): Promise<number> {
  const { assessment, content } = loadAssessmentWithContent(file, { out, t });
  const language = lang ?? (REPORT_LANGUAGES.includes(assessment.meta.language as ReportLanguage) ? (assessment.meta.language as ReportLanguage) : 'en');
  const results = analyse(content, assessment);
  await writeOutput(target, roadmapCsv(content, results, language, await reportTranslator(language)), written);
  const count = results.roadmap.phases.reduce((n, p) => n + p.actions.length, 0);
  out.log(t('cli:export.written', { file: target, what: t('cli:export.roadmap', { count, beyond: results.roadmap.beyondHorizon.length, language }) }));
  return 0;
}
