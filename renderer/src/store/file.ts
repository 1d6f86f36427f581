import { serializeAssessment, suggestedFileName } from '../../../core/assessment-file';
import i18next from '../i18n';
import type { FileSlice, Slice } from './types';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const createFileSlice: Slice<FileSlice> = (set, get) => ({
  file: null,
  saveStatus: 'unsaved',
  autosavedAt: null,
  autosavePending: false,
  autosaveError: null,
  recoverable: null,

  async save(saveAs = false) {
    const { assessment, file, platform } = get();
    if (!assessment) return;
    set({ saveStatus: 'saving' });
    try {
      const saved = await platform.saveAssessment({
        text: serializeAssessment(assessment),
        suggestedName: file?.name ?? suggestedFileName(assessment),
        path: saveAs ? undefined : file?.path,
      });
      // A later edit while the dialog was open keeps the file unsaved.
      const unchanged = get().assessment === assessment;
      if (saved) set({ file: saved, saveStatus: unchanged ? 'saved' : 'unsaved' });
      else set({ saveStatus: 'unsaved' });
    } catch (error) {
      set({ saveStatus: 'error', notice: { tone: 'error', text: i18next.t('notice.saveFailed', { reason: errorText(error) }) } });
    }
  },

  async open() {
    const { platform } = get();
    try {
      const opened = await platform.openAssessment();
      await get().whenBundlesLoaded();
      if (opened) get().adoptAssessmentText(opened.text, opened.name, { name: opened.name, path: opened.path });
    } catch (error) {
      get().setNotice({ tone: 'error', text: errorText(error) });
    }
  },

  async checkRecovery() {
    try {
      const record = await get().platform.loadAutosave();
      set({ recoverable: record, autosaveError: null });
    } catch (error) {
      set({ autosaveError: errorText(error) });
    }
  },

  async recover() {
    await get().whenBundlesLoaded();
    const record = get().recoverable;
    if (record && get().adoptAssessmentText(record.text, i18next.t('notice.autosavedFile'), null)) set({ recoverable: null, autosavedAt: record.savedAt, autosavePending: false }); // what is shown is what the slot holds
  },

  async discardRecovery() {
    await get().platform.clearAutosave();
    set({ recoverable: null });
  },
});
