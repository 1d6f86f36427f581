import { z } from 'zod';
import { analyse as analyseAssessment } from '../../core/method/analyse';
import type { Results } from '../../core/method/results';
import type { Content } from '../../core/model/content';
import { localize } from '../../core/model/localize';
import { formatUsdRange } from '../../core/report/format';
import { parseCommandArgs } from '../args';
import { loadAssessmentWithBaseline } from '../content';
import type { Command, CommandContext } from './types';

const Args = z.object({
  json: z.boolean().default(false),
  baseline: z.string().min(1).optional(),
  positionals: z.array(z.string()).length(1, 'args.oneAssessment'),
});

export const analyse: Command = {
  name: 'analyse',
  synopsis: 'analyse <assessment.json> [--json] [--baseline previous.json]',
  run(argv, context) {
    const args = parseCommandArgs(argv, Args);
    const { assessment, content, baseline } = loadAssessmentWithBaseline(args.positionals[0]!, args.baseline, context);
    const results = analyseAssessment(content, assessment, { baseline });
    if (args.json) context.out.log(JSON.stringify(results));
    else printSummary(results, content, context);
    return 0;
  },
};

const one = (value: number | null) => (value === null ? '—' : value.toFixed(1));
const percent = (share: number) => `${Math.round(share * 100)} %`;

/** The Results in a few lines a person reads in a terminal, in the CLI's language. */
function printSummary(results: Results, content: Content, { out, t, language }: CommandContext): void {
  const title = (id: string) => localize(content.questionnaire.sections.find((s) => s.id === id)?.title, language) || id;
  const { summary } = results;
  out.log(t('cli:analyse.method', { method: results.method, id: results.questionnaire.id, version: results.questionnaire.version }));
  if (results.workshop?.provisional) out.log(t('cli:analyse.provisional', { count: results.workshop.undecided, respondents: results.workshop.respondents }));
  out.log(t('cli:analyse.completeness', { withData: summary.withData, asked: summary.asked, percent: percent(summary.completeness) }));
  out.log('');
  for (const s of results.sections.filter((x) => x.kind !== 'priority')) {
    const stand = s.score === null ? t('cli:analyse.noScore') : t('cli:analyse.score', { score: one(s.score), stage: s.stage, target: s.target, gap: one(s.gap) });
    out.log(`  ${t('cli:analyse.section', { title: title(s.id), stand, completeness: percent(s.completeness), unknown: s.unknown })}`);
  }
  if (summary.strongest) out.log(t('cli:analyse.strongest', { title: title(summary.strongest) }));
  if (summary.largestGap) out.log(t('cli:analyse.largestGap', { title: title(summary.largestGap) }));
  out.log('');
  const ranked = results.risks.filter((r) => r.rank !== null).slice(0, 5);
  for (const r of ranked) out.log(`  ${t('cli:analyse.risk', { rank: r.rank, id: r.id, band: r.band, priority: r.priority!.toFixed(2) })}`);
  const pending = results.risks.filter((r) => r.status !== 'assessed');
  if (pending.length > 0) out.log(`  ${t('cli:analyse.notRanked', { list: pending.map((r) => `${r.id} (${r.status})`).join(', ') })}`);
  out.log('');
  for (const { phase, actions } of results.roadmap.phases) {
    const count = t('cli:analyse.actions', { count: actions.length });
    out.log(t('cli:analyse.phase', { phase, actions: actions.length > 0 ? `${count} (${actions.map((a) => a.id).join(', ')})` : count }));
  }
  const { totals } = results.roadmap;
  const usd = (range: { costLow: number; costHigh: number }) => formatUsdRange(range.costLow, range.costHigh, language);
  out.log(t('cli:roadmap.totals', { cost: usd(totals), firstYear: usd(totals.firstYear), funded: usd(totals.funded) }));
  if (results.roadmap.beyondHorizon.length > 0) out.log(t('cli:analyse.beyond', { list: results.roadmap.beyondHorizon.map((a) => `${a.id} (${a.reason})`).join(', ') }));
}
