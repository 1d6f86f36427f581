import { z } from 'zod';
import type { PlatformMethodName } from './platform-methods';

/**
 * The one contract between the UI and the outside world. The desktop edition
 * implements it in the Electron main process (exposed by the preload), the
 * browser edition with IndexedDB and file input/download. Payloads are plain
 * JSON-able data so they cross IPC unchanged; every receiver re-validates.
 */
export interface QuestionnaireBundleFile {
  /** "bundled" content is read-only; "imported" was added by the user. */
  origin: 'bundled' | 'imported';
  questionnaire: string;
  actions: string;
}

export interface OpenedFile {
  /** Display name; on the desktop also the path to save back to. */
  name: string;
  path?: string;
  text: string;
}

export interface SavedFile {
  name: string;
  path?: string;
}

export interface AutosaveRecord {
  text: string;
  savedAt: string;
}

const MAX_TEXT = 20 * 1024 * 1024;
const Text = z.string().max(MAX_TEXT);
const FileName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\:*?"<>|]/.test(name) && [...name].every((c) => c.charCodeAt(0) >= 32), 'a file name without path separators or control characters');
const FilePath = z.string().min(1).max(4096);

/** Argument schemas: main validates every IPC call against these. */
export const PLATFORM_ARGS = {
  listQuestionnaires: z.tuple([]),
  pickFiles: z.tuple([z.strictObject({ purpose: z.enum(['questionnaire', 'responses', 'baseline']), multiple: z.boolean() })]),
  storeQuestionnaire: z.tuple([z.strictObject({ id: z.string().regex(/^[a-z0-9-]{1,80}$/), questionnaire: Text, actions: Text })]),
  openAssessment: z.tuple([]),
  saveAssessment: z.tuple([z.strictObject({ text: Text, suggestedName: FileName, path: FilePath.optional() })]),
  autosave: z.tuple([Text]),
  loadAutosave: z.tuple([]),
  clearAutosave: z.tuple([]),
  /** PDF bytes travel as base64 so every payload is plain JSON (IPC and the e2e bridge alike). */
  savePdf: z.tuple([z.strictObject({ base64: z.string().max(MAX_TEXT).regex(/^[A-Za-z0-9+/]*={0,2}$/), suggestedName: FileName })]),
} as const satisfies Record<PlatformMethodName, z.ZodTuple>;

export type PlatformMethod = keyof typeof PLATFORM_ARGS;
export type PlatformArgs<K extends PlatformMethod> = z.infer<(typeof PLATFORM_ARGS)[K]>;

interface PlatformResults {
  listQuestionnaires: QuestionnaireBundleFile[];
  /** Files the user picked; empty when cancelled. */
  pickFiles: OpenedFile[];
  storeQuestionnaire: void;
  /** The picked assessment file; null when cancelled. */
  openAssessment: OpenedFile | null;
  /** Without a path the user is asked where (save as); null when cancelled. */
  saveAssessment: SavedFile | null;
  autosave: void;
  loadAutosave: AutosaveRecord | null;
  clearAutosave: void;
  savePdf: SavedFile | null;
}

export type PlatformApi = {
  [K in PlatformMethod]: (...args: PlatformArgs<K>) => Promise<PlatformResults[K]>;
};

/** The contract's keys, for the main handlers and the parity test. */
export const PLATFORM_METHODS = Object.keys(PLATFORM_ARGS) as PlatformMethod[];
