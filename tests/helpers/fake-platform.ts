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
    saveAssessment: async ({ text, suggestedName }) => {
      saved.push({ text, suggestedName });
      return { name: suggestedName };
    },
    autosave: async () => undefined,
    loadAutosave: async () => null,
    clearAutosave: async () => undefined,
    savePdf: async () => null,
    ...overrides,
  };
  return { api, picks, saved };
}
