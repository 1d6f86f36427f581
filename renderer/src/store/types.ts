import type { StateCreator } from 'zustand';
import type { Content } from '../../../core/content';
import type { PlatformApi } from '../../../core/platform';
import type { Answer, Assessment } from '../../../core/schema/assessment';
import type { Pillar } from '../../../core/schema/questionnaire';
import type { Language } from '../../../core/schema/text';
import type { Edition } from '../platform';

export interface LoadedContent {
  key: string;
  origin: 'bundled' | 'imported';
  content: Content;
}

export interface ContentSlice {
  bundles: LoadedContent[];
  contentProblems: string[];
  loadBundles(): Promise<void>;
  importQuestionnaire(): Promise<void>;
}

export interface NewAssessmentInput {
  contentKey: string;
  modules: string[];
  meta: Assessment['meta'];
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

export type SaveStatus = 'unsaved' | 'saving' | 'saved' | 'error';

export interface FileSlice {
  file: FileRef | null;
  saveStatus: SaveStatus;
  /** When the last autosave reached storage; null before the first. */
  autosavedAt: string | null;
  autosaveError: string | null;
  save(saveAs?: boolean): Promise<void>;
  open(): Promise<void>;
  recoverable: { text: string; savedAt: string } | null;
  checkRecovery(): Promise<void>;
  recover(): void;
  discardRecovery(): Promise<void>;
}

export type View = 'start' | 'questionnaire' | 'review' | 'results' | 'report';

export interface Notice {
  tone: 'error' | 'info';
  text: string;
}

export interface UiSlice {
  platform: PlatformApi;
  edition: Edition;
  view: View;
  sectionId: string | null;
  language: Language;
  notice: Notice | null;
  go(view: View, sectionId?: string | null): void;
  setNotice(notice: Notice | null): void;
  setLanguageState(language: Language): void;
}

export type AppState = ContentSlice & AssessmentSlice & FileSlice & UiSlice;
export type Slice<T> = StateCreator<AppState, [], [], T>;
