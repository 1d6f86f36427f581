import { useTranslation } from '../i18n/use-translation';
import { localize } from '../../../core/model/localize';
import type { MergeItem, SectionDisagreement } from '../../../core/workshop/merge';
import { DataTable, type Column } from '../components/DataTable';
import { useFormat } from '../hooks/useFormat';
import { itemTitle } from '../../../core/model/questionnaire';
import { useApp } from '../store';
import { describeAnswer, groupPositions } from './answers';
import { itemIndex, useWorkshopMerge } from './useWorkshopMerge';

/** Largest possible spread on the 1–5 scale, for the meters. */
const MAX_SPREAD = 4;

const DIMENSIONS = [
  ['likelihood', 'results.heatLikelihood'],
  ['impact', 'results.heatImpact'],
  ['preparedness', 'risk.preparedness'],
] as const;

/** Lowest and highest rating given on each dimension of a risk (the combinations are too many to list). */
function riskRanges(item: MergeItem): { label: string; low: number; high: number }[] {
  return DIMENSIONS.flatMap(([d, label]) => {
    const values = item.entries.flatMap((e) => (e.answer?.kind === 'risk' && e.answer[d] !== undefined ? [e.answer[d]!] : []));
    return values.length === 0 ? [] : [{ label, low: Math.min(...values), high: Math.max(...values) }];
  });
}

function ContestedItem({ item }: { item: MergeItem }) {
  const { t, i18n } = useTranslation();
  const q = useApp((s) => s.content?.questionnaire);
  if (!q) return null;
  const located = itemIndex(q).get(item.itemId);
  const { positions } = groupPositions(item.entries);
  const spread = item.spread === null ? '—' : String(item.spread);
  return (
    <li data-contested={item.itemId}>
      <span className="strong">{located ? itemTitle(located.item, i18n.language) : item.itemId}</span> <span className="muted small">{located ? `(${localize(located.section.title, i18n.language)})` : ''}</span>
      <span className="block small">
        {t('workshop.disagreement.contestedLine', { spread, count: item.positions })} <span className={`merge-status status-${item.status}`}>{t(`workshop.merge.status.${item.status}`)}</span>
      </span>
      <span className="block small muted">
        {item.type === 'risk'
          ? riskRanges(item)
              .map(({ label, low, high }) => t('workshop.disagreement.range', { label: t(label), low, high }))
              .join(' · ')
          : positions.map((p) => t('workshop.disagreement.positionCount', { answer: describeAnswer(p.answer, located?.item, t, i18n.language), count: p.respondents.length })).join(' · ')}
      </span>
    </li>
  );
}

/**
 * How much respondents disagree: the mean spread per pillar, module and
 * priority area, and the most contested questions (core's mergeView).
 * Renders nothing before any response file was imported, unless standalone.
 */
export function DisagreementPanel({ standalone = false, limit = 5 }: { standalone?: boolean; limit?: number }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const view = useWorkshopMerge();
  const q = useApp((s) => s.content?.questionnaire);
  if (!q) return null;
  if (!view) {
    if (!standalone) return null;
    return (
      <section aria-labelledby="disagreement-title" className="workshop-panel">
        <h2 id="disagreement-title">{t('workshop.disagreement.title')}</h2>
        <p>{t('workshop.merge.empty')}</p>
      </section>
    );
  }
  const sectionTitle = (id: string) => localize(q.sections.find((s) => s.id === id)?.title, i18n.language);
  const contested = view.contested.slice(0, standalone ? 10 : limit);
  const columns: Column<SectionDisagreement>[] = [
    {
      col: 'spread',
      className: 'nowrap',
      header: t('workshop.disagreement.meanSpread'),
      cell: (s) => (
        <>
          <span className="meter" aria-hidden="true">
            <span style={{ width: `${((s.meanSpread ?? 0) / MAX_SPREAD) * 100}%` }} />
          </span>
          {s.meanSpread === null ? '—' : format.decimal(s.meanSpread)}
        </>
      ),
    },
    { col: 'compared', header: t('workshop.disagreement.compared'), cell: (s) => s.compared },
    { col: 'agreed', header: t('workshop.disagreement.agreed'), cell: (s) => s.agreed },
    { col: 'conflicts', header: t('workshop.disagreement.conflicts'), cell: (s) => s.conflicts },
    { col: 'resolved', header: t('workshop.disagreement.resolved'), cell: (s) => s.resolved },
  ];

  return (
    <section aria-labelledby="disagreement-title" className={`disagreement${standalone ? ' workshop-panel' : ''}`} data-testid="disagreement">
      <h2 id="disagreement-title">{t('workshop.disagreement.title')}</h2>
      <p className="muted">{t('workshop.disagreement.explain', { count: view.totals.respondents })}</p>
      <DataTable
        rows={view.sections}
        rowId={(s) => s.section}
        idAttribute="section"
        rowHeader={{ header: t('results.area'), cell: (s) => sectionTitle(s.section) }}
        columns={columns}
        labelledBy="disagreement-title"
        testId="disagreement-table"
        className="disagreement-table"
      />
      <h3 id="contested-title">{t('workshop.disagreement.contestedTitle')}</h3>
      {contested.length === 0 ? (
        <p>{t('workshop.disagreement.noneContested')}</p>
      ) : (
        <ol className="contested-list" aria-labelledby="contested-title" data-testid="contested">
          {contested.map((item) => (
            <ContestedItem key={item.itemId} item={item} />
          ))}
        </ol>
      )}
    </section>
  );
}
