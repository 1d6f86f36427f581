import type { StateCreator } from 'zustand';
import type { Content } from '../../../core/model/content';
import type { PlatformApi } from '../../../core/platform';
import type { Answer, Answers, Assessment } from '../../../core/model/schema/assessment';
import type { Pillar } from '../../../core/model/schema/questionnaire';
import type { Language } from '../../../core/model/schema/text';
import type { Edition } from '../platform';
import type { Preferences } from '../lib/preferences';
import type { CipherSession } from '../../../core/model/crypto';
import type { HistoryEntry } from '../../../core/model/history';
import type { WorkshopSlice } from '../workshop/workshop';

export interface LoadedContent {
  key: string;
  origin: 'bundled' | 'imported';
  content: Content;
}

export interface ContentSlice {
  bundles: LoadedContent[];
  /** Questionnaires that could not be read, each as a notice (a plain line and its details). */
  contentProblems: Notice[];
  /** The questionnaires have been read (at start-up, once). */
  bundlesLoaded: boolean;
  /** Resolves when the current load of questionnaires is done. */
  whenBundlesLoaded(): Promise<void>;
  loadBundles(): Promise<void>;
  importQuestionnaire(): Promise<void>;
}

export interface NewAssessmentInput {
  contentKey: string;
  modules: string[];
  meta: Assessment['meta'];
  /** Answers known from the start form (institution type, working languages). */
  answers?: Answers;
}

export interface AssessmentSlice {
  assessment: Assessment | null;
  content: Content | null;
  past: Assessment[];
  future: Assessment[];
  startAssessment(input: NewAssessmentInput): void;
  /** Replaces the answer of one item; undefined clears it. coalesce merges rapid edits (typing) into one undo step. */
  setAnswer(itemId: string, answer: Answer | undefined, coalesce?: boolean): void;
  setTarget(pillar: Pillar, stage: number): void;
  /** Applies a whole new assessment (from a core operation such as a merge) as one undoable step. */
  replaceAssessment(next: Assessment): void;
  /** Applies a core operation to the current assessment as one undoable step; nothing happens when it returns the same object. */
  updateAssessment(change: (current: Assessment) => Assessment): void;
  undo(): void;
  redo(): void;
  /** Changes whenever a whole assessment is adopted or started: the version history coalesces states of one session only. */
  editSession: string;
  /** Adopts an assessment read from a file or an autosave; refuses it with a notice, keeping the current work, when it does not fit. */
  adoptAssessmentText(text: string, fileName: string, file: FileRef | null): boolean;
  closeAssessment(): void;
}

export interface FileRef {
  name: string;
  path?: string;
}

export interface LockedFile {
  text: string;
  name: string;
  file: FileRef | null;
  from: 'file' | 'autosave' | 'history';
}

/** What would replace the work in hand: the consent dialog names it. */
export type ReplaceReason = 'open' | 'begin' | 'recover' | 'restore' | 'discard-recovery';

/** A replacement waiting for the user's word: save first, discard, or cancel. */
export interface ConsentRequest {
  reason: ReplaceReason;
  proceed: () => Promise<void>;
}

export type SaveStatus = 'unsaved' | 'saving' | 'saved' | 'error';

export interface FileSlice {
  file: FileRef | null;
  saveStatus: SaveStatus;
  /** When the last autosave reached storage; null before the first. */
  autosavedAt: string | null;
  /** A change is waiting for the (debounced) autosave. */
  autosavePending: boolean;
  autosaveError: string | null;
  save(saveAs?: boolean): Promise<void>;
  open(): Promise<void>;
  recoverable: { text: string; savedAt: string } | null;
  /** Set while the assessment is protected by a passphrase: every save and autosave is encrypted with it. */
  cipher: CipherSession | null;
  /** An encrypted file or autosave waiting for its passphrase. */
  locked: LockedFile | null;
  /** Decrypts the locked file and adopts it; resolves to a problem sentence, or null when it worked. */
  unlock(passphrase: string): Promise<string | null>;
  cancelUnlock(): void;
  /** Protects the open assessment (or changes its passphrase); resolves to a problem sentence, or null. */
  protect(passphrase: string): Promise<string | null>;
  unprotect(): Promise<void>;
  /** The text to write for an assessment: encrypted while protected. */
  sealed(assessment: Assessment): Promise<string>;
  checkRecovery(): Promise<void>;
  recover(): Promise<void>;
  /** Clears the autosave slot; its states stay in the version history. */
  discardRecovery(): Promise<void>;
  /**
   * Runs `proceed` at once when nothing unsaved would be lost; otherwise asks
   * first (the consent dialog): save, discard, or cancel.
   */
  confirmReplace(reason: ReplaceReason, proceed: () => Promise<void>): Promise<void>;
  consent: ConsentRequest | null;
  answerConsent(choice: 'save' | 'discard' | 'cancel'): Promise<void>;
  /** Writes any pending autosave now (set by startAutosave). */
  flushAutosave(): Promise<void>;
  /** The version history, newest first; null until listed. */
  history: HistoryEntry[] | null;
  listHistory(): Promise<void>;
  /** Brings back one state of the history (asking first when unsaved work would be replaced). */
  restoreHistory(id: string): Promise<void>;
}

export type View = 'start' | 'questionnaire' | 'review' | 'results' | 'report' | 'roadmap' | 'workshop' | 'presentation';

export interface Notice {
  tone: 'error' | 'info';
  text: string;
  /** The technical part (where in the file), shown behind a "Details" disclosure. */
  details?: string[];
}

export type DialogName = 'shortcuts' | 'settings' | 'history';

export interface UiSlice {
  platform: PlatformApi;
  edition: Edition;
  view: View;
  sectionId: string | null;
  language: Language;
  notice: Notice | null;
  /** An item to scroll to and focus once its section is on screen (review jumps, J/K across sections). */
  focusRequest: { itemId: string; seq: number } | null;
  /** Text for the polite live region: what a keyboard shortcut just did. */
  announcement: { text: string; seq: number } | null;
  dialog: DialogName | null;
  preferences: Preferences;
  setPreferences(patch: Partial<Preferences>): void;
  go(view: View, sectionId?: string | null): void;
  /** Opens the questionnaire at the item's section and focuses the item. */
  goToItem(itemId: string): void;
  clearFocusRequest(): void;
  announce(text: string): void;
  openDialog(dialog: DialogName | null): void;
  /** Closes the dialog only if it is still the one open (a late close event of another must not close a newer one). */
  closeDialog(dialog: DialogName): void;
  setNotice(notice: Notice | null): void;
  /**
   * Switches the interface language at run time. When the user does it while
   * an assessment in another language is open, `askAssessment` keeps a
   * question on screen: change the assessment's (and its report's) language too?
   */
  chooseLanguage(language: Language, options?: { askAssessment?: boolean }): Promise<void>;
  /** The language the user just chose for the interface, while the assessment stays in another; null otherwise. */
  languageQuestion: Language | null;
  /** Answers that question: the assessment (and its report) take the interface language, or keep theirs. */
  answerLanguageQuestion(change: boolean): void;
}

export type AppState = ContentSlice & AssessmentSlice & FileSlice & UiSlice & WorkshopSlice;
export type Slice<T> = StateCreator<AppState, [], [], T>;
