import { useMemo } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { Arrow } from '../components/Arrow';
import { localize } from '../../../core/model/localize';
import { itemTitle } from '../../../core/model/questionnaire';
import { reviewLists, type ReviewEntry } from '../../../core/model/review';
import { useApp } from '../store';
import { useScreenHeading } from '../hooks/useScreenHeading';

function ReviewGroup({ id, title, empty, entries }: { id: string; title: string; empty: string; entries: ReviewEntry[] }) {
  const { t, i18n } = useTranslation();
  const content = useApp((s) => s.content);
  const goToItem = useApp((s) => s.goToItem);
  const sectionTitle = (sectionId: string) => localize(content?.questionnaire.sections.find((s) => s.id === sectionId)?.title, i18n.language);
  const bySection = new Map<string, ReviewEntry[]>();
  for (const entry of entries) bySection.set(entry.sectionId, [...(bySection.get(entry.sectionId) ?? []), entry]);

  return (
    <section className="card review-group" aria-labelledby={`${id}-title`} data-testid={`review-${id}`}>
      <h2 id={`${id}-title`}>
        {title} <span className="count-badge">{entries.length}</span>
      </h2>
      {entries.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        [...bySection.entries()].map(([sectionId, list]) => (
          <div key={sectionId} className="review-section">
            <h3>{sectionTitle(sectionId)}</h3>
            <ul className="review-list">
              {list.map((entry) => (
                <li key={entry.itemId}>
                  <button type="button" className="link-button review-link" data-review-item={entry.itemId} onClick={() => goToItem(entry.itemId)}>
                    {t('review.goTo', { number: entry.number, title: itemTitle(entry.item, i18n.language) })}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}

/** Unanswered, "don't know" and low-confidence items, each one click (or Enter) from its place in the questionnaire. */
export function ReviewView() {
  const { t } = useTranslation();
  const content = useApp((s) => s.content);
  const assessment = useApp((s) => s.assessment);
  const go = useApp((s) => s.go);
  const lists = useMemo(() => (content && assessment ? reviewLists(content.questionnaire, assessment) : null), [content, assessment]);
  const heading = useScreenHeading();
  if (!lists) return null;
  const clear = lists.unanswered.length + lists.dontKnow.length + lists.lowConfidence.length === 0;

  return (
    <div className="review">
      <h1 ref={heading} tabIndex={-1}>
        {t('review.title')}
      </h1>
      <p className="lead">{t('review.intro')}</p>
      <p className={clear ? 'all-clear' : 'summary-line'} role="status">
        {clear ? t('review.allClear') : t('review.summary', { unanswered: lists.unanswered.length, dontKnow: lists.dontKnow.length, lowConfidence: lists.lowConfidence.length })}
      </p>
      <div className="review-grid">
        <ReviewGroup id="unanswered" title={t('review.unanswered')} empty={t('review.unansweredNone')} entries={lists.unanswered} />
        <ReviewGroup id="dont-know" title={t('review.dontKnow')} empty={t('review.dontKnowNone')} entries={lists.dontKnow} />
        <ReviewGroup id="low-confidence" title={t('review.lowConfidence')} empty={t('review.lowConfidenceNone')} entries={lists.lowConfidence} />
      </div>
      <p className="pager">
        <button type="button" className="primary" onClick={() => go('results')}>
          {t('review.seeResults')}
          <Arrow to="forward" />
        </button>
      </p>
    </div>
  );
}
