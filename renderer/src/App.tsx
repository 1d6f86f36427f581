import { Suspense, useEffect } from 'react';
import { useTranslation } from './i18n/use-translation';
import { Announcer } from './components/Announcer';
import { Header } from './components/Header';
import { LanguageQuestion } from './components/LanguageQuestion';
import { NoticeBanner } from './components/NoticeBanner';
import { SettingsDialog } from './components/SettingsDialog';
import { ShortcutsDialog } from './components/ShortcutsDialog';
import { useShortcuts } from './hooks/useShortcuts';
import { documentTitle } from './lib/document-title';
import { useApp, useAppStore } from './store';
import { GuideView, PaperEntryView, PresentationView, ResultsView, WorkshopView } from './screens';
import { QuestionnaireView } from './views/QuestionnaireView';
import { ReviewView } from './views/ReviewView';
import { RoadmapView } from './views/RoadmapView';
import { StartView } from './views/StartView';
import { ConsentDialog } from './history/ConsentDialog';
import { HistoryDialog } from './history/HistoryDialog';

function CurrentView() {
  const view = useApp((s) => s.view);
  const hasAssessment = useApp((s) => s.assessment !== null);
  // The guide opens with or without an assessment.
  if (view === 'guide') return <GuideView />;
  if (!hasAssessment || view === 'start') return <StartView />;
  if (view === 'review') return <ReviewView />;
  if (view === 'results' || view === 'report') return <ResultsView />;
  if (view === 'roadmap') return <RoadmapView />;
  if (view === 'workshop') return <WorkshopView />;
  if (view === 'paper-entry') return <PaperEntryView />;
  return <QuestionnaireView />;
}

/** Shown while a screen's code is fetched (the first time it is opened, if the idle warm-up has not fetched it yet). */
function Loading() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status">
      {t('app.loading')}
    </p>
  );
}

/** The window or tab title follows the screen, the assessment and the language. */
function useDocumentTitle() {
  const { t, i18n } = useTranslation();
  const view = useApp((s) => (s.assessment ? s.view : 'start'));
  const institution = useApp((s) => s.assessment?.meta.institution);
  const language = i18n.language;
  useEffect(() => {
    document.title = documentTitle(t, view, institution);
  }, [t, view, institution, language]);
}

export function App() {
  const { t } = useTranslation();
  const store = useAppStore();
  const dialog = useApp((s) => s.dialog);
  useShortcuts(store);
  useDocumentTitle();
  const presenting = useApp((s) => s.view === 'presentation' && s.assessment !== null);
  // The presentation takes the whole window: no header, no bars.
  if (presenting)
    return (
      <Suspense fallback={<Loading />}>
        <PresentationView />
      </Suspense>
    );
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header />
      <main id="main" className="main" tabIndex={-1}>
        <NoticeBanner />
        <LanguageQuestion />
        <Announcer />
        <Suspense fallback={<Loading />}>
          <CurrentView />
        </Suspense>
      </main>
      {dialog === 'shortcuts' && <ShortcutsDialog />}
      {dialog === 'settings' && <SettingsDialog />}
      {dialog === 'history' && <HistoryDialog />}
      <ConsentDialog />
    </div>
  );
}
