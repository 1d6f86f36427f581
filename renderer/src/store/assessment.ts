import { newAssessment } from '../../../core/model/assessment-file';
import { parseAssessmentOnce } from './parse-once';
import type { Assessment } from '../../../core/model/schema/assessment';
import { oneLine } from '../../../core/model/schema/parse';
import { compareVersions } from '../../../core/model/questionnaire';
import i18next from '../i18n';
import { messageText, problemNotice, titlesFrom } from '../lib/problems';
import { confirmAnswer, migrateAnswers, migrationMessages } from '../../../core/model/answer-migration';
import type { Notice } from './ui-state';
import type { AssessmentSlice, Slice } from './types';

const HISTORY_LIMIT = 200;
/** Edits to the same answer closer together than this become one undo step. */
const COALESCE_MS = 1200;

let lastEdit: { itemId: string; at: number } | null = null;

function newId(): string {
  return crypto.randomUUID();
}

export const createAssessmentSlice: Slice<AssessmentSlice> = (set, get) => {
  /** Applies a change as one undoable step and marks the file unsaved. */
  const commit = (change: (a: Assessment) => Assessment, coalesceKey?: string) => {
    const current = get().assessment;
    if (!current) return;
    const now = Date.now();
    const merge = coalesceKey !== undefined && lastEdit?.itemId === coalesceKey && now - lastEdit.at < COALESCE_MS;
    lastEdit = coalesceKey !== undefined ? { itemId: coalesceKey, at: now } : null;
    const next = { ...change(current), updatedAt: new Date(now).toISOString() };
    set({
      assessment: next,
      past: merge ? get().past : [...get().past, current].slice(-HISTORY_LIMIT),
      future: [],
      saveStatus: 'unsaved',
    });
  };

  return {
    assessment: null,
    content: null,
    past: [],
    future: [],

    editSession: newId(),

    startAssessment({ contentKey, modules, meta, answers = {} }) {
      const bundle = get().bundles.find((b) => b.key === contentKey);
      if (!bundle) return;
      const { questionnaire } = bundle.content;
      const begin = async () => {
        const now = new Date().toISOString();
        set({
          editSession: newId(),
          cipher: null,
          content: bundle.content,
          assessment: newAssessment(questionnaire, { id: newId(), now, meta, modules, answers }),
          past: [],
          future: [],
          file: null,
          saveStatus: 'unsaved',
          view: 'questionnaire',
          sectionId: questionnaire.sections[0]?.id ?? null,
          notice: null,
        });
        // The language chosen for the assessment and its report becomes the interface's.
        void get().chooseLanguage(meta.language);
      };
      void get().confirmReplace('begin', begin);
    },

    setAnswer(itemId, answer, coalesce = false) {
      commit(
        (a) => {
          const answers = { ...a.answers };
          if (answer) answers[itemId] = answer;
          else delete answers[itemId];
          // Answering an item carried over from a split one is the user's confirmation.
          return confirmAnswer({ ...a, answers }, itemId);
        },
        coalesce ? itemId : undefined,
      );
    },

    patchAnswer(itemId, patch, coalesce = false) {
      // Read when the change is made: the view that asks for it may have been drawn before the last answer.
      const current = get().assessment?.answers[itemId];
      if (current && current.kind !== 'profile') get().setAnswer(itemId, { ...current, ...patch }, coalesce);
    },

    setTarget(pillar, stage) {
      commit((a) => ({ ...a, targets: { ...a.targets, [pillar]: stage } }));
    },

    replaceAssessment(next) {
      if (next !== get().assessment) commit(() => next);
    },

    updateAssessment(change) {
      const current = get().assessment;
      if (!current) return;
      // A change that leaves the assessment as it was (a refused edit) is no undo step.
      const next = change(current);
      if (next !== current) commit(() => next);
    },

    undo() {
      const { past, assessment, future } = get();
      const previous = past.at(-1);
      if (!previous || !assessment) return;
      lastEdit = null;
      set({ assessment: previous, past: past.slice(0, -1), future: [assessment, ...future], saveStatus: 'unsaved' });
    },

    redo() {
      const { past, assessment, future } = get();
      const [next, ...rest] = future;
      if (!next || !assessment) return;
      lastEdit = null;
      set({ assessment: next, past: [...past, assessment], future: rest, saveStatus: 'unsaved' });
    },

    adoptAssessmentText(text, fileName, file) {
      const parsed = parseAssessmentOnce(text);
      if (!parsed.ok) {
        get().setNotice(problemNotice(fileName, 'assessment', parsed.problems, titlesFrom(get().bundles.map((b) => b.content.questionnaire))));
        return false;
      }
      const { id, version } = parsed.value.questionnaire;
      const bundle = get().bundles.find((b) => b.content.questionnaire.id === id);
      if (!bundle) {
        get().setNotice({ tone: 'error', text: i18next.t('notice.otherQuestionnaire', { file: fileName, id }) });
        return false;
      }
      const current = bundle.content.questionnaire.version;
      // Answers made with a newer version could be misread or dropped: refused, naming both versions.
      if (compareVersions(version, current) > 0) {
        get().setNotice({ tone: 'error', text: i18next.t('notice.newerVersion', { file: fileName, version: oneLine(version, 40), current }) });
        return false;
      }
      // Answers made with an earlier major version are carried over; the notice lists what changed.
      const { assessment, migration } = migrateAnswers(parsed.value, bundle.content.questionnaire);
      const changed: Notice | null = migration
        ? { tone: 'info', text: i18next.t('notice.migrated', { file: fileName }), lines: migrationMessages(migration, bundle.content.questionnaire, i18next.language).map((m) => messageText(m)) }
        : null;
      const versionNote = version === current ? null : i18next.t('notice.otherVersion', { file: fileName, version: oneLine(version, 40), current });
      set({
        editSession: newId(),
        content: bundle.content,
        assessment,
        past: [],
        future: [],
        file,
        // A file read as plain text is not protected; unlock() sets the cipher after adopting an encrypted one.
        cipher: null,
        saveStatus: file ? 'saved' : 'unsaved',
        view: 'questionnaire',
        sectionId: bundle.content.questionnaire.sections[0]?.id ?? null,
        // A migrated file is unsaved: saving writes the answers in the version they now follow.
        ...(migration ? { saveStatus: 'unsaved' as const } : {}),
        notice: changed ?? (versionNote ? { tone: 'info', text: versionNote } : null),
      });
      void get().chooseLanguage(parsed.value.meta.language);
      return true;
    },

    closeAssessment() {
      set({ assessment: null, content: null, past: [], future: [], file: null, cipher: null, view: 'start', sectionId: null });
    },
  };
};
