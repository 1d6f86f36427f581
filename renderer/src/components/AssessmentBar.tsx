import { useTranslation } from '../i18n/use-translation';
import { reviewLists } from '../../../core/model/review';
import { useApp } from '../store';
import { perAssessment } from '../store/per-assessment';
import type { View } from '../store/ui-state';
import { SaveStatus } from './SaveStatus';
import { ToDecideCount } from '../workshop/ToDecideCount';

const VIEWS: { view: View; key: string }[] = [
  { view: 'start', key: 'nav.start' },
  { view: 'questionnaire', key: 'nav.questionnaire' },
  { view: 'review', key: 'nav.review' },
  { view: 'results', key: 'nav.results' },
  { view: 'roadmap', key: 'nav.roadmap' },
  { view: 'workshop', key: 'workshop.nav.tab' },
];

/** Items left to check: computed inside the selector so the bar re-renders only when the number changes. */
const toCheck = perAssessment((questionnaire, assessment) => {
  const lists = reviewLists(questionnaire, assessment);
  return lists.unanswered.length + lists.dontKnow.length + lists.lowConfidence.length;
}, 0);

/** The review tab's "N to check" badge: it follows the count alone, so a change of it renders the badge and not the bar. */
function ToCheckCount() {
  const { t } = useTranslation();
  const count = useApp(toCheck);
  return count > 0 ? <span className="tab-count">{t('nav.reviewCount', { count })}</span> : null;
}

/** The assessment's views, undo and redo, and where the work is saved. */
export function AssessmentBar() {
  const { t } = useTranslation();
  const view = useApp((s) => (s.view === 'report' ? 'results' : s.view === 'paper-entry' ? 'workshop' : s.view));
  const go = useApp((s) => s.go);
  const canUndo = useApp((s) => s.past.length > 0);
  const canRedo = useApp((s) => s.future.length > 0);
  const undo = useApp((s) => s.undo);
  const redo = useApp((s) => s.redo);
  const announce = useApp((s) => s.announce);
  const startPresentation = useApp((s) => s.startPresentation);

  return (
    <div className="assessment-bar">
      <nav aria-label={t('app.views')}>
        <ul className="view-tabs">
          {VIEWS.map(({ view: v, key }) => (
            <li key={v}>
              <button type="button" aria-current={view === v ? 'page' : undefined} onClick={() => go(v)}>
                {t(key)}
                {v === 'review' && <ToCheckCount />}
                {v === 'workshop' && <ToDecideCount />}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="bar-tools">
        <button
          type="button"
          id="present-button"
          onClick={() => {
            // Full screen needs the click itself; the presentation fills the window either way.
            document.documentElement.requestFullscreen?.().catch(() => undefined);
            startPresentation();
          }}
        >
          <span aria-hidden="true">▶ </span>
          {t('workshop.present.start')}
        </button>
        <button
          type="button"
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z"
          onClick={() => {
            undo();
            announce(t('edit.undone'));
          }}
        >
          <span aria-hidden="true" className="undo-icon">
            ↶
          </span>{' '}
          {t('edit.undo')}
        </button>
        <button
          type="button"
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
          onClick={() => {
            redo();
            announce(t('edit.redone'));
          }}
        >
          <span aria-hidden="true" className="undo-icon">
            ↷
          </span>{' '}
          {t('edit.redo')}
        </button>
        <SaveStatus />
      </div>
    </div>
  );
}
