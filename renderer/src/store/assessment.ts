import { newAssessment, parseAssessment } from '../../../core/model/assessment-file';
import type { Assessment } from '../../../core/model/schema/assessment';
import { describeProblems } from '../../../core/model/schema/parse';
import i18next from '../i18n';
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

    startAssessment({ contentKey, modules, meta, answers = {} }) {
      const bundle = get().bundles.find((b) => b.key === contentKey);
      if (!bundle) return;
      const now = new Date().toISOString();
      const { questionnaire } = bundle.content;
      set({
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
    },

    setAnswer(itemId, answer, coalesce = false) {
      commit((a) => {
        const answers = { ...a.answers };
        if (answer) answers[itemId] = answer;
        else delete answers[itemId];
        return { ...a, answers };
      }, coalesce ? itemId : undefined);
    },

    setTarget(pillar, stage) {
      commit((a) => ({ ...a, targets: { ...a.targets, [pillar]: stage } }));
    },

    replaceAssessment(next) {
      if (next !== get().assessment) commit(() => next);
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
      const parsed = parseAssessment(text);
      if (!parsed.ok) {
        get().setNotice({ tone: 'error', text: describeProblems(fileName, parsed.problems) });
        return false;
      }
      const { id, version } = parsed.value.questionnaire;
      const bundle = get().bundles.find((b) => b.content.questionnaire.id === id);
      if (!bundle) {
        get().setNotice({ tone: 'error', text: i18next.t('notice.otherQuestionnaire', { file: fileName, id }) });
        return false;
      }
      const versionNote =
        bundle.content.questionnaire.version === version ? null : i18next.t('notice.otherVersion', { file: fileName, version, current: bundle.content.questionnaire.version });
      set({
        content: bundle.content,
        assessment: parsed.value,
        past: [],
        future: [],
        file,
        // A file read as plain text is not protected; unlock() sets the cipher after adopting an encrypted one.
        cipher: null,
        saveStatus: file ? 'saved' : 'unsaved',
        view: 'questionnaire',
        sectionId: bundle.content.questionnaire.sections[0]?.id ?? null,
        notice: versionNote ? { tone: 'info', text: versionNote } : null,
      });
      return true;
    },

    closeAssessment() {
      set({ assessment: null, content: null, past: [], future: [], file: null, cipher: null, view: 'start', sectionId: null });
    },
  };
};
