import { useTranslation } from 'react-i18next';
import { Announcer } from './components/Announcer';
import { Header } from './components/Header';
import { LanguageQuestion } from './components/LanguageQuestion';
import { NoticeBanner } from './components/NoticeBanner';
import { SettingsDialog } from './components/SettingsDialog';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { useShortcuts } from './hooks/useShortcuts';
import { useApp, useAppStore } from './store';
import { QuestionnaireView } from './views/QuestionnaireView';
import { ResultsView } from './views/ResultsView';
import { ReviewView } from './views/ReviewView';
import { RoadmapView } from './views/RoadmapView';
import { StartView } from './views/StartView';
import { PresentationView } from './views/PresentationView';
import { WorkshopView } from './workshop/WorkshopView';
import { ConsentDialog } from './history/ConsentDialog';
import { HistoryDialog } from './history/HistoryDialog';

function CurrentView() {
  const view = useApp((s) => s.view);
  const hasAssessment = useApp((s) => s.assessment !== null);
  if (!hasAssessment || view === 'start') return <StartView />;
  if (view === 'review') return <ReviewView />;
  if (view === 'results' || view === 'report') return <ResultsView />;
  if (view === 'roadmap') return <RoadmapView />;
  if (view === 'workshop') return <WorkshopView />;
  return <QuestionnaireView />;
}

export function App() {
  const { t } = useTranslation();
  const store = useAppStore();
  const dialog = useApp((s) => s.dialog);
  useShortcuts(store);
  const presenting = useApp((s) => s.view === 'presentation' && s.assessment !== null);
  // The presentation takes the whole window: no header, no bars.
  if (presenting) return <PresentationView />;
  return (
    <div className="app">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <Header />
      <main id="main" className="main" tabIndex={-1}>
        <NoticeBanner />
        <LanguageQuestion />
        <Announcer />
        <CurrentView />
      </main>
      {dialog === 'shortcuts' && <ShortcutsDialog />}
      {dialog === 'settings' && <SettingsDialog />}
      {dialog === 'history' && <HistoryDialog />}
      <ConsentDialog />
    </div>
  );
}
