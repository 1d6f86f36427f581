import type { StateCreator } from 'zustand';
import type { WorkshopSlice } from '../workshop/workshop-state';
import type { AssessmentSlice } from './assessment-state';
import type { ContentSlice } from './content-state';
import type { FileSlice } from './file-state';
import type { UiSlice } from './ui-state';

// The slices' own types, for the code that composes or uses them.
export type * from './assessment-state';
export type * from './content-state';
export type * from './file-state';
export type * from './ui-state';

/** The store is composed of feature slices; each slice's state and actions are typed in its own file. */
export type AppState = ContentSlice & AssessmentSlice & FileSlice & UiSlice & WorkshopSlice;
export type Slice<T> = StateCreator<AppState, [], [], T>;
