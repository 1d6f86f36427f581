import { z } from 'zod';
import { localize } from '../../core/model/localize';
import { analyse } from '../../core/method/analyse';
import type { ActionResult, RoadmapResult } from '../../core/method/results';
import { formatUsdRange } from '../../core/report/format';
import { parseCommandArgs } from '../args';
import { loadAssessmentWithContent } from '../content';
import type { Command, CommandContext } from './types';

const Args = z.object({
  json: z.boolean().default(false),
  positionals: z.array(z.string()).length(1, 'args.oneAssessment'),
});

export const roadmap: Command = {
  name: 'roadmap',
  synopsis: 'roadmap <assessment.json> [--json]',
  run(argv, context) {
    const { out, t } = context;
    const args = parseCommandArgs(argv, Args);
    const { assessment, content } = loadAssessmentWithContent(args.positionals[0]!, context);
    const { roadmap: result } = analyse(content, assessment);
    const scheduled = result.phases.flatMap((p) => p.actions);
    if (args.json) {
      // The stable shape: id, area, phase, lead, prerequisites, why (more keys may be added).
      const actions = scheduled.map((a) => ({
        ...a,
        prerequisites: a.requires,
        title: localize(a.title, 'en'),
        description: localize(a.description, 'en'),
        successIndicator: localize(a.successIndicator ?? undefined, 'en'),
        costBasis: a.costBasis === null ? null : localize(a.costBasis, 'en'),
        kpi: a.kpi === null ? null : { ...a.kpi, indicator: localize(a.kpi.indicator, 'en'), target: localize(a.kpi.target, 'en'), verification: localize(a.kpi.verification, 'en') },
      }));
      out.log(JSON.stringify({ actions, deferred: result.beyondHorizon.map((a) => a.id), dropped: result.dropped, phaseCap: result.phaseCap, totals: result.totals }));
      return 0;
    }
    for (const { phase, actions } of result.phases) {
      out.log(t('cli:roadmap.phase', { phase, span: t(`cli:roadmap.span.${phase}`) }));
      for (const a of actions) {
        const why = a.why.length > 0 ? a.why.join(', ') : t(a.note === 'kept-unknown' ? 'cli:roadmap.keptUnknown' : 'cli:roadmap.byYou');
        out.log(`  ${t('cli:roadmap.action', { number: a.number, id: a.id, area: a.area, lead: a.leadName ?? a.lead, role: t(`cli:roadmap.role.${a.role}`), quarter: a.startQuarter, why })}`);
        for (const line of costAndKpi(a, context)) out.log(`      ${line}`);
      }
    }
    printTotals(result.totals, context);
    if (result.beyondHorizon.length > 0) {
      const reasons = result.beyondHorizon.map((a) => `${a.id} (${t(`cli:roadmap.reason.${a.reason}`, { after: a.after ?? '' })})`);
      out.log(t('cli:roadmap.beyond', { ids: reasons.join(', ') }));
    }
    return 0;
  },
};

/** An action's cost range, funding and KPI, in the CLI's language (a custom action has none). */
function costAndKpi(a: ActionResult, { t, language }: CommandContext): string[] {
  if (a.costLow === null || a.costHigh === null || a.kpi === null) return [];
  const { baseline } = a.kpi;
  const baselineText = baseline.stage === null || baseline.item === null ? t('cli:roadmap.baselineUnknown') : t('cli:roadmap.baselineStage', { stage: baseline.stage, item: baseline.item });
  return [
    t('cli:roadmap.cost', { cost: formatUsdRange(a.costLow, a.costHigh, language), basis: localize(a.costBasis ?? undefined, language), funding: a.funding.join(', '), funded: a.funded ? t('cli:roadmap.funded') : '' }),
    t('cli:roadmap.kpi', {
      indicator: localize(a.kpi.indicator, language),
      baseline: baselineText,
      target: localize(a.kpi.target, language),
      verification: localize(a.kpi.verification, language),
      frequency: t(`cli:roadmap.frequency.${a.kpi.frequency}`),
    }),
  ];
}

/** The sums over the scheduled actions: overall, first year, funded, then by phase and by area. */
function printTotals(totals: RoadmapResult['totals'], { out, t, language }: CommandContext): void {
  const usd = (range: { costLow: number; costHigh: number }) => formatUsdRange(range.costLow, range.costHigh, language);
  out.log(t('cli:roadmap.totals', { cost: usd(totals), firstYear: usd(totals.firstYear), funded: usd(totals.funded) }));
  for (const row of totals.byPhase) out.log(t('cli:roadmap.totalsPhase', { phase: row.phase, cost: usd(row) }));
  for (const row of totals.byArea) out.log(t('cli:roadmap.totalsArea', { area: row.area, cost: usd(row), firstYear: usd(row.firstYear) }));
}
