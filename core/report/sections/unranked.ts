import type { RiskResult } from '../../method/results';
import type { ReportContext } from '../context';
import { riskStatement } from './risk-statement';

export interface UnrankedRisk {
  risk: RiskResult;
  statement: string;
  /** Why it has no rank, in the report language: contested is not the same as not fully rated. */
  reason: string;
}

/**
 * Asked risks that Results leaves without a rank, in questionnaire order, each
 * with its reason: the respondents disagree and no consensus is recorded, or
 * named ratings are missing (unrated or "don't know").
 */
export function unrankedRisks(ctx: ReportContext): UnrankedRisk[] {
  const { t } = ctx;
  return ctx.results.risks
    .filter((risk) => risk.status !== 'assessed' && ctx.asked.has(risk.id))
    .map((risk) => {
      const missing = (['likelihood', 'impact', 'preparedness'] as const).filter((scale) => risk[scale] === null).map((scale) => t(`security.scales.${scale}`));
      const reason = risk.status === 'contested' ? t('security.reasons.contested') : t('security.reasons.incomplete', { missing: missing.join(t('listSeparator')) });
      return { risk, statement: ctx.loc(riskStatement(ctx, risk.id)), reason };
    });
}
