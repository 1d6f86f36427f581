import type { AutosaveRecord, OpenedFile, PlatformApi, QuestionnaireBundleFile, QuestionnaireTexts, SaveKind } from '../../../core/platform';
import { historyId, parseHistoryIndex, planReseal, recordHistory, type HistoryStorage } from '../../../core/model/history';
import { decodeFileBytes } from '../../../core/model/text-file';
import { messageText } from '../lib/problems';
import { bundledQuestionnaires, takeEarlyFetch } from './bundled-content';
import { idbBatch, idbDelete, idbGet, idbKeys, idbSet } from './idb';

const AUTOSAVE_KEY = 'autosave';
const IMPORTED_PREFIX = 'questionnaire:';
const HISTORY_INDEX_KEY = 'history';
const HISTORY_PREFIX = 'history:';

/** The version history in IndexedDB: one record per state and an index, changed together in one transaction. */
const idbHistory: HistoryStorage = {
  async readIndex() {
    return parseHistoryIndex(await idbGet<unknown>(HISTORY_INDEX_KEY));
  },
  async readText(id) {
    return (await idbGet<string>(HISTORY_PREFIX + id)) ?? null;
  },
  commit({ put, remove, index }) {
    return idbBatch([...(put ? [{ put: HISTORY_PREFIX + put.entry.id, value: put.text }] : []), { put: HISTORY_INDEX_KEY, value: index }, ...remove.map((id) => ({ delete: HISTORY_PREFIX + id }))]);
  },
};

/** History and autosave calls run one after another, as on the desktop. */
let historyQueue: Promise<unknown> = Promise.resolve();
function inOrder<T>(task: () => Promise<T>): Promise<T> {
  const run = historyQueue.then(task);
  historyQueue = run.catch(() => undefined);
  return run;
}

/** Asks the user for files with a hidden file input; resolves [] when the dialog is cancelled. */
function pickWithInput(multiple: boolean): Promise<OpenedFile[]> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.multiple = multiple;
    input.addEventListener('cancel', () => resolve([]));
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      Promise.all(files.map(async (f) => ({ name: f.name, text: await readText(f) }))).then(resolve, reject);
    });
    input.click();
  });
}

/** A picked file's text; bytes that are not UTF-8 are refused with the place, never read as U+FFFD (File.text() would). */
async function readText(file: File): Promise<string> {
  const text = decodeFileBytes(new Uint8Array(await file.arrayBuffer()));
  if (!text.ok) throw new Error(`${file.name}: ${messageText(text.problems[0]!)}`);
  return text.value;
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What the browser is told each kind of file is (a CSV opens in a spreadsheet, a PDF in a reader). */
const MIME_TYPES: Record<SaveKind, string> = {
  assessment: 'application/json',
  response: 'application/json',
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  roadmap: 'text/csv;charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The browser edition: IndexedDB for autosave and imports, downloads and file inputs for files. */
export function createBrowserPlatform(): PlatformApi {
  // Fetched as soon as the page starts (see bundled-content.ts): the first screen needs them.
  let bundled: Promise<QuestionnaireBundleFile[]> | null = takeEarlyFetch() ?? bundledQuestionnaires();
  bundled.catch(() => (bundled = null));
  return {
    async listQuestionnaires() {
      const all: IDBValidKey[] = await idbKeys().catch(() => []);
      const keys = all.filter((k): k is string => typeof k === 'string' && k.startsWith(IMPORTED_PREFIX));
      const imported = await Promise.all(keys.sort().map((k) => idbGet<QuestionnaireTexts>(k)));
      // Only the texts of a stored record: whatever else it holds, an import is validated like any file.
      const texts = imported.flatMap((b) => (b ? [{ origin: 'imported' as const, questionnaire: b.questionnaire, actions: b.actions }] : []));
      return [...(await (bundled ??= bundledQuestionnaires())), ...texts];
    },
    pickFiles: ({ multiple }) => pickWithInput(multiple),
    async storeQuestionnaire({ id, questionnaire, actions }) {
      await idbSet(IMPORTED_PREFIX + id, { origin: 'imported', questionnaire, actions } satisfies QuestionnaireTexts);
    },
    async openAssessment() {
      const [file] = await pickWithInput(false);
      return file ?? null;
    },
    async saveFile({ kind, data, suggestedName }) {
      // A copy of the bytes: a Blob takes an ArrayBuffer-backed view, and the caller keeps its own.
      download(new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type: MIME_TYPES[kind] }), suggestedName);
      return { name: suggestedName };
    },
    autosave(text, info) {
      return inOrder(async () => {
        const now = new Date().toISOString();
        await idbSet(AUTOSAVE_KEY, { text, savedAt: now } satisfies AutosaveRecord);
        await recordHistory(idbHistory, text, info ?? null, now, () => historyId(now, crypto.randomUUID()));
      });
    },
    loadAutosave() {
      return inOrder(async () => (await idbGet<AutosaveRecord>(AUTOSAVE_KEY)) ?? null);
    },
    clearAutosave() {
      return inOrder(() => idbDelete(AUTOSAVE_KEY));
    },
    listHistory() {
      return inOrder(() => idbHistory.readIndex());
    },
    loadHistory(id) {
      return inOrder(async () => {
        const entry = (await idbHistory.readIndex()).find((e) => e.id === id);
        const text = entry ? await idbHistory.readText(id) : null;
        return entry && text !== null ? { text, savedAt: entry.savedAt } : null;
      });
    },
    resealHistory({ id, text }) {
      return inOrder(async () => idbHistory.commit(planReseal(await idbHistory.readIndex(), id, text)));
    },
    // The browser's own file dialogs follow the browser's language, not the page's.
    async setInterfaceLanguage() {},
  };
}
