import { z } from 'zod';
import { parseAssessment, serializeAssessment } from '../../core/model/assessment-file';
import type { Content } from '../../core/model/content';
import { assessmentFromResponses, importResponses, mergeView, type Identity, type ImportResult, type MergeItem } from '../../core/workshop/merge';
import { isResponseDocument, parseResponse } from '../../core/workshop/response-file';
import { MAX_ASSESSMENT_BYTES, type Assessment } from '../../core/model/schema/assessment';
import { describeMessage, type Translate } from '../../core/model/explain';
import type { Message } from '../../core/model/message';
import { oneLine, parseJsonText, quote } from '../../core/model/schema/parse';
import type { ResponseFile } from '../../core/model/schema/response';
import { checkAssessment } from '../../core/model/validate';
import { parseCommandArgs } from '../args';
import { unstatedWords } from '../meta';
import { isEncryptedEnvelope } from '../../core/model/crypto';
import { checkOutput, CliError, loadBundled, problemsError, readInput, versionNote, writeOutput } from '../content';
import type { Command, CommandContext } from './types';

const Args = z.object({
  out: z.string({ message: 'args.mergedOut' }).min(1, 'args.mergedOut').meta({ short: 'o' }),
  institution: z.string().min(1).max(300).optional(),
  country: z.string().min(1).max(120).optional(),
  now: z.iso.datetime({ message: 'args.time' }).optional(),
  top: z.coerce.number().int().min(0).max(100).default(5),
  force: z.boolean().default(false),
  positionals: z.array(z.string()).min(1, 'args.mergeFiles'),
});

export const merge: Command = {
  name: 'merge',
  synopsis: 'merge [assessment.json] <response.json…> -o <merged.json> [--institution name] [--country name] [--force]',
  async run(argv, context) {
    const { out, t } = context;
    const args = parseCommandArgs(argv, Args);
    const written = { inputs: args.positionals, force: args.force };
    checkOutput(args.out, written);
    const { assessment, responses } = readInputs(args.positionals);
    const questionnaireId = assessment?.questionnaire.id ?? responses[0]!.response.questionnaire.id;
    const content = loadBundled().get(questionnaireId);
    const first = assessment ? args.positionals[0]! : responses[0]!.file;
    if (!content) throw problemsError(first, assessment ? 'assessment' : 'response', [{ path: '$.questionnaire.id', code: 'assessment.notInstalled', params: { questionnaire: questionnaireId } }]);
    if (assessment) {
      const note = versionNote(args.positionals[0]!, assessment.questionnaire.version, content);
      if (note?.refuse) throw CliError.of(note.key, note.params);
      if (note) out.error(t(note.key, note.params));
      const problems = checkAssessment(assessment, content.questionnaire);
      if (problems.length > 0) throw problemsError(args.positionals[0]!, 'assessment', problems, [content]);
    }

    const files = responses.map((r) => r.response);
    // Dates after this computer's clock are flagged by the import and never stamped on the result.
    const clock = args.now ?? new Date().toISOString();
    const latest = [assessment?.updatedAt, ...files.map((f) => f.exportedAt)]
      .filter((x): x is string => x !== undefined && Date.parse(x) <= Date.parse(clock))
      .sort((a, b) => Date.parse(a) - Date.parse(b))
      .at(-1);
    const result: ImportResult = assessment
      ? importResponses(content.questionnaire, assessment, files, { now: args.now ?? latest ?? clock, clock })
      : assessmentFromResponses(content.questionnaire, files, { now: args.now, clock, meta: { institution: args.institution, country: args.country } });
    if (assessment && (args.institution || args.country))
      result.assessment.meta = { ...result.assessment.meta, ...(args.institution ? { institution: args.institution } : {}), ...(args.country ? { country: args.country } : {}) };

    const name = (i: number) => (i < 0 ? (args.positionals[0] ?? 'assessment') : responses[i]!.file);
    const say = (m: Message) => describeMessage(t, m);
    const { report } = result;
    for (const r of report.refused) out.error(t('cli:merge.refused', { file: name(r.file), reason: say(r.reason) }));
    // The CLI cannot ask the facilitator who a file is from: such a file is refused, naming both people.
    const who = (i: Identity) => `${oneLine(i.name, 80)} (${oneLine(i.agency, 80) || '—'})`;
    for (const c of report.conflicts) {
      const reason = c.held
        ? t('cli:merge.identityHeld', { id: quote(c.respondent, 80), claimed: who(c.claimed), held: who(c.held) })
        : t('cli:merge.identityBatch', { id: quote(c.respondent, 80), claimed: who(c.claimed), files: c.otherFiles.map(name).join(', ') });
      out.error(t('cli:merge.refused', { file: name(c.file), reason }));
    }
    const refused = report.refused.length + report.conflicts.length;
    if (refused > 0) throw CliError.of('cli:merge.nothingWritten', { count: refused });
    for (const n of report.notices) out.log(t('messages:explain.plain', { file: name(n.file), problem: say(n.message) }));
    for (const [file, dropped] of groupBy(report.dropped, (d) => name(d.file))) {
      const list = `${dropped
        .slice(0, 5)
        .map((d) => `${d.itemId}: ${say(d.reason)}`)
        .join('; ')}${dropped.length > 5 ? '; …' : ''}`;
      out.log(t('cli:merge.dropped', { file, count: dropped.length, list }));
    }
    if (report.keptExistingAs) out.log(t('cli:merge.kept', { file: args.positionals[0], id: report.keptExistingAs }));

    const text = serializeAssessment(result.assessment);
    if (text.length > MAX_ASSESSMENT_BYTES) throw CliError.of('cli:merge.tooLarge', { file: args.out, limitKb: Math.round(MAX_ASSESSMENT_BYTES / 1024) });
    const check = parseAssessment(text);
    if (!check.ok) throw problemsError(args.out, 'assessment', check.problems, [content]);
    await writeOutput(args.out, text, written);
    printSummary(context, args.out, content, result, args.top);
    const unstated = unstatedWords(result.assessment.meta, t);
    if (unstated) out.error(t('cli:merge.metaNotStated', { file: args.out, ...unstated }));
    return 0;
  },
};

function readInputs(paths: readonly string[]): { assessment: Assessment | null; responses: { file: string; response: ResponseFile }[] } {
  let assessment: Assessment | null = null;
  const responses: { file: string; response: ResponseFile }[] = [];
  paths.forEach((file, i) => {
    const text = readInput(file, i === 0 ? 'assessment' : 'response');
    if (isEncryptedEnvelope(text)) throw problemsError(file, i === 0 ? 'assessment' : 'response', [{ path: '$', code: 'crypto.needsApp', params: {} }]);
    const json = parseJsonText(text, MAX_ASSESSMENT_BYTES);
    if (!json.ok) throw problemsError(file, i === 0 ? 'assessment' : 'response', json.problems);
    if (isResponseDocument(json.value)) {
      const parsed = parseResponse(text);
      if (!parsed.ok) throw problemsError(file, 'response', parsed.problems);
      responses.push({ file, response: parsed.value });
      return;
    }
    if (i > 0) throw CliError.of('cli:merge.notResponse', { file });
    const parsed = parseAssessment(text);
    if (!parsed.ok) throw problemsError(file, 'assessment', parsed.problems);
    assessment = parsed.value;
  });
  if (responses.length === 0) throw new CliError(({ t }) => ({ line: `${t('cli:args.positionals')}: ${t('cli:merge.needResponses')}` }));
  return { assessment, responses };
}

function printSummary({ out, t }: CommandContext, file: string, content: Content, result: ImportResult, top: number) {
  const view = mergeView(content.questionnaire, result.assessment, { contested: top });
  const totals = view.totals;
  const { imported, replaced, unchanged } = result.report;
  const changes = [
    t('cli:merge.added', { count: imported.length - replaced.length }),
    replaced.length > 0 ? t('cli:merge.replaced', { count: replaced.length }) : '',
    unchanged.length > 0 ? t('cli:merge.unchanged', { count: unchanged.length }) : '',
  ]
    .filter(Boolean)
    .join(', ');
  out.log(
    t('cli:merge.summary', {
      file,
      respondents: t('cli:merge.respondents', { count: totals.respondents }),
      changes,
      agreed: t('cli:merge.agreed', { count: totals.agreed }),
      conflicts: t('cli:merge.conflicts', { count: totals.conflicts }),
      resolved: t('cli:merge.resolved', { count: totals.resolved }),
      unanswered: t('cli:merge.unanswered', { count: totals.unanswered }),
    }),
  );
  const sections = view.sections.filter((s) => s.meanSpread !== null);
  if (sections.length > 0) out.log(t('cli:merge.disagreement', { list: sections.map((s) => `${s.section} ${s.meanSpread!.toFixed(1)}`).join(', ') }));
  if (view.contested.length > 0) {
    out.log(t('cli:merge.contested'));
    for (const item of view.contested) out.log(`  ${item.itemId}  ${describeItem(t, item)}`);
  }
}

/** One contested item: its spread, how many positions, and each answer (stage, or likelihood/impact/preparedness for a risk). */
function describeItem(t: Translate, item: MergeItem): string {
  const answers = item.entries
    .filter((e) => e.answer !== null)
    .map((e) => {
      const a = e.answer!;
      if (a.kind === 'stage') return a.stage;
      if (a.kind === 'risk') return `${a.likelihood ?? '-'}/${a.impact ?? '-'}/${a.preparedness ?? '-'}`;
      if (a.kind === 'profile') return Array.isArray(a.value) ? a.value.join('+') || '∅' : a.value;
      return a.kind === 'dont-know' ? '?' : t('cli:merge.notApplicable');
    })
    .join(' ');
  const positions = t('cli:merge.positions', { count: item.positions });
  let text = t('cli:merge.item', { positions, answers: item.type === 'risk' ? t('cli:merge.riskLegend', { answers }) : answers });
  if (item.spread !== null) text = t('cli:merge.itemSpread', { spread: item.spread, item: text });
  return item.status === 'resolved' ? t('cli:merge.itemResolved', { item: text }) : text;
}

function groupBy<T>(list: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const x of list) groups.set(key(x), [...(groups.get(key(x)) ?? []), x]);
  return groups;
}
