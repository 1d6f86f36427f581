import { useTranslation } from '../i18n/use-translation';
import type { ActionResult } from '../../../core/method/results';
import { localize } from '../../../core/model/localize';
import { useFormat } from '../hooks/useFormat';
import type { RoadmapNames } from './labels';

/**
 * What a donor asks of an action: what it costs and buys, who might fund it,
 * who else takes part, and how success is measured (indicator, baseline from
 * the answers, target). All from Results; an action the user added has none of it.
 */
export function ActionFacts({ action, names, compact = false }: { action: ActionResult; names: RoadmapNames; compact?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { costLow, costHigh, kpi } = action;
  if (costLow === null || costHigh === null) return null;
  const cost = format.usdRange(costLow, costHigh);
  const basis = localize(action.costBasis ?? undefined, names.language);
  const capital = capitalText(action.capitalShare, (share) => t('roadmap.costing.capital', { share: format.percent(share) }), t);
  if (compact) {
    return (
      <p className="action-cost-line" data-testid="action-cost">
        <span className="action-fact-label">{t('roadmap.costing.cost')}</span> {cost}
      </p>
    );
  }
  const measured = kpi && kpi.baseline.item !== null && kpi.baseline.stage !== null ? { item: kpi.baseline.item, stage: kpi.baseline.stage } : null;
  const baseline = measured ? t('roadmap.costing.baselineStage', { stage: measured.stage, item: names.item(measured.item) }) : t('roadmap.costing.baselineUnknown');

  return (
    <dl className="action-facts">
      <div>
        <dt>{t('roadmap.costing.cost')}</dt>
        <dd data-testid="action-cost">
          <span className="action-cost">{cost}</span>
          {capital && <span className="muted"> · {capital}</span>}
          {basis && <span className="action-basis">{basis}</span>}
        </dd>
      </div>
      {action.partners.length > 0 && (
        <div>
          <dt>{t('roadmap.costing.partners')}</dt>
          <dd>{action.partners.map(names.body).join(' · ')}</dd>
        </div>
      )}
      {action.funding.length > 0 && (
        <div>
          <dt>{t('roadmap.costing.funding')}</dt>
          <dd>{action.funding.map((f) => t(`report:funding.${f}`)).join(' · ')}</dd>
        </div>
      )}
      {kpi && (
        <div>
          <dt>{t('roadmap.costing.kpi')}</dt>
          <dd>
            {localize(kpi.indicator, names.language)}
            <span className="action-kpi-detail">
              {baseline} · {t('roadmap.costing.target', { target: localize(kpi.target, names.language) })}
            </span>
          </dd>
        </div>
      )}
    </dl>
  );
}

/** How the cost splits: "all recurrent", "all capital", or the capital share with the rest recurrent. */
function capitalText(share: number | null, partly: (share: number) => string, t: (key: string) => string): string | null {
  if (share === null) return null;
  if (share === 0) return t('roadmap.costing.capitalNone');
  if (share === 1) return t('roadmap.costing.capitalAll');
  return partly(share);
}
