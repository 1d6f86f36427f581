import { useTranslation } from 'react-i18next';
import { Header } from './components/Header';
import { NoticeBanner } from './components/NoticeBanner';
import { useApp } from './store';
import { QuestionnaireView } from './views/QuestionnaireView';
import { ResultsView } from './views/ResultsView';
import { StartView } from './views/StartView';

export function App() {
  const { t } = useTranslation();
  const view = useApp((s) => s.view);
  const hasAssessment = useApp((s) => s.assessment !== null);
  return (
    <div className="app">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <Header />
      <NoticeBanner />
      <main id="main" className="main" tabIndex={-1}>
        {!hasAssessment || view === 'start' ? <StartView /> : view === 'results' ? <ResultsView /> : <QuestionnaireView />}
      </main>
    </div>
  );
}
