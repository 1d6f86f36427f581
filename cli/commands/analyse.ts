import { z } from 'zod';
import { analyse as analyseAssessment } from '../../core/method/analyse';
import type { Results } from '../../core/method/results';
import type { Content } from '../../core/model/content';
import { localize } from '../../core/model/localize';
import { parseCommandArgs } from '../args';
import { CliError, loadAssessmentWithContent } from '../content';
import type { Command, Output } from './types';

const Args = z.object({
  json: z.boolean().default(false),
  baseline: z.string().min(1).optional(),
  positionals: z.array(z.string()).length(1, 'name exactly one assessment file'),
});

export const analyse: Command = {
  name: 'analyse',
  usage: 'analyse <assessment.json> [--json] [--baseline previous.json]   every figure the app and the report show (docs/results-format.md)',
  run(argv, out) {
    const args = parseCommandArgs(argv, { json: { type: 'boolean' }, baseline: { type: 'string' } }, Args);
    const { assessment, content } = loadAssessmentWithContent(args.positionals[0]!);
    const baseline = args.baseline === undefined ? undefined : loadAssessmentWithContent(args.baseline);
    if (baseline && baseline.content.questionnaire.id !== content.questionnaire.id)
      throw new CliError(`${args.baseline}: the baseline answers "${baseline.content.questionnaire.id}", not "${content.questionnaire.id}"`);
    const results = analyseAssessment(content, assessment, { baseline: baseline?.assessment });
    if (args.json) out.log(JSON.stringify(results));
    else printSummary(results, content, out);
    return 0;
  },
};

const one = (value: number | null) => (value === null ? '—' : value.toFixed(1));
const percent = (share: number) => `${Math.round(share * 100)} %`;

/** The Results in a few lines a person reads in a terminal (English; the app and the report translate). */
function printSummary(results: Results, content: Content, out: Output): void {
  const title = (id: string) => localize(content.questionnaire.sections.find((s) => s.id === id)?.title, 'en') || id;
  const { summary } = results;
  out.log(`Method ${results.method} · questionnaire ${results.questionnaire.id} ${results.questionnaire.version}`);
  if (results.workshop?.provisional) out.log(`Provisional: ${results.workshop.undecided} questions still to decide among ${results.workshop.respondents} respondents.`);
  out.log(`Completeness: ${summary.withData} of ${summary.asked} indicators have data (${percent(summary.completeness)}).`);
  out.log('');
  for (const s of results.sections.filter((x) => x.kind !== 'priority')) {
    const stand = s.score === null ? 'no score' : `score ${one(s.score)}, stage ${s.stage}, target ${s.target}, gap ${one(s.gap)}`;
    out.log(`  ${title(s.id)}: ${stand}; completeness ${percent(s.completeness)}, don't know ${s.unknown}`);
  }
  if (summary.strongest) out.log(`Strongest pillar: ${title(summary.strongest)}.`);
  if (summary.largestGap) out.log(`Largest gap: ${title(summary.largestGap)}.`);
  out.log('');
  const ranked = results.risks.filter((r) => r.rank !== null).slice(0, 5);
  for (const r of ranked) out.log(`  Risk ${r.rank}: ${r.id} (${r.band}, priority ${r.priority!.toFixed(2)})`);
  const pending = results.risks.filter((r) => r.status !== 'assessed');
  if (pending.length > 0) out.log(`  Not ranked: ${pending.map((r) => `${r.id} (${r.status})`).join(', ')}`);
  out.log('');
  for (const { phase, actions } of results.roadmap.phases) out.log(`Phase ${phase}: ${actions.length} actions${actions.length ? ` (${actions.map((a) => a.id).join(', ')})` : ''}`);
  if (results.roadmap.beyondHorizon.length > 0) out.log(`Beyond the horizon: ${results.roadmap.beyondHorizon.map((a) => `${a.id} (${a.reason})`).join(', ')}`);
}
