import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { localize } from '../../../core/model/localize';
import type { MergeItem, MergeStatus } from '../../../core/workshop/merge';
import type { Respondent } from '../../../core/model/schema/assessment';
import { itemTitle, type LocatedItem } from '../../../core/model/questionnaire';
import { useApp } from '../store';
import { DecideDialog } from './DecideDialog';
import type { MergeView } from '../../../core/workshop/merge';
import { MergeRow } from './MergeRow';
import { itemIndex, itemNumber, useWorkshopMerge } from './useWorkshopMerge';
import type { MergeFilter } from './workshop-state';

const FILTERS: readonly MergeFilter[] = ['conflict', 'agreed', 'resolved', 'all'];
const matches = (filter: MergeFilter, status: MergeStatus) => filter === 'all' || filter === status;

type Totals = MergeView['totals'];
const sameTotals = (a: { totals: Totals }, b: { totals: Totals }) => (Object.keys(a.totals) as (keyof Totals)[]).every((k) => a.totals[k] === b.totals[k]);

/** The workshop's counts: drawn again only when one of them changes (deciding again on a decided question changes none). */
const Totals = memo(function Totals({ totals }: { totals: Totals }) {
  const { t } = useTranslation();
  return (
    <ul className="merge-totals" data-testid="merge-totals" aria-label={t('workshop.merge.totalsLabel')}>
      <li data-total="respondents">
        <span className="total-number">{totals.respondents}</span> {t('workshop.merge.totalRespondents', { count: totals.respondents })}
      </li>
      <li data-total="items">
        <span className="total-number">{totals.items}</span> {t('workshop.merge.totalItems', { count: totals.items })}
      </li>
      <li data-total="agreed">
        <span className="total-number">{totals.agreed}</span> {t('workshop.merge.totalAgreed', { count: totals.agreed })}
      </li>
      <li data-total="conflicts" className={totals.conflicts > 0 ? 'is-open' : undefined}>
        <span className="total-number">{totals.conflicts}</span> {t('workshop.merge.totalConflicts', { count: totals.conflicts })}
      </li>
      <li data-total="resolved">
        <span className="total-number">{totals.resolved}</span> {t('workshop.merge.totalResolved', { count: totals.resolved })}
      </li>
      <li data-total="unanswered">
        <span className="total-number">{totals.unanswered}</span> {t('workshop.merge.totalUnanswered', { count: totals.unanswered })}
      </li>
    </ul>
  );
}, sameTotals);

interface SectionProps {
  section: string;
  heading: string;
  items: readonly MergeItem[];
  titles: ReadonlyMap<string, { title: string; number: number }>;
  index: ReadonlyMap<string, LocatedItem>;
  respondents: ReadonlyMap<string, Respondent>;
  onDecide: (itemId: string) => void;
}

/** Same rows (the very item objects) and the same helpers: the section's list is left as it is. */
const sameSection = (a: SectionProps, b: SectionProps) =>
  a.section === b.section &&
  a.heading === b.heading &&
  a.titles === b.titles &&
  a.index === b.index &&
  a.respondents === b.respondents &&
  a.onDecide === b.onDecide &&
  a.items.length === b.items.length &&
  a.items.every((item, i) => item === b.items[i]);

/** One section's questions. A decision makes a new object of its own item only, so only its section looks at its rows again. */
const MergeSection = memo(function MergeSection({ section, heading, items, titles, index, respondents, onDecide }: SectionProps) {
  return (
    <section className="merge-section" aria-labelledby={`merge-section-${section}`}>
      <h3 id={`merge-section-${section}`}>{heading}</h3>
      <ol className="merge-list">
        {items.map((item) => {
          const meta = titles.get(item.itemId);
          const definition = index.get(item.itemId)?.item;
          if (!definition) return null;
          return (
            <li key={item.itemId}>
              <MergeRow item={item} definition={definition} number={meta?.number ?? 0} title={meta?.title ?? item.itemId} respondents={respondents} onDecide={onDecide} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}, sameSection);

/**
 * The facilitator's screen: every question with every respondent's answer,
 * the spread, and the decisions. Sections and rows are memoised and rows keep
 * their objects across a decision, so one decision renders one row again.
 */
export function MergePanel() {
  const { t, i18n } = useTranslation();
  const view = useWorkshopMerge();
  const q = useApp((s) => s.content?.questionnaire);
  const filter = useApp((s) => s.mergeFilter);
  const setFilter = useApp((s) => s.setMergeFilter);
  const setTab = useApp((s) => s.setWorkshopTab);
  const [deciding, setDeciding] = useState<string | null>(null);
  const onDecide = useCallback((id: string) => setDeciding(id), []);
  const lang = i18n.language;

  // The rows listed are chosen when the filter is chosen (or new answers come in): a question
  // decided under "to decide" stays in the list, so the focus and the place on screen stay put.
  const [listed, setListed] = useState<{ filter: MergeFilter; base: MergeView | null; ids: ReadonlySet<string> } | null>(null);
  let ids = listed?.ids;
  if (view && (!listed || listed.filter !== filter || listed.base !== view.base)) {
    ids = new Set(view.items.filter((i) => matches(filter, i.status)).map((i) => i.itemId));
    setListed({ filter, base: view.base, ids });
  }

  const respondents = useMemo(() => new Map<string, Respondent>((view?.respondents ?? []).map((r) => [r.id, r])), [view?.respondents]);
  const titles = useMemo(() => {
    const map = new Map<string, { title: string; number: number }>();
    if (!q) return map;
    for (const [id, { item }] of itemIndex(q)) map.set(id, { title: itemTitle(item, lang), number: itemNumber(q, id) });
    return map;
  }, [q, lang]);

  if (!q) return null;
  if (!view) {
    return (
      <section aria-labelledby="merge-title" className="workshop-panel">
        <h2 id="merge-title">{t('workshop.merge.title')}</h2>
        <p>{t('workshop.merge.empty')}</p>
        <button type="button" onClick={() => setTab('respondents')}>
          {t('workshop.merge.toImport')}
        </button>
      </section>
    );
  }

  const index = itemIndex(q);
  const shown = view.items.filter((i) => ids?.has(i.itemId));
  const counts: Record<MergeFilter, number> = {
    conflict: view.totals.conflicts,
    agreed: view.totals.agreed,
    resolved: view.totals.resolved,
    all: view.items.length,
  };
  const bySection: { section: string; items: MergeItem[] }[] = [];
  for (const item of shown) {
    const last = bySection.at(-1);
    if (last?.section === item.section) last.items.push(item);
    else bySection.push({ section: item.section, items: [item] });
  }
  const decidingItem = deciding ? view.items.find((i) => i.itemId === deciding) : undefined;
  const stale = shown.filter((i) => !matches(filter, i.status)).length;

  return (
    <section aria-labelledby="merge-title" className="workshop-panel merge-panel">
      <h2 id="merge-title">{t('workshop.merge.title')}</h2>
      <p className="muted">{t('workshop.merge.explain')}</p>
      <Totals totals={view.totals} />
      <fieldset className="merge-filter" data-testid="merge-filter">
        <legend>{t('workshop.merge.show')}</legend>
        {FILTERS.map((f) => (
          <label key={f} className={`filter-option${filter === f ? ' selected' : ''}`}>
            <input type="radio" name="merge-filter" value={f} checked={filter === f} onChange={() => setFilter(f)} />
            <span>{t(`workshop.merge.filter.${f}`, { count: counts[f] })}</span>
          </label>
        ))}
      </fieldset>
      {stale > 0 && (
        <p className="muted small" data-testid="merge-stale">
          {t('workshop.merge.stale', { count: stale })}
        </p>
      )}
      {shown.length === 0 ? (
        <p className="all-clear" data-testid="merge-none">
          {filter === 'conflict' ? t('workshop.merge.noneToDecide') : t('workshop.merge.noneHere')}
        </p>
      ) : (
        bySection.map(({ section, items }) => {
          const s = index.get(items[0]!.itemId)?.section;
          return <MergeSection key={section} section={section} heading={s ? localize(s.title, lang) : section} items={items} titles={titles} index={index} respondents={respondents} onDecide={onDecide} />;
        })
      )}
      {decidingItem && index.get(decidingItem.itemId) && (
        <DecideDialog
          item={decidingItem}
          definition={index.get(decidingItem.itemId)!.item}
          title={`${titles.get(decidingItem.itemId)?.number ?? ''}. ${titles.get(decidingItem.itemId)?.title ?? decidingItem.itemId}`}
          onClose={() => setDeciding(null)}
        />
      )}
    </section>
  );
}
