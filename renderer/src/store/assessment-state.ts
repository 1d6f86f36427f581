import type { Answer, Answers, Assessment } from '../../../core/model/schema/assessment';
import type { Content } from '../../../core/model/content';
import type { Pillar } from '../../../core/model/schema/questionnaire';
import type { FileRef } from './file-state';

// The assessment slice's state and actions.

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
  /** Changes some fields (confidence, notes, evidence) of an item's stage or risk answer as it is now; nothing without one. */
  patchAnswer(itemId: string, patch: AnswerExtrasPatch, coalesce?: boolean): void;
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

/** What an answer's extras change, whatever its kind. */
export type AnswerExtrasPatch = Partial<Pick<Exclude<Answer, { kind: 'profile' }>, 'confidence' | 'notes' | 'evidence'>>;
