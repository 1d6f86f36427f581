// The store pulls in the browser platform, which uses Vite's import.meta.glob: give this Node program its types.
/// <reference types="vite/client" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand';
import { serializeAssessment } from '../../../core/model/assessment-file';
import { makeDemoAssessment } from '../../../core/demo/assessment';
import type { PlatformApi } from '../../../core/platform';
import { createAppStore } from '../../../renderer/src/store';
import type { AppState } from '../../../renderer/src/store/types';

const dir = join(__dirname, '../../../questionnaires/capamap-core');
const bundle = { origin: 'bundled' as const, questionnaire: readFileSync(join(dir, 'questionnaire.json'), 'utf8'), actions: readFileSync(join(dir, 'actions.json'), 'utf8') };
const other = serializeAssessment({ ...makeDemoAssessment(JSON.parse(bundle.questionnaire), { seed: 9, now: '2025-03-14T09:00:00.000Z' }), questionnaire: { id: 'capamap-core', version: '1.0.0' } });

// Beginning an assessment sets the interface language, which names it on <html>.
globalThis.document ??= { documentElement: {} } as Document;

let store: StoreApi<AppState>;
let calls: string[];
let saveAnswer: { name: string } | null;

function fakePlatform(): PlatformApi {
  return {
    listQuestionnaires: async () => [bundle],
    pickFiles: async () => [],
    storeQuestionnaire: async () => undefined,
    openAssessment: async () => {
      calls.push('openAssessment');
      return { name: 'other.capamap.json', path: '/other.capamap.json', text: other };
    },
    saveFile: async () => {
      calls.push('saveFile');
      return saveAnswer;
    },
    setInterfaceLanguage: async () => undefined,
    autosave: async () => void calls.push('autosave'),
    loadAutosave: async () => null,
    clearAutosave: async () => void calls.push('clearAutosave'),
    listHistory: async () => [],
    loadHistory: async () => null,
    resealHistory: async () => undefined,
  };
}

const s = () => store.getState();
const begin = (institution: string) =>
  s().startAssessment({ contentKey: 'bundled:capamap-core', modules: [], meta: { institution, country: 'Asterra', assessmentDate: '2026-01-01', leadRespondent: '', language: 'en', confidentiality: '' } });

beforeEach(async () => {
  calls = [];
  saveAnswer = { name: 'kept.capamap.json' };
  store = createAppStore(fakePlatform(), 'desktop');
  store.setState({ flushAutosave: async () => void calls.push('flush') });
  await s().loadBundles();
  begin('Ministry of Unsaved Work');
});

describe('consent before replacing work that is not in a file', () => {
  it('asks, and Cancel leaves everything as it was', async () => {
    await s().open();
    expect(s().consent?.reason).toBe('open');
    await s().answerConsent('cancel');
    expect(s().consent).toBeNull();
    expect(calls).toEqual([]);
    expect(s().assessment?.meta.institution).toBe('Ministry of Unsaved Work');
  });

  it('Discard writes the last state to the autosave (and so the history) before replacing', async () => {
    await s().open();
    await s().answerConsent('discard');
    expect(calls).toEqual(['flush', 'openAssessment']);
    expect(s().assessment?.meta.institution).not.toBe('Ministry of Unsaved Work');
  });

  it('Save goes on only once the file is written; a cancelled save dialog replaces nothing', async () => {
    saveAnswer = null;
    begin('Ministry of Second Work');
    expect(s().consent?.reason).toBe('begin');
    await s().answerConsent('save');
    expect(calls).toEqual(['saveFile']);
    expect(s().assessment?.meta.institution).toBe('Ministry of Unsaved Work');

    saveAnswer = { name: 'kept.capamap.json' };
    begin('Ministry of Second Work');
    await s().answerConsent('save');
    expect(s().assessment?.meta.institution).toBe('Ministry of Second Work');
  });

  it('asks nothing when the work is in a file, and always asks before discarding the unfinished-work banner', async () => {
    store.setState({ saveStatus: 'saved' });
    await s().open();
    expect(s().consent).toBeNull();
    expect(calls).toEqual(['openAssessment']);
    store.setState({ recoverable: { text: other, savedAt: '2026-01-01T00:00:00.000Z' } });
    await s().discardRecovery();
    expect(s().consent?.reason).toBe('discard-recovery');
    await s().answerConsent('discard');
    // The slot's text was not the newest history state: it is recorded before the slot is cleared.
    expect(calls.slice(-2)).toEqual(['autosave', 'clearAutosave']);
    expect(s().recoverable).toBeNull();
  });

  it('refuses an assessment made with a newer questionnaire version, naming both versions', () => {
    const newer = other.replace('"version": "1.0.0"', '"version": "9999.0.0"');
    expect(s().adoptAssessmentText(newer, 'future.capamap.json', null)).toBe(false);
    expect(s().notice?.text).toContain('9999.0.0');
    expect(s().notice?.text).toContain(`version ${JSON.parse(bundle.questionnaire).version}`);
    expect(s().assessment?.meta.institution).toBe('Ministry of Unsaved Work');
  });
});
