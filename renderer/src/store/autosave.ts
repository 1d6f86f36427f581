import type { StoreApi } from 'zustand';
import { serializeAssessment } from '../../../core/assessment-file';
import type { AppState } from './types';

/** Autosave waits this long after the last change, so typing does not write on every key. */
export const AUTOSAVE_DELAY_MS = 600;

/**
 * Writes the assessment to the platform's autosave slot after every change
 * (debounced), and flushes at once when the page is hidden or closed.
 * Returns a function that stops it.
 */
export function startAutosave(store: StoreApi<AppState>): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let written: AppState['assessment'] = null;

  const flush = async () => {
    timer = null;
    const { assessment, platform } = store.getState();
    if (!assessment || assessment === written) return;
    try {
      await platform.autosave(serializeAssessment(assessment));
      written = assessment;
      store.setState({ autosavedAt: new Date().toISOString(), autosaveError: null });
    } catch (error) {
      store.setState({ autosaveError: error instanceof Error ? error.message : String(error) });
    }
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.assessment === previous.assessment || !state.assessment) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  });
  const onHide = () => {
    if (document.visibilityState === 'hidden' && timer) {
      clearTimeout(timer);
      void flush();
    }
  };
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', onHide);
  return () => {
    unsubscribe();
    document.removeEventListener('visibilitychange', onHide);
    window.removeEventListener('pagehide', onHide);
  };
}
