import { z } from 'zod';
import { REPORT_LANGUAGES } from '../../core/report';
import { KIT_DAYS, buildKit } from '../../core/report/kit';
import { kitTranslator } from '../../locales';
import { LANGUAGE_CHOICES, parseCommandArgs } from '../args';
import { checkOutput, writeOutput } from '../content';
import { renderDefinition } from '../pdf';
import type { Command } from './types';

const Args = z.object({
  out: z.string({ message: 'args.pdfOut' }).min(1, 'args.pdfOut').meta({ short: 'o' }),
  /** The kit's language, not the CLI's: the CLI's messages follow the environment. */
  lang: z.enum(REPORT_LANGUAGES, { message: 'args.language' }).default('en'),
  paper: z.enum(['a4', 'letter'], { message: 'args.paper' }).default('a4'),
  days: z.enum(KIT_DAYS, { message: 'args.days' }).default('1'),
  institution: z.string().max(200, 'args.institutionLong').default(''),
  date: z.iso.datetime({ message: 'args.dateTime' }).optional(),
  force: z.boolean().default(false),
  positionals: z.array(z.string()).length(0, 'args.kitNoFiles'),
});

/** The facilitator's kit: agenda, roles, sign-in sheet and consent note, ready to print. */
export const kit: Command = {
  name: 'kit',
  synopsis: `kit -o <kit.pdf> [--lang ${LANGUAGE_CHOICES}] [--days 1|2] [--institution "…"] [--paper a4|letter]`,
  async run(argv, { out, t }) {
    const args = parseCommandArgs(argv, Args);
    checkOutput(args.out, { force: args.force });
    const definition = buildKit({
      language: args.lang,
      paper: args.paper,
      days: args.days,
      institution: args.institution,
      // A fixed date gives a byte-identical file; by default the kit is dated now.
      generatedAt: args.date ?? new Date().toISOString(),
      t: await kitTranslator(args.lang),
    });
    const bytes = await renderDefinition(definition);
    await writeOutput(args.out, bytes, { force: args.force });
    out.log(t('cli:kit.written', { file: args.out, language: args.lang, days: args.days, size: Math.round(bytes.length / 1024) }));
    return 0;
  },
};
