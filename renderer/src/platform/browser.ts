import type { AutosaveRecord, OpenedFile, PlatformApi, QuestionnaireBundleFile, SaveKind } from '../../../core/platform';
import { idbDelete, idbGet, idbKeys, idbSet } from './idb';

const AUTOSAVE_KEY = 'autosave';
const IMPORTED_PREFIX = 'questionnaire:';

// Bundled content is compiled into the browser edition; loaded on first use only.
const bundledFiles = import.meta.glob<string>('../../../questionnaires/*/{questionnaire,actions}.json', { query: '?raw', import: 'default' });

async function bundledQuestionnaires(): Promise<QuestionnaireBundleFile[]> {
  const folders = new Map<string, { questionnaire?: string; actions?: string }>();
  for (const [path, load] of Object.entries(bundledFiles)) {
    const [, folder, file] = /questionnaires\/([^/]+)\/(questionnaire|actions)\.json$/.exec(path) ?? [];
    if (!folder || !file) continue;
    folders.set(folder, { ...folders.get(folder), [file]: await load() });
  }
  return [...folders.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([, f]) => (f.questionnaire && f.actions ? [{ origin: 'bundled' as const, questionnaire: f.questionnaire, actions: f.actions }] : []));
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
      Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() }))).then(resolve, reject);
    });
    input.click();
  });
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
  return {
    async listQuestionnaires() {
      const all: IDBValidKey[] = await idbKeys().catch(() => []);
      const keys = all.filter((k): k is string => typeof k === 'string' && k.startsWith(IMPORTED_PREFIX));
      const imported = await Promise.all(keys.sort().map((k) => idbGet<QuestionnaireBundleFile>(k)));
      return [...(await bundledQuestionnaires()), ...imported.filter((b): b is QuestionnaireBundleFile => Boolean(b))];
    },
    pickFiles: ({ multiple }) => pickWithInput(multiple),
    async storeQuestionnaire({ id, questionnaire, actions }) {
      await idbSet(IMPORTED_PREFIX + id, { origin: 'imported', questionnaire, actions } satisfies QuestionnaireBundleFile);
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
    async autosave(text) {
      await idbSet(AUTOSAVE_KEY, { text, savedAt: new Date().toISOString() } satisfies AutosaveRecord);
    },
    async loadAutosave() {
      return (await idbGet<AutosaveRecord>(AUTOSAVE_KEY)) ?? null;
    },
    async clearAutosave() {
      await idbDelete(AUTOSAVE_KEY);
    },
    // The browser's own file dialogs follow the browser's language, not the page's.
    async setInterfaceLanguage() {},
  };
}
