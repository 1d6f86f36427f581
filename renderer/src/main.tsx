import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './fonts.css';
import './styles.css';
import { App } from './App';
import { applyPreferences } from './lib/preferences';
import { detectPlatform } from './platform';
import { connectShell } from './platform/shell';
import { StoreContext, createAppStore } from './store';
import { startAutosave } from './store/autosave';

const { api, edition, menu } = detectPlatform();
const store = createAppStore(api, edition);
connectShell(store, menu);
applyPreferences(store.getState().preferences, false);
startAutosave(store);
// Start-up work runs while the first screen renders; both actions report their failures in the store.
void store.getState().loadBundles();
void store.getState().checkRecovery();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
);
