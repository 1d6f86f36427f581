// The store pulls in the browser platform, which uses Vite's import.meta.glob: give this Node program its types.
/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { serializeAssessment } from '../../../core/model/assessment-file';
import { makeDemoAssessment } from '../../../core/demo/assessment';
import { createAppStore } from '../../../renderer/src/store';
import { bundle, fakePlatform } from '../../helpers/fake-platform';

// Clicks start these actions without waiting for them: a failing platform must show up in the state, never as a rejection.
const failing = (what: string) => async () => {
  throw new Error(`${what} is out of reach`);
};

async function openDemo(store: ReturnType<typeof createAppStore>) {
  await store.getState().loadBundles();
  const demo = makeDemoAssessment(JSON.parse(bundle.questionnaire), { seed: 3, now: '2025-03-14T09:00:00.000Z' });
  expect(store.getState().adoptAssessmentText(serializeAssessment(demo), 'demo.capamap.json', null)).toBe(true);
}

describe('store actions started without waiting', () => {
  it('shows an unreachable questionnaire list as a content problem', async () => {
    const store = createAppStore(fakePlatform({ listQuestionnaires: failing('the list') }).api, 'desktop');
    await expect(store.getState().loadBundles()).resolves.toBeUndefined();
    expect(store.getState()).toMatchObject({ bundlesLoaded: true, bundles: [], contentProblems: [{ tone: 'error', text: 'the list is out of reach' }] });
  });

  it('shows a failed questionnaire import as an error notice', async () => {
    const store = createAppStore(fakePlatform({ pickFiles: failing('the picker') }).api, 'desktop');
    await expect(store.getState().importQuestionnaire()).resolves.toBeUndefined();
    expect(store.getState().notice).toEqual({ tone: 'error', text: 'the picker is out of reach' });
  });

  it('keeps the recoverable work and says why when the autosave cannot be cleared', async () => {
    const recoverable = { text: '{}', savedAt: '2026-01-15T09:00:00.000Z' };
    const store = createAppStore(fakePlatform({ loadAutosave: async () => recoverable, clearAutosave: failing('the autosave slot') }).api, 'desktop');
    await store.getState().checkRecovery();
    await store.getState().discardRecovery();
    await expect(store.getState().answerConsent('discard')).resolves.toBeUndefined();
    expect(store.getState()).toMatchObject({ recoverable, autosaveError: 'the autosave slot is out of reach' });
  });

  it('turns protection on and off even when the autosave cannot be rewritten, and says so', async () => {
    const store = createAppStore(fakePlatform({ autosave: failing('the autosave slot') }).api, 'desktop');
    await openDemo(store);
    await expect(store.getState().protect('a long enough passphrase')).resolves.toBeNull();
    expect(store.getState().cipher).not.toBeNull();
    expect(store.getState().autosaveError).toBe('the autosave slot is out of reach');
    await expect(store.getState().unprotect()).resolves.toBeUndefined();
    expect(store.getState().cipher).toBeNull();
  });
});
