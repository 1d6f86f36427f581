import { z } from 'zod';
import { parseAssessment, serializeAssessment } from '../../core/model/assessment-file';
import type { Content } from '../../core/model/content';
import { assessmentFromResponses, importResponses, mergeView, type Identity, type IdentityConflict, type ImportResult, type MergeItem } from '../../core/workshop/merge';
import { isResponseDocument, parseResponse } from '../../core/workshop/response-file';
import { MAX_ASSESSMENT_BYTES, type Assessment } from '../../core/model/schema/assessment';
import { describeProblems, oneLine, parseJsonText } from '../../core/model/schema/parse';
import type { ResponseFile } from '../../core/model/schema/response';
import { checkAssessment } from '../../core/model/validate';
import { parseCommandArgs } from '../args';
import { isEncryptedEnvelope } from '../../core/model/crypto';
import { checkOutput, CliError, ENCRYPTED_MESSAGE, loadBundled, readInput, versionNote, writeOutput } from '../content';
import type { Command, Output } from './types';

const Args = z.object({
  out: z.string({ message: 'name the merged file with -o' }).min(1, 'name the merged file with -o'),
  institution: z.string().min(1).max(300).optional(),
  country: z.string().min(1).max(120).optional(),
  now: z.iso.datetime({ message: 'the time is an ISO date-time such as 2026-01-15T17:00:00Z' }).optional(),
  top: z.coerce.number().int().min(0).max(100).default(5),
  force: z.boolean().default(false),
  positionals: z.array(z.string()).min(1, 'name the response files to merge (an assessment file may come first)'),
});

export const merge: Command = {
  name: 'merge',
  usage: 'merge [assessment.json] <response.json…> -o <merged.json> [--force]   import respondents’ answers, show agreement and conflicts',
  async run(argv, out) {
    const args = parseCommandArgs(
      argv,
      {
        out: { type: 'string', short: 'o' },
        institution: { type: 'string' },
        country: { type: 'string' },
        now: { type: 'string' },
        top: { type: 'string' },
        force: { type: 'boolean' },
      },
      Args,
    );
    const written = { inputs: args.positionals, force: args.force };
    checkOutput(args.out, written);
    const { assessment, responses } = readInputs(args.positionals);
    const questionnaireId = assessment?.questionnaire.id ?? responses[0]!.response.questionnaire.id;
    const content = loadBundled().get(questionnaireId);
    if (!content) throw new CliError(`${assessment ? args.positionals[0] : responses[0]!.file}: questionnaire "${questionnaireId}" is not installed`);
    if (assessment) {
      const note = versionNote(assessment.questionnaire.version, content);
      if (note?.refuse) throw new CliError(`${args.positionals[0]}: ${note.text}`);
      if (note) out.error(`${args.positionals[0]}: ${note.text}`);
      const problems = checkAssessment(assessment, content.questionnaire);
      if (problems.length > 0) throw new CliError(describeProblems(args.positionals[0]!, problems));
    }

    const files = responses.map((r) => r.response);
    // Dates after this computer's clock are flagged by the import and never stamped on the result.
    const clock = args.now ?? new Date().toISOString();
    const latest = [assessment?.updatedAt, ...files.map((f) => f.exportedAt)]
      .filter((t): t is string => t !== undefined && Date.parse(t) <= Date.parse(clock))
      .sort((a, b) => Date.parse(a) - Date.parse(b))
      .at(-1);
    const result: ImportResult = assessment
      ? importResponses(content.questionnaire, assessment, files, { now: args.now ?? latest ?? clock, clock })
      : assessmentFromResponses(content.questionnaire, files, { now: args.now, clock, meta: { institution: args.institution, country: args.country } });
    if (assessment && (args.institution || args.country))
      result.assessment.meta = { ...result.assessment.meta, ...(args.institution ? { institution: args.institution } : {}), ...(args.country ? { country: args.country } : {}) };

    const name = (i: number) => (i < 0 ? (args.positionals[0] ?? 'assessment') : responses[i]!.file);
    const { report } = result;
    for (const r of report.refused) out.error(`${name(r.file)}: refused: ${r.reason}`);
    for (const c of report.conflicts) out.error(`${name(c.file)}: refused: ${conflictReason(c, name)}`);
    const refused = report.refused.length + report.conflicts.length;
    if (refused > 0) throw new CliError(`nothing was written: ${refused} file${refused > 1 ? 's were' : ' was'} refused`);
    for (const n of report.notices) out.log(`${name(n.file)}: ${n.message}`);
    for (const [file, dropped] of groupBy(report.dropped, (d) => name(d.file)))
      out.log(`${file}: ${dropped.length} answer${dropped.length > 1 ? 's' : ''} left out (${dropped.slice(0, 5).map((d) => `${d.itemId}: ${d.reason}`).join('; ')}${dropped.length > 5 ? '; …' : ''})`);
    if (report.keptExistingAs) out.log(`${args.positionals[0]}: its answers are kept as respondent "${report.keptExistingAs}"`);

    const text = serializeAssessment(result.assessment);
    if (text.length > MAX_ASSESSMENT_BYTES) throw new CliError(`${args.out}: the merged assessment would be too large (over ${Math.round(MAX_ASSESSMENT_BYTES / 1024)} KB)`);
    const check = parseAssessment(text);
    if (!check.ok) throw new CliError(describeProblems(args.out, check.problems));
    await writeOutput(args.out, text, written);
    printSummary(out, args.out, content, result, args.top);
    return 0;
  },
};

function readInputs(paths: readonly string[]): { assessment: Assessment | null; responses: { file: string; response: ResponseFile }[] } {
  let assessment: Assessment | null = null;
  const responses: { file: string; response: ResponseFile }[] = [];
  paths.forEach((file, i) => {
    const text = readInput(file);
    if (isEncryptedEnvelope(text)) throw new CliError(`${file}: ${ENCRYPTED_MESSAGE}`);
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

/** Why a file reusing a respondent id was held back, and what to do: the CLI cannot ask the facilitator. */
function conflictReason(c: IdentityConflict, name: (i: number) => string): string {
  const who = (i: Identity) => `${oneLine(i.name, 80)} (${oneLine(i.agency, 80) || 'no institution'})`;
  const other = c.held ? `the assessment already has ${who(c.held)} under that id` : `${c.otherFiles.map(name).join(', ')} use${c.otherFiles.length > 1 ? '' : 's'} it for someone else`;
  return `it says respondent "${oneLine(c.respondent, 80)}" is ${who(c.claimed)}, but ${other}; give the file its own respondent id, or decide in CapaMap's workshop screen`;
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
