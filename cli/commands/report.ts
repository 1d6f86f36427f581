import { z } from 'zod';
import { REPORT_LANGUAGES, REPORT_SECTIONS, reportInput } from '../../core/report';
import { renderReportPdf } from '../pdf';
import { parseCommandArgs } from '../args';
import { CliError, loadAssessmentWithContent, writeOutput } from '../content';
import type { Command } from './types';

const Args = z.object({
  out: z.string({ message: 'name the output PDF with -o' }).min(1, 'name the output PDF with -o'),
  lang: z.enum(REPORT_LANGUAGES, { message: `the language is one of ${REPORT_LANGUAGES.join(', ')}` }).default('en'),
  paper: z.enum(['a4', 'letter'], { message: 'the paper is a4 or letter' }).default('a4'),
  sections: z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()))
    .pipe(z.array(z.enum(REPORT_SECTIONS, { message: `sections are among ${REPORT_SECTIONS.join(', ')}` })))
    .optional(),
  confidentiality: z.string().max(120).optional(),
  date: z.iso.datetime({ message: 'the date is an ISO date-time such as 2026-01-15T09:00:00Z' }).optional(),
  baseline: z.string().min(1).optional(),
  positionals: z.array(z.string()).length(1, 'name exactly one assessment file'),
});

export const report: Command = {
  name: 'report',
  usage: 'report <assessment.json> -o <out.pdf> [--lang en|fr|es|zh] [--paper a4|letter] [--baseline previous.json]   the printable roadmap',
  async run(argv, out) {
    const args = parseCommandArgs(
      argv,
      {
        out: { type: 'string', short: 'o' },
        lang: { type: 'string' },
        paper: { type: 'string' },
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
      throw new CliError(`${args.baseline}: the baseline answers "${baseline.content.questionnaire.id}", not "${content.questionnaire.id}"`);
    const pdf = await renderReportPdf(
      reportInput(content, assessment, baseline?.assessment),
      {
        language: args.lang,
        paper: args.paper,
        sections: args.sections,
        confidentiality: args.confidentiality ?? assessment.meta.confidentiality,
        // A fixed date gives byte-identical reports; by default the report is dated now.
        generatedAt: args.date ?? new Date().toISOString(),
      },
    );
    writeOutput(args.out, pdf);
    out.log(`${args.out}: report written (${args.lang}, ${args.paper}, ${Math.round(pdf.length / 1024)} KB)`);
    return 0;
  },
};
