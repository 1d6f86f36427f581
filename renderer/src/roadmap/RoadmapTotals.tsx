import { useTranslation } from 'react-i18next';
import type { RoadmapResult } from '../../../core/method/results';
import { useFormat } from '../hooks/useFormat';
import { PHASES } from './ActionCard';

/**
 * The ask, as Results add it up: the five-year horizon, the first twelve
 * months, what is funded and what is not yet, and each phase. Figures are
 * indicative ranges in US dollars over the scheduled actions only.
 */
export function RoadmapTotals({ totals }: { totals: RoadmapResult['totals'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const range = (r: { costLow: number; costHigh: number }) => format.usdRange(r.costLow, r.costHigh);
  const figure = (key: string, label: string, value: string, strong = false) => (
    <div className={`totals-figure${strong ? ' is-main' : ''}`} data-total={key}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );

  return (
    <section className="roadmap-totals" aria-labelledby="totals-title" data-testid="roadmap-totals">
      <h2 id="totals-title">{t('roadmap.totals.title')}</h2>
      <dl className="totals-main">
        {figure('horizon', t('roadmap.totals.horizon'), range(totals), true)}
        {figure('first-year', t('roadmap.totals.firstYear'), range(totals.firstYear))}
        {figure('funded', t('roadmap.totals.funded'), range(totals.funded))}
        {figure('unfunded', t('roadmap.totals.unfunded'), range(totals.unfunded))}
      </dl>
      <dl className="totals-phases">
        {PHASES.map((phase) => {
          const row = totals.byPhase.find((p) => p.phase === phase);
          return row ? figure(`phase-${phase}`, t('roadmap.phaseTitle', { phase, name: t(`phase.${phase}`) }), range(row)) : null;
        })}
      </dl>
      <p className="muted small">{t('roadmap.totals.note')}</p>
    </section>
  );
}
