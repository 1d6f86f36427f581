// First: in the browser edition this starts fetching the bundled questionnaire while the rest of the code is evaluated.
import './platform/bundled-content';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './i18n';
import './fonts.css';
import './styles.css';
import { App } from './App';
import { addChineseFaces } from './chinese-font';
import { REPORT_LANGUAGES, type ReportLanguage } from '../../core/report/language';
import { warmUpScreens } from './screens';
import { applyPreferences } from './lib/preferences';
import { detectPlatform } from './platform';
import { connectShell } from './platform/shell';
import { StoreContext, createAppStore } from './store';
import { startAutosave } from './store/autosave';
import { whenIdle } from './lib/idle';

/** Start-up work that waits for an idle page waits at most this long. */
const START_UP_IDLE_MS = 3000;

// The store and the first screen speak the user's language from the start: wait for its catalog (a local file).
void i18nReady.then(start);

function start(): void {
  const { api, edition, menu } = detectPlatform();
  const store = createAppStore(api, edition);
  connectShell(store, menu);
  applyPreferences(store.getState().preferences, false);
  startAutosave(store);
  // Start-up work runs while the first screen renders; both actions report their failures in the store.
  void store.getState().loadBundles();
  void store.getState().checkRecovery();

  // The Chinese faces: at once in Chinese, otherwise once the questionnaire is in and the page idle (see chinese-font.ts).
  const { language, whenBundlesLoaded } = store.getState();
  if (language === 'zh') addChineseFaces();
  else void whenBundlesLoaded().then(() => whenIdle(addChineseFaces, START_UP_IDLE_MS));
  store.subscribe((state) => {
    if (state.language === 'zh') addChineseFaces();
  });

  // Once an assessment is open and the page is idle, fetch the other screens' code and the report's, and warm up the report
  // worker on its questionnaire in the language its report starts in, so that neither waits later. Not
  // before: on a two-core laptop, the start page and the first section must not share the processor with it.
  const stopWatching = store.subscribe(({ content, assessment, language }) => {
    if (!content || !assessment) return;
    stopWatching();
    const reportLanguage = (assessment.meta.language ?? language) as ReportLanguage;
    whenIdle(() => {
      void warmUpScreens().catch(() => undefined);
      void import('./report/generate').then((m) => m.warmUpReportWorker(content, REPORT_LANGUAGES.includes(reportLanguage) ? reportLanguage : 'en')).catch(() => undefined);
    }, START_UP_IDLE_MS);
  });

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </StrictMode>,
  );
}
