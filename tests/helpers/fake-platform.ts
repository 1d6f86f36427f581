import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenedFile, PlatformApi } from '../../core/platform';

const dir = join(__dirname, '../../questionnaires/capamap-core');
export const bundle = { origin: 'bundled' as const, questionnaire: readFileSync(join(dir, 'questionnaire.json'), 'utf8'), actions: readFileSync(join(dir, 'actions.json'), 'utf8') };

/** A platform that answers file dialogs from queues and keeps what was saved; `overrides` replace single methods (a failing one, say). */
export function fakePlatform(overrides: Partial<PlatformApi> = {}) {
  const picks: OpenedFile[][] = [];
  const saved: { text: string; suggestedName: string }[] = [];
  const api: PlatformApi = {
    listQuestionnaires: async () => [bundle],
    pickFiles: async () => picks.shift() ?? [],
    storeQuestionnaire: async () => undefined,
    openAssessment: async () => null,
    saveFile: async ({ data, suggestedName }) => {
      if (typeof data !== 'string') throw new Error('the store saves text here');
      saved.push({ text: data, suggestedName });
      return { name: suggestedName };
    },
    autosave: async () => undefined,
    loadAutosave: async () => null,
    listHistory: async () => [],
    loadHistory: async () => null,
    resealHistory: async () => undefined,
    clearAutosave: async () => undefined,
    setInterfaceLanguage: async () => undefined,
    ...overrides,
  };
  return { api, picks, saved };
}
