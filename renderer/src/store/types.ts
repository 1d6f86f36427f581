import type { StateCreator } from 'zustand';
import type { Content } from '../../../core/model/content';
import type { PlatformApi } from '../../../core/platform';
import type { Answer, Answers, Assessment } from '../../../core/model/schema/assessment';
import type { Pillar } from '../../../core/model/schema/questionnaire';
import type { Language } from '../../../core/model/schema/text';
import type { Edition } from '../platform';
import type { Preferences } from '../lib/preferences';
import type { CipherSession } from '../../../core/model/crypto';
import type { WorkshopSlice } from '../workshop/workshop';

export interface LoadedContent {
  key: string;
  origin: 'bundled' | 'imported';
  content: Content;
}

export interface ContentSlice {
  bundles: LoadedContent[];
  contentProblems: string[];
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
  undo(): void;
  redo(): void;
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
  from: 'file' | 'autosave';
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
  discardRecovery(): Promise<void>;
}

export type View = 'start' | 'questionnaire' | 'review' | 'results' | 'report' | 'workshop' | 'presentation';

export interface Notice {
  tone: 'error' | 'info';
  text: string;
}

export type DialogName = 'shortcuts' | 'settings';

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
  setLanguageState(language: Language): void;
}

export type AppState = ContentSlice & AssessmentSlice & FileSlice & UiSlice & WorkshopSlice;
export type Slice<T> = StateCreator<AppState, [], [], T>;
