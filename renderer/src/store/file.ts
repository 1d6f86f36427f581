import { parseAssessment, serializeAssessment, suggestedFileName } from '../../../core/model/assessment-file';
import { createCipherSession, decryptText, isEncryptedEnvelope, passphraseProblem, type CipherSession } from '../../../core/model/crypto';
import type { HistoryInfo } from '../../../core/model/history';
import i18next from '../i18n';
import { errorText, messageText } from '../lib/problems';
import { formatters } from '../lib/format';
import type { AppState, FileSlice, Slice } from './types';

/** What the version history keeps beside an autosave: no readable summary of a protected assessment. */
export function historyInfo(state: Pick<AppState, 'assessment' | 'cipher' | 'editSession'>): HistoryInfo | undefined {
  const a = state.assessment;
  if (!a) return undefined;
  const summary = state.cipher ? null : { institution: a.meta.institution.slice(0, 300), country: a.meta.country.slice(0, 120), answers: Object.keys(a.answers).length };
  return { assessmentId: a.id, session: state.editSession, summary };
}

export const createFileSlice: Slice<FileSlice> = (set, get) => {
  /** Writes the autosave slot now, sealed as the protection currently asks; a failure shows as the autosave's error. */
  const rewriteAutosave = async () => {
    const assessment = get().assessment;
    if (!assessment) return;
    try {
      await get().platform.autosave(await get().sealed(assessment), historyInfo(get()));
    } catch (error) {
      set({ autosaveError: errorText(error) });
    }
  };

  /** Encrypts the open assessment's plain states in the version history. */
  const resealHistory = async (cipher: CipherSession) => {
    const { assessment, platform } = get();
    if (!assessment) return;
    for (const entry of await platform.listHistory()) {
      if (entry.encrypted || entry.assessmentId !== assessment.id) continue;
      const record = await platform.loadHistory(entry.id);
      if (record) await platform.resealHistory({ id: entry.id, text: await cipher.encrypt(record.text) });
    }
  };

  /** Clears the slot once its text is safely the newest state of the history (an autosave from before the history is recorded first). */
  const clearRecovery = async () => {
    const { platform, recoverable } = get();
    try {
      if (recoverable) {
        const [newest] = await platform.listHistory();
        const kept = newest ? (await platform.loadHistory(newest.id))?.text === recoverable.text : false;
        if (!kept) await platform.autosave(recoverable.text);
      }
      await platform.clearAutosave();
      set({ recoverable: null });
    } catch (error) {
      // The recoverable work stays offered; the autosave line says why it could not be cleared.
      set({ autosaveError: errorText(error) });
    }
  };

  /** Saves the autosaved copy as it is (encrypted or not) to a file the user chooses; true when saved. */
  const saveRecoverable = async (): Promise<boolean> => {
    const record = get().recoverable;
    if (!record) return false;
    const parsed = isEncryptedEnvelope(record.text) ? null : parseAssessment(record.text);
    try {
      const saved = await get().platform.saveFile({ kind: 'assessment', data: record.text, suggestedName: parsed?.ok ? suggestedFileName(parsed.value) : i18next.t('history.fileName') });
      return saved !== null;
    } catch (error) {
      get().setNotice({ tone: 'error', text: i18next.t('notice.saveFailed', { reason: errorText(error) }) });
      return false;
    }
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
      if (!result.ok) return result.problems[0] ? messageText(result.problems[0]) : result.reason;
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
      if (problem) return messageText(problem);
      const cipher = await createCipherSession(passphrase, globalThis.crypto);
      set({ cipher, saveStatus: 'unsaved' });
      // Replace the plain autosave at once: nothing unencrypted may stay behind once protection is on,
      // in the slot or in this assessment's earlier states in the version history.
      await rewriteAutosave();
      await resealHistory(cipher);
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
        const saved = await platform.saveFile({
          kind: 'assessment',
          data: await get().sealed(assessment),
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

    open() {
      return get().confirmReplace('open', async () => {
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
      });
    },

    async checkRecovery() {
      try {
        const record = await get().platform.loadAutosave();
        set({ recoverable: record, autosaveError: null });
      } catch (error) {
        set({ autosaveError: errorText(error) });
      }
    },

    recover() {
      return get().confirmReplace('recover', async () => {
        await get().whenBundlesLoaded();
        const record = get().recoverable;
        if (record && isEncryptedEnvelope(record.text)) {
          set({ locked: { text: record.text, name: i18next.t('notice.autosavedFile'), file: null, from: 'autosave' } });
          return;
        }
        if (record && get().adoptAssessmentText(record.text, i18next.t('notice.autosavedFile'), null)) set({ recoverable: null, autosavedAt: record.savedAt, autosavePending: false }); // what is shown is what the slot holds
      });
    },

    async discardRecovery() {
      if (!get().recoverable) return;
      set({ consent: { reason: 'discard-recovery', proceed: clearRecovery } });
    },

    consent: null,

    async confirmReplace(reason, proceed) {
      const { assessment, saveStatus } = get();
      // Nothing to lose: no work in hand, or all of it is in a file.
      if (!assessment || saveStatus === 'saved') return proceed();
      set({ consent: { reason, proceed } });
    },

    async answerConsent(choice) {
      const request = get().consent;
      set({ consent: null });
      if (!request || choice === 'cancel') return;
      if (choice === 'save') {
        if (request.reason === 'discard-recovery') {
          if (!(await saveRecoverable())) return;
        } else {
          await get().save();
          // Cancelled or failed: nothing is replaced.
          if (get().saveStatus !== 'saved') return;
        }
      } else {
        // Discarded work stays restorable: its last state goes to the version history first.
        await get().flushAutosave();
      }
      await request.proceed();
    },

    flushAutosave: async () => undefined,

    history: null,

    async listHistory() {
      try {
        set({ history: await get().platform.listHistory() });
      } catch (error) {
        set({ history: [], notice: { tone: 'error', text: errorText(error) } });
      }
    },

    restoreHistory(id) {
      return get().confirmReplace('restore', async () => {
        const { platform } = get();
        try {
          const record = await platform.loadHistory(id);
          await get().whenBundlesLoaded();
          if (!record) {
            get().setNotice({ tone: 'error', text: i18next.t('history.gone') });
            return;
          }
          const name = i18next.t('history.stateName', { time: formatters(i18next.language).dateTime(record.savedAt) });
          if (isEncryptedEnvelope(record.text)) set({ locked: { text: record.text, name, file: null, from: 'history' } });
          else if (get().adoptAssessmentText(record.text, name, null)) get().setNotice({ tone: 'info', text: i18next.t('history.restored', { name }) });
          get().closeDialog('history');
        } catch (error) {
          get().setNotice({ tone: 'error', text: errorText(error) });
        }
      });
    },
  };
};
