import type { Content } from '../../../core/model/content';

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
