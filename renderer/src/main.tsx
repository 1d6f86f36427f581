import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './fonts.css';
import './styles.css';
import { App } from './App';
import { warmUpReportWorker } from './report/generate';
import { warmUpScreens } from './screens';
import { applyPreferences } from './lib/preferences';
import { detectPlatform } from './platform';
import { StoreContext, createAppStore } from './store';
import { startAutosave } from './store/autosave';

const { api, edition } = detectPlatform();
const store = createAppStore(api, edition);
applyPreferences(store.getState().preferences, false);
startAutosave(store);
void store.getState().loadBundles();
void store.getState().checkRecovery();

// Once the questionnaires are loaded and the page is idle, fetch the other screens' code and start the
// report worker with its Latin fonts, so that neither waits for them later; none of it holds up the first screen.
const whenIdle = (task: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 3000 }) : setTimeout(task, 1000));
void store
  .getState()
  .whenBundlesLoaded()
  .then(() =>
    whenIdle(() => {
      void warmUpScreens().catch(() => undefined);
      warmUpReportWorker();
    }),
  );

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
);
