import { useTranslation } from '../i18n/use-translation';
import { ScreenHelp } from '../components/ScreenHelp';
import { useApp } from '../store';
import { useScreenHeading } from '../hooks/useScreenHeading';
import { BaselinePanel } from './BaselinePanel';
import { DisagreementPanel } from './DisagreementPanel';
import { ExportPanel } from './ExportPanel';
import { KitPanel } from './KitPanel';
import { MergePanel } from './MergePanel';
import { PaperPanel } from '../paper/PaperPanel';
import { RespondentsPanel } from './RespondentsPanel';
import { ToDecideCount } from './ToDecideCount';
import { WORKSHOP_TABS } from './workshop-state';

/** The workshop: respondents and files, agreeing the answers, disagreement, progress since last time, exports. */
export function WorkshopView() {
  const { t } = useTranslation();
  const tab = useApp((s) => s.workshopTab);
  const setTab = useApp((s) => s.setWorkshopTab);
  const heading = useScreenHeading();

  return (
    <div className="workshop">
      <h1 ref={heading} tabIndex={-1}>
        {t('workshop.title')}
      </h1>
      <p className="lead">{t('workshop.intro')}</p>
      <ScreenHelp topic="workshop" />
      <nav aria-label={t('workshop.nav.label')}>
        <ul className="workshop-tabs">
          {WORKSHOP_TABS.map((id) => (
            <li key={id}>
              <button type="button" data-workshop-tab={id} aria-current={tab === id ? 'page' : undefined} onClick={() => setTab(id)}>
                {t(`workshop.nav.${id}`)}
                {id === 'merge' && <ToDecideCount />}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {tab === 'respondents' && <RespondentsPanel />}
      {tab === 'merge' && <MergePanel />}
      {tab === 'disagreement' && <DisagreementPanel standalone />}
      {tab === 'baseline' && <BaselinePanel />}
      {tab === 'paper' && <PaperPanel />}
      {tab === 'export' && <ExportPanel />}
      <KitPanel />
    </div>
  );
}
