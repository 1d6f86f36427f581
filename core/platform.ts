import { z } from 'zod';
import { LanguageSchema } from './model/schema/text';
import type { PlatformMethodName } from './platform-methods';
import type { HistoryEntry } from './model/history';

/**
 * The one contract between the UI and the outside world. The desktop edition
 * implements it in the Electron main process (exposed by the preload), the
 * browser edition with IndexedDB and file input/download. Payloads are plain
 * data (text, numbers, Uint8Array) that structured clone carries over IPC
 * unchanged; every receiver re-validates.
 */
export interface QuestionnaireTexts {
  /** "bundled" content is read-only; "imported" was added by the user. */
  origin: 'bundled' | 'imported';
  questionnaire: string;
  actions: string;
}

/**
 * A bundled questionnaire exactly as the build checked it (core/model/checked-content.ts):
 * parseContent's value as JSON text, which the page takes with JSON.parse alone.
 */
export interface CheckedQuestionnaire {
  origin: 'bundled';
  checked: string;
}

/** Texts for the page to validate, or bundled content the build already checked. */
export type QuestionnaireBundleFile = QuestionnaireTexts | CheckedQuestionnaire;

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
const HistoryId = z.string().regex(/^[0-9]{15}-[A-Za-z0-9]{1,12}$/);
/** What the renderer tells the history about an autosave (a protected one carries no summary). */
const HistoryInfoSchema = z.strictObject({
  assessmentId: z.string().max(64),
  session: z.string().max(64),
  summary: z.strictObject({ institution: z.string().max(300), country: z.string().max(120), answers: z.number().int().min(0).max(100_000) }).nullable(),
});
const Bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array && value.byteLength <= MAX_TEXT, 'bytes (a Uint8Array) of at most 20 MB');

/**
 * What a file the UI saves is: the other side picks the dialog's title and
 * filter, the MIME type, and whether earlier versions are kept, by kind.
 * An assessment may be saved back to the path it was opened from; a PDF or
 * Word document is bytes (a Uint8Array: structured clone carries it over IPC, no base64);
 * everything else is text.
 */
export const SAVE_KINDS = ['assessment', 'response', 'csv', 'roadmap', 'json', 'pdf', 'docx'] as const;
export type SaveKind = (typeof SAVE_KINDS)[number];

const SaveFileSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('assessment'), data: Text, suggestedName: FileName, path: FilePath.optional() }),
  z.strictObject({ kind: z.enum(['response', 'csv', 'roadmap', 'json']), data: Text, suggestedName: FileName }),
  z.strictObject({ kind: z.enum(['pdf', 'docx']), data: Bytes, suggestedName: FileName }),
]);
export type SaveFileRequest = z.infer<typeof SaveFileSchema>;

/** Argument schemas: main validates every IPC call against these. */
export const PLATFORM_ARGS = {
  listQuestionnaires: z.tuple([]),
  pickFiles: z.tuple([z.strictObject({ purpose: z.enum(['questionnaire', 'responses', 'baseline']), multiple: z.boolean() })]),
  storeQuestionnaire: z.tuple([z.strictObject({ id: z.string().regex(/^[a-z0-9-]{1,80}$/), questionnaire: Text, actions: Text })]),
  openAssessment: z.tuple([]),
  saveFile: z.tuple([SaveFileSchema]),
  /** The autosave slot, and a state in the version history. */
  autosave: z.tuple([Text, HistoryInfoSchema.optional()]),
  loadAutosave: z.tuple([]),
  clearAutosave: z.tuple([]),
  listHistory: z.tuple([]),
  loadHistory: z.tuple([HistoryId]),
  /** Replaces a state's text with its encrypted form once protection is on; plain text is refused. */
  resealHistory: z.tuple([z.strictObject({ id: HistoryId, text: Text })]),
  /** The interface language, so the desktop shell words its dialogs and menu alike. */
  setInterfaceLanguage: z.tuple([LanguageSchema]),
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
  /** Asks where, unless an assessment goes back to the path it came from; null when cancelled. */
  saveFile: SavedFile | null;
  autosave: void;
  loadAutosave: AutosaveRecord | null;
  /** Clears the slot only: the states stay in the history. */
  clearAutosave: void;
  /** Newest first. */
  listHistory: HistoryEntry[];
  loadHistory: AutosaveRecord | null;
  resealHistory: void;
  setInterfaceLanguage: void;
}

export type PlatformApi = {
  [K in PlatformMethod]: (...args: PlatformArgs<K>) => Promise<PlatformResults[K]>;
};

/** The contract's keys, for the main handlers and the parity test. */
export const PLATFORM_METHODS = Object.keys(PLATFORM_ARGS) as PlatformMethod[];
