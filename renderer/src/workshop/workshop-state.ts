import type { Answer, Assessment } from '../../../core/model/schema/assessment';
import type { IdentityDecision, ImportReport } from '../../../core/workshop/merge';
import type { Problem } from '../../../core/model/schema/parse';
import type { ResponseFile, ResponseRespondent } from '../../../core/model/schema/response';
import type { PaperLine } from '../../../core/workshop/paper-entry';
import type { Notice, View } from '../store/ui-state';

// The workshop slice's state and actions (the slice itself is in workshop.ts).

export type WorkshopTab = 'respondents' | 'merge' | 'disagreement' | 'baseline' | 'paper' | 'export';
export const WORKSHOP_TABS: readonly WorkshopTab[] = ['respondents', 'merge', 'disagreement', 'baseline', 'paper', 'export'];
export type MergeFilter = 'conflict' | 'agreed' | 'resolved' | 'all';

export interface RespondentInput {
  id: string;
  name: string;
  agency: string;
  role: string;
}

/** What one readable file said, for the import report (file names and respondents in plain words). */
export interface ReadFile {
  file: string;
  respondent: { id: string; name: string; agency: string };
  questionnaire: { id: string; version: string };
  assessmentId: string | null;
  exportedAt: string;
}

export interface WorkshopImport {
  /** The picked files' names, in order. */
  files: string[];
  /** Files that are not response files CapaMap can read, with the parser's problems. */
  unreadable: { file: string; problems: Problem[] }[];
  /** The readable files, in the order they were passed to importResponses (its report's `file` indexes point here). */
  read: ReadFile[];
  report: ImportReport;
  /** The assessment's questionnaire and id when the files were imported. */
  questionnaire: { id: string; version: string };
  assessmentId: string;
  /** The answers of the respondents listed in the report now count (false: nothing changed). */
  changed: boolean;
  /** Files waiting for the facilitator to say who they are from (report.conflicts), by their index in `read`. */
  waiting: Record<number, ResponseFile>;
}

export type FileOutcome = { kind: 'saved'; name: string } | { kind: 'cancelled' } | { kind: 'failed'; reason: string };

export interface Baseline {
  /** The assessment it was loaded for; another open assessment ignores it. */
  forAssessment: string;
  fileName: string;
  assessment: Assessment;
}

/** A respondent's paper answers being typed in (the data-entry screen), kept while the app runs. */
export interface PaperDraft {
  respondent: ResponseRespondent;
  /** The sections the respondent answered on paper: the screen's lines. */
  sections: string[];
  /** What was typed, by item id. */
  lines: Record<string, PaperLine>;
}

export interface WorkshopSlice {
  workshopTab: WorkshopTab;
  mergeFilter: MergeFilter;
  /** The report of the last import, shown until dismissed (this session only). */
  lastImport: WorkshopImport | null;
  /** The previous assessment to compare with (this session only; never written to the assessment file). */
  baseline: Baseline | null;
  /** A passphrase-protected baseline waiting for its passphrase. */
  baselineLocked: { text: string; name: string; forAssessment: string } | null;
  /** The view to return to when the presentation ends. */
  presentFrom: View | null;
  /** Paper answers being typed in; null until a respondent is chosen. */
  paperDraft: PaperDraft | null;
  setPaperDraft(draft: PaperDraft | null): void;
  /** Writes the typed paper answers as the respondent's response file. */
  savePaperResponse(): Promise<FileOutcome>;
  setWorkshopTab(tab: WorkshopTab): void;
  setMergeFilter(filter: MergeFilter): void;
  /** Adds a respondent to the open assessment; resolves to a problem sentence, or null. */
  addRespondent(input: RespondentInput): string | null;
  /** Changes a respondent's name, agency, role (and id while no answers are held for them). */
  updateRespondent(id: string, input: RespondentInput): string | null;
  /** Removes a respondent and their answers; the consensus is derived again. */
  deleteRespondent(id: string): void;
  /** Writes one respondent's response file (their imported answers, or this computer's answers). */
  exportResponse(id: string): Promise<FileOutcome>;
  /** Asks for response files and imports them; resolves when the report is in `lastImport` (null when cancelled). */
  importResponseFiles(): Promise<WorkshopImport | null>;
  dismissImport(): void;
  /** The facilitator's word on a file that reuses a respondent id: the same person, or someone else (a new id). */
  decideIdentity(file: number, decision: IdentityDecision): void;
  /** Records the facilitator's decision on an item (null: leave it unanswered on purpose). */
  resolveItem(itemId: string, answer: Answer | null, note: string): void;
  /** Withdraws the decision: the respondents' answers decide again. */
  clearItemResolution(itemId: string): void;
  /** Asks for the previous assessment file; resolves to the problem, or null (loaded, locked or cancelled). */
  loadBaseline(): Promise<Notice | null>;
  unlockBaseline(passphrase: string): Promise<Notice | null>;
  cancelBaselineUnlock(): void;
  clearBaseline(): void;
  exportCsv(): Promise<FileOutcome>;
  exportJson(): Promise<FileOutcome>;
  startPresentation(): void;
  endPresentation(): void;
}
