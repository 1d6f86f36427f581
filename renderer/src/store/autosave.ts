import type { StoreApi } from 'zustand';
import type { AppState } from './types';
import { historyInfo } from './file';
import { whenIdle } from '../lib/idle';

/** Autosave waits this long after the last change, so typing does not write on every key. */
export const AUTOSAVE_DELAY_MS = 600;
/**
 * Then it waits for an idle moment, at most this long: writing serialises the whole assessment (a
 * workshop's fifty respondents take several milliseconds), which must not land in the frame of the
 * user's next click.
 */
const IDLE_WAIT_MS = 1000;

/**
 * Writes the assessment to the platform's autosave slot after every change
 * (debounced), and flushes at once when the page is hidden or closed.
 * Returns a function that stops it.
 */
export function startAutosave(store: StoreApi<AppState>): () => void {
  /** Cancels the write that is waiting (for the delay or for an idle moment), if any. */
  let waiting: (() => void) | null = null;
  let written: AppState['assessment'] = null;

  const flush = async () => {
    waiting?.();
    waiting = null;
    const { assessment, platform } = store.getState();
    if (!assessment) return;
    if (assessment === written) {
      // Undo and redo can come back to exactly what was written last.
      if (store.getState().autosavePending) store.setState({ autosavePending: false });
      return;
    }
    try {
      // Sealed: while the assessment is protected, the autosave slot holds only ciphertext.
      await platform.autosave(await store.getState().sealed(assessment), historyInfo({ ...store.getState(), assessment }));
      written = assessment;
      // A change made while the write was in flight is still pending.
      store.setState({ autosavedAt: new Date().toISOString(), autosaveError: null, autosavePending: store.getState().assessment !== assessment });
    } catch (error) {
      store.setState({ autosaveError: error instanceof Error ? error.message : String(error) });
    }
  };

  // Before anything replaces the work in hand, its last state reaches the slot and the history.
  store.setState({
    flushAutosave: flush,
  });
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.assessment === previous.assessment || !state.assessment) return;
    if (!state.autosavePending) store.setState({ autosavePending: true });
    waiting?.();
    // flush() catches its own failures into autosaveError.
    let cancelIdle: (() => void) | null = null;
    const timer = setTimeout(() => {
      cancelIdle = whenIdle(() => void flush(), IDLE_WAIT_MS);
    }, AUTOSAVE_DELAY_MS);
    waiting = () => {
      clearTimeout(timer);
      cancelIdle?.();
    };
  });
  const onHide = () => {
    if (document.visibilityState === 'hidden' && waiting) {
      // The page may be going away: start the write now, nobody is left to wait for it.
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
