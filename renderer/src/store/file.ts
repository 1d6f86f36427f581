import { serializeAssessment, suggestedFileName } from '../../../core/model/assessment-file';
import { createCipherSession, decryptText, isEncryptedEnvelope, passphraseProblem } from '../../../core/model/crypto';
import i18next from '../i18n';
import type { FileSlice, Slice } from './types';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const createFileSlice: Slice<FileSlice> = (set, get) => {
  /** Writes the autosave slot now, sealed as the protection currently asks. */
  const rewriteAutosave = async () => {
    const assessment = get().assessment;
    if (assessment) await get().platform.autosave(await get().sealed(assessment));
  };

  return {
  file: null,
  saveStatus: 'unsaved',
  autosavedAt: null,
  autosavePending: false,
  autosaveError: null,
  recoverable: null,
  cipher: null,
  locked: null,

  async sealed(assessment) {
    const text = serializeAssessment(assessment);
    const cipher = get().cipher;
    return cipher ? cipher.encrypt(text) : text;
  },

  async unlock(passphrase) {
    const locked = get().locked;
    if (!locked) return null;
    const result = await decryptText(locked.text, passphrase, globalThis.crypto);
    if (!result.ok) return result.problems[0]?.message ?? result.reason;
    await get().whenBundlesLoaded();
    if (!get().adoptAssessmentText(result.value, locked.name, locked.file)) {
      set({ locked: null });
      return null;
    }
    set({ cipher: result.session, locked: null, ...(locked.from === 'autosave' ? { recoverable: null, autosavePending: false } : {}) });
    return null;
  },

  cancelUnlock() {
    set({ locked: null });
  },

  async protect(passphrase) {
    const problem = passphraseProblem(passphrase);
    if (problem) return problem;
    set({ cipher: await createCipherSession(passphrase, globalThis.crypto), saveStatus: 'unsaved' });
    // Replace the plain autosave at once: nothing unencrypted may stay behind once protection is on.
    await rewriteAutosave();
    return null;
  },

  async unprotect() {
    set({ cipher: null, saveStatus: 'unsaved' });
    await rewriteAutosave();
  },

  async save(saveAs = false) {
    const { assessment, file, platform } = get();
    if (!assessment) return;
    set({ saveStatus: 'saving' });
    try {
      const saved = await platform.saveAssessment({
        text: await get().sealed(assessment),
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
      if (!opened) return;
      const file = { name: opened.name, path: opened.path };
      if (isEncryptedEnvelope(opened.text)) set({ locked: { text: opened.text, name: opened.name, file, from: 'file' } });
      else get().adoptAssessmentText(opened.text, opened.name, file);
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
    if (record && isEncryptedEnvelope(record.text)) {
      set({ locked: { text: record.text, name: i18next.t('notice.autosavedFile'), file: null, from: 'autosave' } });
      return;
    }
    if (record && get().adoptAssessmentText(record.text, i18next.t('notice.autosavedFile'), null)) set({ recoverable: null, autosavedAt: record.savedAt, autosavePending: false }); // what is shown is what the slot holds
  },

  async discardRecovery() {
    await get().platform.clearAutosave();
    set({ recoverable: null });
  },
};
};
