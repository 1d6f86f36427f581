import { parseAssessment, serializeAssessment, suggestedFileName } from '../../../core/model/assessment-file';
import { decryptText, isEncryptedEnvelope } from '../../../core/model/crypto';
import { answersToCsv } from '../../../core/workshop/csv';
import { clearResolution, importResponses, removeRespondent, resolveConflict } from '../../../core/workshop/merge';
import type { SavedFile } from '../../../core/platform';
import { paperAnswers, paperItems } from '../../../core/workshop/paper-entry';
import { isResponseDocument, parseResponse, responseFromAssessment, responseOf, serializeResponse, suggestedResponseFileName, suggestRespondentId } from '../../../core/workshop/response-file';
import type { Assessment, Respondent } from '../../../core/model/schema/assessment';
import type { ResponseFile } from '../../../core/model/schema/response';
import { IdSchema } from '../../../core/model/schema/text';
import i18next from '../i18n';
import { errorText, problemNotice, titlesFrom } from '../lib/problems';
import type { AppState, Notice, Slice } from '../store/types';
import type { RespondentInput, ReadFile, WorkshopImport, FileOutcome, WorkshopSlice } from './workshop-state';

/*
 * The workshop: respondents, response files in and out, the facilitator's
 * decisions, a baseline to compare with, exports and the presentation.
 * Everything that changes the assessment is one undoable step; everything
 * else here (the last import report, the baseline) lives in this session only
 * and never in the assessment file.
 */

/** The file dialog purpose used to pick a baseline assessment. */
export const BASELINE_PICK_PURPOSE = 'baseline' as const;

const now = () => new Date().toISOString();
const looksLikeResponse = (text: string) => {
  try {
    return isResponseDocument(JSON.parse(text));
  } catch {
    return false;
  }
};
const byId = (a: Respondent, b: Respondent) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Why a respondent cannot be added or changed as typed (a translated sentence), or null. */
export function respondentProblem(input: RespondentInput, respondents: readonly Respondent[], editing: string | null = null, responses: Readonly<Record<string, unknown>> = {}): string | null {
  const t = i18next.t.bind(i18next);
  if (input.name.trim() === '') return t('workshop.respondents.problemName');
  if (input.name.trim().length > 200 || input.role.trim().length > 200 || input.agency.trim().length > 300) return t('workshop.respondents.problemLong');
  if (!IdSchema.safeParse(input.id).success || input.id.length > 80) return t('workshop.respondents.problemId');
  if (respondents.some((r) => r.id === input.id && r.id !== editing)) return t('workshop.respondents.problemTaken', { id: input.id });
  if (editing !== null && input.id !== editing && editing in responses) return t('workshop.respondents.problemIdFixed');
  return null;
}

/** A free id for a name and agency: the suggested one, with "-2", "-3"… when taken. */
export function freeRespondentId(name: string, agency: string, respondents: readonly Respondent[], except: string | null = null): string {
  const taken = new Set(respondents.map((r) => r.id).filter((id) => id !== except));
  const base = suggestRespondentId(name.trim(), agency.trim());
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The response file one respondent exports: their imported answers, else (no import yet) the answers on this computer. */
export function responseFor(assessment: Assessment, respondentId: string, exportedAt: string): ResponseFile | null {
  const r = assessment.respondents.find((x) => x.id === respondentId);
  if (!r) return null;
  const who = { id: r.id, name: r.name, agency: r.agency, role: r.role };
  const held = assessment.responses[r.id];
  if (held) return responseOf(assessment.questionnaire, who, held, r.exportedAt ?? exportedAt, assessment.id);
  if (Object.keys(assessment.responses).length > 0) return null;
  return responseFromAssessment(assessment, who, exportedAt);
}

export const createWorkshopSlice: Slice<WorkshopSlice> = (set, get) => {
  const commit = (next: Assessment) => get().replaceAssessment(next);

  const save = async (state: AppState, kind: 'response' | 'csv' | 'json', text: string, suggestedName: string): Promise<FileOutcome> => {
    try {
      const saved: SavedFile | null = await state.platform.saveFile({ kind, data: text, suggestedName });
      return saved ? { kind: 'saved', name: saved.name } : { kind: 'cancelled' };
    } catch (error) {
      return { kind: 'failed', reason: errorText(error) };
    }
  };

  const adoptBaseline = (text: string, name: string, forAssessment: string): Notice | null => {
    const t = i18next.t.bind(i18next);
    const q = get().content?.questionnaire;
    if (!q) return null;
    const parsed = parseAssessment(text);
    if (!parsed.ok) return looksLikeResponse(text) ? { tone: 'error', text: t('workshop.baseline.isResponse', { file: name }) } : problemNotice(name, 'assessment', parsed.problems, titlesFrom([q]));
    if (parsed.value.questionnaire.id !== q.id) return { tone: 'error', text: t('workshop.baseline.otherQuestionnaire', { file: name, id: parsed.value.questionnaire.id }) };
    set({ baseline: { forAssessment, fileName: name, assessment: parsed.value }, baselineLocked: null });
    return null;
  };

  return {
    workshopTab: 'respondents',
    mergeFilter: 'conflict',
    lastImport: null,
    baseline: null,
    baselineLocked: null,
    presentFrom: null,
    paperDraft: null,

    setWorkshopTab: (workshopTab) => set({ workshopTab }),
    setMergeFilter: (mergeFilter) => set({ mergeFilter }),

    addRespondent(input) {
      const a = get().assessment;
      if (!a) return null;
      const clean = { id: input.id.trim(), name: input.name.trim(), agency: input.agency.trim(), role: input.role.trim() };
      const problem = respondentProblem(clean, a.respondents);
      if (problem) return problem;
      commit({ ...a, respondents: [...a.respondents, clean].sort(byId), updatedAt: now() });
      return null;
    },

    updateRespondent(id, input) {
      const a = get().assessment;
      if (!a) return null;
      const clean = { id: input.id.trim(), name: input.name.trim(), agency: input.agency.trim(), role: input.role.trim() };
      const problem = respondentProblem(clean, a.respondents, id, a.responses);
      if (problem) return problem;
      const respondents = a.respondents.map((r) => (r.id === id ? { ...r, ...clean } : r)).sort(byId);
      commit({ ...a, respondents, updatedAt: now() });
      return null;
    },

    deleteRespondent(id) {
      const { assessment: a, content } = get();
      if (!a || !content) return;
      if (!(id in a.responses)) {
        commit({ ...a, respondents: a.respondents.filter((r) => r.id !== id), updatedAt: now() });
        return;
      }
      commit(removeRespondent(content.questionnaire, a, id, now()));
    },

    async exportResponse(id) {
      const state = get();
      const a = state.assessment;
      if (!a) return { kind: 'cancelled' };
      const file = responseFor(a, id, now());
      if (!file) return { kind: 'failed', reason: i18next.t('workshop.respondents.exportNothingHeld') };
      if (Object.keys(file.answers).length === 0) return { kind: 'failed', reason: i18next.t('workshop.respondents.exportEmpty') };
      return save(state, 'response', serializeResponse(file), suggestedResponseFileName(file));
    },

    async importResponseFiles() {
      let picked;
      try {
        picked = await get().platform.pickFiles({ purpose: 'responses', multiple: true });
      } catch (error) {
        get().setNotice({ tone: 'error', text: errorText(error) });
        return null;
      }
      const { assessment: a, content } = get();
      if (picked.length === 0 || !a || !content) return null;
      const unreadable: WorkshopImport['unreadable'] = [];
      const read: ReadFile[] = [];
      const files: ResponseFile[] = [];
      for (const f of picked) {
        const parsed = parseResponse(f.text);
        if (!parsed.ok) {
          unreadable.push({ file: f.name, problems: parsed.problems });
          continue;
        }
        const r = parsed.value;
        files.push(r);
        read.push({
          file: f.name,
          respondent: { id: r.respondent.id, name: r.respondent.name, agency: r.respondent.agency },
          questionnaire: r.questionnaire,
          assessmentId: r.assessmentId ?? null,
          exportedAt: r.exportedAt,
        });
      }
      const { assessment: next, report } = importResponses(content.questionnaire, a, files, { now: now() });
      // Files imported before exactly as they are change nothing: no undo step, nothing to save.
      const changed = report.imported.length > 0 || report.keptExistingAs !== null || JSON.stringify(next.answers) !== JSON.stringify(a.answers);
      if (changed) commit(next);
      const outcome: WorkshopImport = {
        files: picked.map((f) => f.name),
        unreadable,
        read,
        report,
        questionnaire: { ...a.questionnaire },
        assessmentId: a.id,
        changed,
        waiting: Object.fromEntries(report.conflicts.map((c) => [c.file, files[c.file]!])),
      };
      set({ lastImport: outcome });
      return outcome;
    },

    dismissImport: () => set({ lastImport: null }),

    decideIdentity(fileIndex, decision) {
      const { assessment: a, content, lastImport } = get();
      const file = lastImport?.waiting[fileIndex];
      if (!a || !content || !lastImport || !file) return;
      const { assessment: next, report } = importResponses(content.questionnaire, a, [file], { now: now(), identity: { 0: decision } });
      if (report.imported.length > 0) commit(next);
      // The decided file's outcome joins the report, under its own index.
      const own = <T extends { file: number }>(list: readonly T[]) => list.map((x) => ({ ...x, file: fileIndex }));
      const waiting = { ...lastImport.waiting };
      delete waiting[fileIndex];
      const r = lastImport.report;
      set({
        lastImport: {
          ...lastImport,
          changed: lastImport.changed || report.imported.length > 0,
          waiting,
          report: {
            ...r,
            imported: [...r.imported, ...report.imported].sort(),
            replaced: [...r.replaced, ...report.replaced].sort(),
            unchanged: [...r.unchanged, ...report.unchanged],
            refused: [...r.refused, ...own(report.refused)],
            conflicts: r.conflicts.filter((c) => c.file !== fileIndex),
            dropped: [...r.dropped, ...own(report.dropped)],
            notices: [...r.notices.filter((n) => n.file !== fileIndex), ...own(report.notices)],
          },
        },
      });
    },

    resolveItem(itemId, answer, note) {
      const { assessment: a, content } = get();
      if (!a || !content) return;
      try {
        commit(resolveConflict(content.questionnaire, a, { itemId, answer, note: note.trim(), decidedAt: now() }));
      } catch (error) {
        get().setNotice({ tone: 'error', text: errorText(error) });
      }
    },

    clearItemResolution(itemId) {
      const { assessment: a, content } = get();
      if (!a || !content) return;
      commit(clearResolution(content.questionnaire, a, itemId, now()));
    },

    async loadBaseline() {
      const a = get().assessment;
      if (!a) return null;
      let picked;
      try {
        picked = await get().platform.pickFiles({ purpose: BASELINE_PICK_PURPOSE, multiple: false });
      } catch (error) {
        return { tone: 'error', text: errorText(error) };
      }
      const file = picked[0];
      if (!file) return null;
      if (isEncryptedEnvelope(file.text)) {
        set({ baselineLocked: { text: file.text, name: file.name, forAssessment: a.id } });
        return null;
      }
      return adoptBaseline(file.text, file.name, a.id);
    },

    async unlockBaseline(passphrase) {
      const locked = get().baselineLocked;
      if (!locked) return null;
      const result = await decryptText(locked.text, passphrase, globalThis.crypto);
      if (!result.ok) return result.reason === 'wrong-passphrase-or-altered' ? { tone: 'error', text: i18next.t('workshop.baseline.wrongPassphrase') } : problemNotice(locked.name, 'assessment', result.problems);
      const problem = adoptBaseline(result.value, locked.name, locked.forAssessment);
      if (problem) set({ baselineLocked: null });
      return problem;
    },

    cancelBaselineUnlock: () => set({ baselineLocked: null }),
    clearBaseline: () => set({ baseline: null, baselineLocked: null }),

    async exportCsv() {
      const state = get();
      const a = state.assessment;
      if (!a) return { kind: 'cancelled' };
      return save(state, 'csv', answersToCsv(a), suggestedFileName(a, '-answers.csv'));
    },

    async exportJson() {
      const state = get();
      const a = state.assessment;
      if (!a) return { kind: 'cancelled' };
      return save(state, 'json', serializeAssessment(a), suggestedFileName(a));
    },

    setPaperDraft: (paperDraft) => set({ paperDraft }),

    async savePaperResponse() {
      const state = get();
      const { assessment: a, content, paperDraft: draft } = state;
      if (!a || !content || !draft) return { kind: 'cancelled' };
      const { answers, summary } = paperAnswers(paperItems(content.questionnaire, draft.sections), draft.lines);
      if (summary.problems.length > 0) return { kind: 'failed', reason: i18next.t('paper.entry.fixFirst', { count: summary.problems.length }) };
      if (Object.keys(answers).length === 0) return { kind: 'failed', reason: i18next.t('paper.entry.nothingTyped') };
      const file = responseOf(a.questionnaire, draft.respondent, answers, now(), a.id);
      return save(state, 'response', serializeResponse(file), suggestedResponseFileName(file));
    },

    startPresentation() {
      const { view, assessment } = get();
      if (!assessment || view === 'presentation') return;
      set({ presentFrom: view, view: 'presentation' });
    },

    endPresentation() {
      const from = get().presentFrom;
      set({ view: from && from !== 'presentation' ? from : 'results', presentFrom: null });
    },
  };
};
