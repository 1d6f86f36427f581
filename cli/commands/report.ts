import { z } from 'zod';
import { REPORT_LANGUAGES, REPORT_SECTIONS, reportInput } from '../../core/report';
import { reportTranslator } from '../../locales';
import { renderReportDocx } from '../docx';
import { renderReportPdf } from '../pdf';
import { parseCommandArgs } from '../args';
import { CliError, loadAssessmentWithContent, writeOutput } from '../content';
import type { Command } from './types';

const Args = z.object({
  out: z.string({ message: 'args.pdfOut' }).min(1, 'args.pdfOut'),
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
  date: z.iso.datetime({ message: 'args.dateTime' }).optional(),
  baseline: z.string().min(1).optional(),
  positionals: z.array(z.string()).length(1, 'args.oneAssessment'),
});

export const report: Command = {
  name: 'report',
  synopsis: 'report <assessment.json> -o <out.pdf|out.docx> [--format pdf|docx] [--lang en|fr|es|zh] [--paper a4|letter] [--baseline previous.json]',
  async run(argv, { out, t }) {
    const args = parseCommandArgs(
      argv,
      {
        out: { type: 'string', short: 'o' },
        lang: { type: 'string' },
        paper: { type: 'string' },
        format: { type: 'string' },
        sections: { type: 'string' },
        confidentiality: { type: 'string' },
        date: { type: 'string' },
        baseline: { type: 'string' },
      },
      Args,
    );
    const { assessment, content } = loadAssessmentWithContent(args.positionals[0]!);
    const baseline = args.baseline === undefined ? undefined : loadAssessmentWithContent(args.baseline);
    if (baseline && baseline.content.questionnaire.id !== content.questionnaire.id)
      throw CliError.of('cli:report.otherBaseline', { file: args.baseline, questionnaire: baseline.content.questionnaire.id, expected: content.questionnaire.id });
    const render = args.format === 'docx' ? renderReportDocx : renderReportPdf;
    const bytes = await render(
      reportInput(content, assessment, await reportTranslator(args.lang), baseline?.assessment),
      {
        language: args.lang,
        paper: args.paper,
        sections: args.sections,
        confidentiality: args.confidentiality ?? assessment.meta.confidentiality,
        // A fixed date gives byte-identical reports; by default the report is dated now.
        generatedAt: args.date ?? new Date().toISOString(),
      },
    );
    writeOutput(args.out, bytes);
    out.log(t('cli:report.written', { file: args.out, language: args.lang, paper: args.paper, size: Math.round(bytes.length / 1024) }));
    return 0;
  },
};
