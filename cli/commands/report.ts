import { z } from 'zod';
import { REPORT_LANGUAGES, REPORT_SECTIONS, reportInput } from '../../core/report';
import { buildBlankQuestionnaire } from '../../core/report/blank-questionnaire';
import { reportTranslator } from '../../locales';
import { renderDefinition, renderReportPdf } from '../pdf';
import { LANGUAGE_CHOICES, parseCommandArgs } from '../args';
import { CliError, checkOutput, loadAssessmentWithBaseline, loadBundled, writeOutput } from '../content';
import { unstatedWords } from '../meta';
import type { Command, CommandContext } from './types';

const Args = z
  .object({
    out: z.string({ message: 'args.pdfOut' }).min(1, 'args.pdfOut').meta({ short: 'o' }),
    /** The report's language, not the CLI's: the CLI's messages follow the environment. */
    lang: z.enum(REPORT_LANGUAGES, { message: 'args.language' }).default('en'),
    paper: z.enum(['a4', 'letter'], { message: 'args.paper' }).default('a4'),
    /** pdf to print, docx for an editable Word copy of the same document. */
    format: z.enum(['pdf', 'docx'], { message: 'args.reportFormat' }).default('pdf'),
    sections: z
      .string()
      .transform((s) => s.split(',').map((x) => x.trim()))
      .pipe(z.array(z.enum(REPORT_SECTIONS, { message: 'args.sections' })))
      .optional(),
    confidentiality: z.string().max(120).optional(),
    /** State what a workshop merged from response files alone leaves unstated; a report never prints a placeholder. */
    institution: z.string().trim().min(1).max(300).optional(),
    country: z.string().trim().min(1).max(120).optional(),
    date: z.iso.datetime({ message: 'args.dateTime' }).optional(),
    baseline: z.string().min(1).optional(),
    force: z.boolean().default(false),
    /** The questionnaire without answers, to answer on paper: needs no assessment file. */
    blank: z.boolean().default(false),
    /** Which bundled questionnaire --blank prints. */
    questionnaire: z.string().default('capamap-core'),
    positionals: z.array(z.string()).max(1, 'args.oneAssessment'),
  })
  .refine((a) => a.blank || a.positionals.length === 1, { message: 'args.oneAssessment', path: ['positionals'] })
  .refine((a) => !a.blank || a.positionals.length === 0, { message: 'args.blankNoFile', path: ['positionals'] })
  .refine((a) => !a.blank || a.format === 'pdf', { message: 'args.blankPdf', path: ['format'] });

type ReportArgs = z.infer<typeof Args>;

export const report: Command = {
  name: 'report',
  synopsis: `report <assessment.json> -o <out.pdf|out.docx> [--format pdf|docx] [--lang ${LANGUAGE_CHOICES}] [--paper a4|letter] [--baseline previous.json] [--institution name] [--country name] [--force] | report --blank -o <out.pdf> [--lang ${LANGUAGE_CHOICES}] [--paper a4|letter]`,
  async run(argv, { out, t }) {
    const args = parseCommandArgs(argv, Args);
    if (args.blank) return blank(args, out, t);
    const written = { inputs: [args.positionals[0]!, ...(args.baseline ? [args.baseline] : [])], force: args.force };
    checkOutput(args.out, written);
    const loaded = loadAssessmentWithBaseline(args.positionals[0]!, args.baseline, { out, t });
    const { content, baseline } = loaded;
    const meta = { ...loaded.assessment.meta, ...(args.institution ? { institution: args.institution } : {}), ...(args.country ? { country: args.country } : {}) };
    const assessment = { ...loaded.assessment, meta };
    const unstated = unstatedWords(meta, t);
    if (unstated) throw CliError.of('cli:report.metaNotStated', { file: args.positionals[0]!, ...unstated });
    // The Word writer (docx, jszip) is loaded only for a Word copy: every other command starts without it.
    const render = args.format === 'docx' ? (await import('../docx')).renderReportDocx : renderReportPdf;
    const bytes = await render(reportInput(content, assessment, await reportTranslator(args.lang), baseline), {
      language: args.lang,
      paper: args.paper,
      sections: args.sections,
      confidentiality: args.confidentiality ?? assessment.meta.confidentiality,
      // A fixed date gives byte-identical reports; by default the report is dated now.
      generatedAt: args.date ?? new Date().toISOString(),
    });
    await writeOutput(args.out, bytes, written);
    out.log(t('cli:report.written', { file: args.out, language: args.lang, paper: args.paper, size: Math.round(bytes.length / 1024) }));
    return 0;
  },
};

/** The blank questionnaire of a bundled questionnaire, to answer on paper. */
async function blank(args: ReportArgs, out: CommandContext['out'], t: CommandContext['t']): Promise<number> {
  const written = { force: args.force };
  checkOutput(args.out, written);
  const content = loadBundled().get(args.questionnaire);
  if (!content) throw new CliError(({ t }) => ({ line: `--questionnaire: ${t('cli:args.questionnaire', { name: args.questionnaire })}` }));
  const definition = buildBlankQuestionnaire(content.questionnaire, await reportTranslator(args.lang), {
    language: args.lang,
    paper: args.paper,
    generatedAt: args.date ?? new Date().toISOString(),
  });
  const bytes = await renderDefinition(definition);
  await writeOutput(args.out, bytes, written);
  out.log(t('cli:report.blankWritten', { file: args.out, language: args.lang, paper: args.paper, size: Math.round(bytes.length / 1024) }));
  return 0;
}
