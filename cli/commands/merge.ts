import { z } from 'zod';
import { parseAssessment, serializeAssessment } from '../../core/model/assessment-file';
import type { Content } from '../../core/model/content';
import { assessmentFromResponses, importResponses, mergeView, type ImportResult, type MergeItem } from '../../core/workshop/merge';
import { isResponseDocument, parseResponse } from '../../core/workshop/response-file';
import { MAX_ASSESSMENT_BYTES, type Assessment } from '../../core/model/schema/assessment';
import { describeProblems, parseJsonText } from '../../core/model/schema/parse';
import type { ResponseFile } from '../../core/model/schema/response';
import { checkAssessment } from '../../core/model/validate';
import { parseCommandArgs } from '../args';
import { CliError, loadBundled, readInput, writeOutput } from '../content';
import type { Command, Output } from './types';

const Args = z.object({
  out: z.string({ message: 'name the merged file with -o' }).min(1, 'name the merged file with -o'),
  institution: z.string().min(1).max(300).optional(),
  country: z.string().min(1).max(120).optional(),
  now: z.iso.datetime({ message: 'the time is an ISO date-time such as 2026-01-15T17:00:00Z' }).optional(),
  top: z.coerce.number().int().min(0).max(100).default(5),
  positionals: z.array(z.string()).min(1, 'name the response files to merge (an assessment file may come first)'),
});

export const merge: Command = {
  name: 'merge',
  usage: 'merge [assessment.json] <response.json…> -o <merged.json>   import respondents’ answers, show agreement and conflicts',
  run(argv, out) {
    const args = parseCommandArgs(
      argv,
      {
        out: { type: 'string', short: 'o' },
        institution: { type: 'string' },
        country: { type: 'string' },
        now: { type: 'string' },
        top: { type: 'string' },
      },
      Args,
    );
    const { assessment, responses } = readInputs(args.positionals);
    const questionnaireId = assessment?.questionnaire.id ?? responses[0]!.response.questionnaire.id;
    const content = loadBundled().get(questionnaireId);
    if (!content) throw new CliError(`${assessment ? args.positionals[0] : responses[0]!.file}: questionnaire "${questionnaireId}" is not installed`);
    if (assessment) {
      const problems = checkAssessment(assessment, content.questionnaire);
      if (problems.length > 0) throw new CliError(describeProblems(args.positionals[0]!, problems));
    }

    const files = responses.map((r) => r.response);
    const latest = [assessment?.updatedAt, ...files.map((f) => f.exportedAt)].filter((t): t is string => t !== undefined).sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1)!;
    const result: ImportResult = assessment
      ? importResponses(content.questionnaire, assessment, files, { now: args.now ?? latest })
      : assessmentFromResponses(content.questionnaire, files, { now: args.now, meta: { institution: args.institution, country: args.country } });
    if (assessment && (args.institution || args.country))
      result.assessment.meta = { ...result.assessment.meta, ...(args.institution ? { institution: args.institution } : {}), ...(args.country ? { country: args.country } : {}) };

    const name = (i: number) => (i < 0 ? (args.positionals[0] ?? 'assessment') : responses[i]!.file);
    const { report } = result;
    for (const r of report.refused) out.error(`${name(r.file)}: refused: ${r.reason}`);
    if (report.refused.length > 0) throw new CliError(`nothing was written: ${report.refused.length} file${report.refused.length > 1 ? 's were' : ' was'} refused`);
    for (const n of report.notices) out.log(`${name(n.file)}: ${n.message}`);
    for (const [file, dropped] of groupBy(report.dropped, (d) => name(d.file)))
      out.log(`${file}: ${dropped.length} answer${dropped.length > 1 ? 's' : ''} left out (${dropped.slice(0, 5).map((d) => `${d.itemId}: ${d.reason}`).join('; ')}${dropped.length > 5 ? '; …' : ''})`);
    if (report.keptExistingAs) out.log(`${args.positionals[0]}: its answers are kept as respondent "${report.keptExistingAs}"`);

    const text = serializeAssessment(result.assessment);
    if (text.length > MAX_ASSESSMENT_BYTES) throw new CliError(`${args.out}: the merged assessment would be too large (over ${Math.round(MAX_ASSESSMENT_BYTES / 1024)} KB)`);
    const check = parseAssessment(text);
    if (!check.ok) throw new CliError(describeProblems(args.out, check.problems));
    writeOutput(args.out, text);
    printSummary(out, args.out, content, result, args.top);
    return 0;
  },
};

function readInputs(paths: readonly string[]): { assessment: Assessment | null; responses: { file: string; response: ResponseFile }[] } {
  let assessment: Assessment | null = null;
  const responses: { file: string; response: ResponseFile }[] = [];
  paths.forEach((file, i) => {
    const text = readInput(file);
    const json = parseJsonText(text, MAX_ASSESSMENT_BYTES);
    if (!json.ok) throw new CliError(describeProblems(file, json.problems));
    if (isResponseDocument(json.value)) {
      const parsed = parseResponse(text);
      if (!parsed.ok) throw new CliError(describeProblems(file, parsed.problems));
      responses.push({ file, response: parsed.value });
      return;
    }
    if (i > 0) throw new CliError(`${file}: is not a response file (only the first file may be an assessment)`);
    const parsed = parseAssessment(text);
    if (!parsed.ok) throw new CliError(describeProblems(file, parsed.problems));
    assessment = parsed.value;
  });
  if (responses.length === 0) throw new CliError('arguments: name at least one response file to merge');
  return { assessment, responses };
}

function printSummary(out: Output, file: string, content: Content, result: ImportResult, top: number) {
  const view = mergeView(content.questionnaire, result.assessment, { contested: top });
  const t = view.totals;
  const { imported, replaced, unchanged } = result.report;
  const changes = [`${imported.length - replaced.length} added`, replaced.length > 0 ? `${replaced.length} replaced` : '', unchanged.length > 0 ? `${unchanged.length} unchanged` : ''].filter(Boolean).join(', ');
  out.log(`${file}: ${t.respondents} respondent${t.respondents === 1 ? '' : 's'} (${changes}), ${t.agreed} items agreed, ${t.conflicts} conflict${t.conflicts === 1 ? '' : 's'}, ${t.resolved} resolved, ${t.unanswered} unanswered`);
  const sections = view.sections.filter((s) => s.meanSpread !== null);
  if (sections.length > 0) out.log(`Disagreement (mean spread in stages): ${sections.map((s) => `${s.section} ${s.meanSpread!.toFixed(1)}`).join(', ')}`);
  if (view.contested.length > 0) {
    out.log('Most contested:');
    for (const item of view.contested) out.log(`  ${item.itemId}  ${describeItem(item)}`);
  }
}

function describeItem(item: MergeItem): string {
  const spread = item.spread === null ? '' : `spread ${item.spread}, `;
  const answers = item.entries
    .filter((e) => e.answer !== null)
    .map((e) => {
      const a = e.answer!;
      if (a.kind === 'stage') return a.stage;
      if (a.kind === 'risk') return `${a.likelihood ?? '-'}/${a.impact ?? '-'}/${a.preparedness ?? '-'}`;
      if (a.kind === 'profile') return Array.isArray(a.value) ? a.value.join('+') || '∅' : a.value;
      return a.kind === 'dont-know' ? '?' : 'n/a';
    });
  const legend = item.type === 'risk' ? 'likelihood/impact/preparedness: ' : '';
  return `${spread}${item.positions} positions [${legend}${answers.join(' ')}]${item.status === 'resolved' ? ' (resolved)' : ''}`;
}

function groupBy<T>(list: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const t of list) groups.set(key(t), [...(groups.get(key(t)) ?? []), t]);
  return groups;
}
