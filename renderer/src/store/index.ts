import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { PlatformApi } from '../../../core/platform';
import i18next, { setLanguage } from '../i18n';
import type { Edition } from '../platform/edition';
import { createAssessmentSlice } from './assessment';
import { createContentSlice } from './content';
import { createFileSlice } from './file';
import { createWorkshopSlice } from '../workshop/workshop';
import type { AppState, Slice } from './types';
import type { UiSlice } from './ui-state';
import type { Language } from '../../../core/model/schema/text';
import { applyPreferences, readPreferences } from '../lib/preferences';

let seq = 0;

const createUiSlice =
  (platform: PlatformApi, edition: Edition): Slice<UiSlice> =>
  (set, get) => ({
    platform,
    edition,
    view: 'start',
    sectionId: null,
    language: i18next.language as Language,
    notice: null,
    focusRequest: null,
    announcement: null,
    dialog: null,
    preferences: readPreferences(),
    setPreferences(patch) {
      const preferences = { ...get().preferences, ...patch };
      applyPreferences(preferences);
      set({ preferences });
    },
    go: (view, sectionId) => set((s) => ({ view, sectionId: sectionId === undefined ? s.sectionId : sectionId })),
    goToItem(itemId) {
      const section = get().content?.questionnaire.sections.find((s) => s.items.some((i) => i.id === itemId));
      if (!section) return;
      set({ view: 'questionnaire', sectionId: section.id, focusRequest: { itemId, seq: ++seq } });
    },
    clearFocusRequest: () => set({ focusRequest: null }),
    announce: (text) => set({ announcement: { text, seq: ++seq } }),
    openDialog: (dialog) => set({ dialog }),
    closeDialog: (dialog) => set((s) => (s.dialog === dialog ? { dialog: null } : {})),
    setNotice: (notice) => set({ notice }),
    guideFrom: null,
    guideSection: null,
    openGuide: (section) =>
      set((s) => ({
        view: 'guide',
        guideFrom: s.view === 'guide' ? s.guideFrom : s.view,
        guideSection: section ? { id: section, seq: ++seq } : null,
      })),
    closeGuide: () => set((s) => ({ view: s.guideFrom ?? 'start', guideFrom: null, guideSection: null })),
    languageQuestion: null,
    async chooseLanguage(language, { askAssessment = false } = {}) {
      // A choice overtaken by a later one (its catalog still loading) changes nothing.
      if (!(await setLanguage(language))) return;
      const assessment = get().assessment;
      set({ language, languageQuestion: askAssessment && assessment && assessment.meta.language !== language ? language : null });
    },
    answerLanguageQuestion(change) {
      const language = get().languageQuestion;
      set({ languageQuestion: null });
      const assessment = get().assessment;
      if (change && language && assessment) get().replaceAssessment({ ...assessment, meta: { ...assessment.meta, language } });
    },
  });

export function createAppStore(platform: PlatformApi, edition: Edition): StoreApi<AppState> {
  return createStore<AppState>()((...a) => ({
    ...createUiSlice(platform, edition)(...a),
    ...createContentSlice(...a),
    ...createAssessmentSlice(...a),
    ...createFileSlice(...a),
    ...createWorkshopSlice(...a),
  }));
}

export const StoreContext = createContext<StoreApi<AppState> | null>(null);

/** Reads a slice of the app state; components select narrowly so one answer re-renders one item. */
export function useApp<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useApp needs the StoreContext provider');
  return useStore(store, selector);
}

export function useAppStore(): StoreApi<AppState> {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs the StoreContext provider');
  return store;
}
