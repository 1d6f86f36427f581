import { z } from 'zod';
import { REPORT_LANGUAGES, REPORT_SECTIONS, reportInput } from '../../core/report';
import { reportTranslator } from '../../locales';
import { renderReportDocx } from '../docx';
import { renderReportPdf } from '../pdf';
import { parseCommandArgs } from '../args';
import { CliError, checkOutput, loadAssessmentWithBaseline, writeOutput } from '../content';
import { unstatedWords } from '../meta';
import type { Command } from './types';

const Args = z.object({
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
  positionals: z.array(z.string()).length(1, 'args.oneAssessment'),
});

export const report: Command = {
  name: 'report',
  synopsis: 'report <assessment.json> -o <out.pdf|out.docx> [--format pdf|docx] [--lang en|fr|es|zh] [--paper a4|letter] [--baseline previous.json] [--institution name] [--country name] [--force]',
  async run(argv, { out, t }) {
    const args = parseCommandArgs(argv, Args);
    const written = { inputs: [args.positionals[0]!, ...(args.baseline ? [args.baseline] : [])], force: args.force };
    checkOutput(args.out, written);
    const loaded = loadAssessmentWithBaseline(args.positionals[0]!, args.baseline, { out, t });
    const { content, baseline } = loaded;
    const meta = { ...loaded.assessment.meta, ...(args.institution ? { institution: args.institution } : {}), ...(args.country ? { country: args.country } : {}) };
    const assessment = { ...loaded.assessment, meta };
    const unstated = unstatedWords(meta, t);
    if (unstated) throw CliError.of('cli:report.metaNotStated', { file: args.positionals[0]!, ...unstated });
    const render = args.format === 'docx' ? renderReportDocx : renderReportPdf;
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
