import type { Content } from '../../../core/model/content';
import type { Notice } from './ui-state';

// The content slice's state and actions.

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
