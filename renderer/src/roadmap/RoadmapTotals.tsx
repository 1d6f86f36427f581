import { useTranslation } from '../i18n/use-translation';
import type { Area } from '../../../core/model/schema/questionnaire';
import type { RoadmapResult } from '../../../core/method/results';
import { DataTable } from '../components/DataTable';
import { useFormat } from '../hooks/useFormat';
import { PHASES } from './ActionCard';

/**
 * The ask, as Results add it up: the five-year horizon, the first twelve
 * months, what is funded and what is not yet, each phase, and each area (the
 * brief's ask). Figures are indicative ranges in US dollars over the
 * scheduled actions only.
 */
export function RoadmapTotals({ totals, areaName }: { totals: RoadmapResult['totals']; areaName(area: Area): string }) {
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
      <h3 id="totals-areas-title">{t('roadmap.totals.byArea')}</h3>
      <DataTable
        rows={totals.byArea}
        rowId={(row) => row.area}
        idAttribute="area"
        labelledBy="totals-areas-title"
        testId="totals-by-area"
        className="totals-areas"
        rowHeader={{ header: t('roadmap.area'), cell: (row) => areaName(row.area) }}
        columns={[
          { header: t('roadmap.totals.firstYear'), col: 'first-year', className: 'num', cell: (row) => range(row.firstYear) },
          { header: t('roadmap.totals.horizon'), col: 'horizon', className: 'num', cell: (row) => range(row) },
        ]}
      />
      <p className="muted small">{t('roadmap.totals.note')}</p>
    </section>
  );
}
