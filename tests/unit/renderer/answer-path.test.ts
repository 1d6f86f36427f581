// The store pulls in the browser platform, which uses Vite's import.meta.glob: give this Node program its types.
/// <reference types="vite/client" />
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeAssessment } from '../../../core/model/assessment-file';
import { makeDemoAssessment } from '../../../core/demo/assessment';
import { createAppStore } from '../../../renderer/src/store';
import { AUTOSAVE_DELAY_MS, startAutosave } from '../../../renderer/src/store/autosave';
import { selectSectionProgress } from '../../../renderer/src/store/section-progress';
import { bundle, fakePlatform } from '../../helpers/fake-platform';

/** What a click on a stage sets off, kept off the click: these fail if that work comes back onto it. */

async function openDemo(platform = fakePlatform().api) {
  const store = createAppStore(platform, 'browser');
  await store.getState().loadBundles();
  const demo = makeDemoAssessment(JSON.parse(bundle.questionnaire), { seed: 3, now: '2025-03-14T09:00:00.000Z' });
  expect(store.getState().adoptAssessmentText(serializeAssessment(demo), 'demo.capamap.json', null)).toBe(true);
  return store;
}

const answerOf = (store: Awaited<ReturnType<typeof openDemo>>, id: string) => store.getState().assessment!.answers[id];

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('answering a question', () => {
  it('leaves the section counts the same list when it completes nothing new, and renews only the section whose count moved', async () => {
    const store = await openDemo();
    // Stages 2–5 of this item ask the same items (stage 1 skips one).
    store.getState().setAnswer('compute.hpc-access', { kind: 'stage', stage: 3 });
    const before = selectSectionProgress(store.getState());
    const compute = before.find((p) => p.section === 'compute')!;
    expect(compute.done).toBe(compute.asked);

    store.getState().setAnswer('compute.hpc-access', { kind: 'stage', stage: 4 });
    expect(selectSectionProgress(store.getState())).toBe(before);

    store.getState().setAnswer('compute.hpc-access', undefined);
    const after = selectSectionProgress(store.getState());
    expect(after).not.toBe(before);
    for (const [i, entry] of after.entries()) {
      if (entry.section === 'compute') expect(entry).toEqual({ ...compute, done: compute.done - 1 });
      else expect(entry).toBe(before[i]);
    }
  });

  it('writes confidence, notes and evidence into the answer as it is when they change, never an answer drawn earlier', async () => {
    const store = await openDemo();
    store.getState().setAnswer('compute.hpc-access', { kind: 'stage', stage: 2, notes: 'kept' });
    store.getState().setAnswer('compute.hpc-access', { kind: 'stage', stage: 5, notes: 'kept' });
    store.getState().patchAnswer('compute.hpc-access', { confidence: 'low' });
    expect(answerOf(store, 'compute.hpc-access')).toEqual({ kind: 'stage', stage: 5, notes: 'kept', confidence: 'low' });

    // No answer, or a profile answer: nothing to attach extras to, and no undo step.
    store.getState().setAnswer('compute.hpc-access', undefined);
    const past = store.getState().past.length;
    store.getState().patchAnswer('compute.hpc-access', { notes: 'lost?' });
    expect(answerOf(store, 'compute.hpc-access')).toBeUndefined();
    expect(store.getState().past).toHaveLength(past);
  });

  it('serialises nothing for the autosave while answering: the write waits for a pause, then holds the last answer', async () => {
    vi.useFakeTimers();
    const listeners = { addEventListener: () => undefined, removeEventListener: () => undefined, visibilityState: 'visible' };
    vi.stubGlobal('document', { ...listeners, documentElement: {} });
    vi.stubGlobal('window', listeners);
    const written: string[] = [];
    const store = await openDemo(fakePlatform({ autosave: async (text) => void written.push(text) }).api);
    const sealed = vi.fn(store.getState().sealed);
    store.setState({ sealed });
    const stop = startAutosave(store);

    for (const stage of [2, 3, 4]) {
      store.getState().setAnswer('compute.hpc-access', { kind: 'stage', stage });
      expect(sealed).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS / 2);
    }
    expect(store.getState().autosavePending).toBe(true);
    expect(sealed).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(sealed).toHaveBeenCalledTimes(1);
    expect(written).toHaveLength(1);
    expect(JSON.parse(written[0]!).answers['compute.hpc-access']).toMatchObject({ kind: 'stage', stage: 4 });
    expect(store.getState().autosavePending).toBe(false);
    stop();
  });
});
