import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MAX_ASSESSMENT_BYTES } from '../../core/model/schema/assessment';
import { isEncryptedEnvelope, MAX_ENVELOPE_BYTES } from '../../core/model/crypto';
import type { Language } from '../../core/model/schema/text';
import type { OpenedFile, PlatformApi, QuestionnaireBundleFile, QuestionnaireTexts, SaveKind } from '../../core/platform';
import { mayTrustChecked } from '../../core/model/checked-content';
import { CheckedManifestSchema, type CheckedEntry } from '../../core/model/checked-manifest';
import { parseJsonText } from '../../core/model/schema/parse';
import { createTranslator } from '../../locales';
import { randomUUID } from 'node:crypto';
import { historyId, planReseal, recordHistory } from '../../core/model/history';
import { backupPath, readTextFile, writeFileAtomic } from './file-store';
import { fileHistory } from './history-store';
import { nodeSha256 } from './sha256';

/** The parts of Electron's dialog module the handlers use; injected so tests need no Electron. */
export interface Dialogs {
  showOpenDialog(options: { title: string; filters: { name: string; extensions: string[] }[]; properties: ('openFile' | 'multiSelections')[] }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: { title: string; defaultPath: string; filters: { name: string; extensions: string[] }[] }): Promise<{ canceled: boolean; filePath?: string }>;
}

export interface HandlerDeps {
  dialogs: Dialogs;
  /** Read-only questionnaires shipped with the app: one folder each with questionnaire.json and actions.json. */
  bundledDir: string;
  /** The build's manifest of checked bundled content (core/model/checked-content.ts); without it every text is validated by the page. */
  checkedManifest?: string;
  /** The app's own data folder: autosave and imported questionnaires. */
  userDataDir: string;
  /** Where save dialogs start. */
  documentsDir: string;
  /** Told, with a translator, when the page switches the interface language (the shell rebuilds its menu). */
  onLanguage?: (translate: (key: string) => string, language: Language) => void;
}

const MAX_QUESTIONNAIRE_BYTES = 8 * 1024 * 1024;
const BACKUPS_KEPT = 3;
/** An encrypted assessment is larger than its plain text; the plain text limit still applies after decryption. */
const MAX_ASSESSMENT_FILE_BYTES = Math.max(MAX_ASSESSMENT_BYTES, MAX_ENVELOPE_BYTES);
/** Dialog title (a catalog key) and size limit per kind of file the renderer asks for (response files may be encrypted). */
const PICK_PURPOSES = {
  questionnaire: { title: 'dialogs:pick.questionnaire', limit: MAX_QUESTIONNAIRE_BYTES },
  responses: { title: 'dialogs:pick.responses', limit: MAX_ASSESSMENT_FILE_BYTES },
  baseline: { title: 'dialogs:pick.baseline', limit: MAX_ASSESSMENT_FILE_BYTES },
} as const;

interface FilterKey {
  name: string;
  extensions: string[];
}
const CAPAMAP_FILTER: FilterKey = { name: 'dialogs:filters.capamap', extensions: ['json'] };
/** Earlier versions kept beside each saved file (name.bak1 is the newest). */
const BACKUP_FILTER: FilterKey = { name: 'dialogs:filters.backups', extensions: Array.from({ length: BACKUPS_KEPT }, (_, i) => `bak${i + 1}`) };
const BACKUP_NAME = /\.bak\d+$/;

/**
 * What a save does per kind of file: the dialog's title and filter, and how
 * many earlier versions stay beside it. Only the assessment, the work
 * itself, keeps backups; an export or a report is a copy made again at will.
 */
export const SAVE_POLICIES: Record<SaveKind, { title: string; filter: FilterKey; backups: number }> = {
  assessment: { title: 'dialogs:save.assessment', filter: CAPAMAP_FILTER, backups: BACKUPS_KEPT },
  response: { title: 'dialogs:save.response', filter: { name: 'dialogs:filters.response', extensions: ['json'] }, backups: 0 },
  csv: { title: 'dialogs:save.csv', filter: { name: 'dialogs:filters.csv', extensions: ['csv'] }, backups: 0 },
  roadmap: { title: 'dialogs:save.roadmap', filter: { name: 'dialogs:filters.csv', extensions: ['csv'] }, backups: 0 },
  json: { title: 'dialogs:save.json', filter: { name: 'dialogs:filters.json', extensions: ['json'] }, backups: 0 },
  pdf: { title: 'dialogs:save.pdf', filter: { name: 'dialogs:filters.pdf', extensions: ['pdf'] }, backups: 0 },
  docx: { title: 'dialogs:save.docx', filter: { name: 'dialogs:filters.docx', extensions: ['docx'] }, backups: 0 },
};

export function createHandlers(deps: HandlerDeps): PlatformApi {
  const importedDir = join(deps.userDataDir, 'questionnaires');
  const autosavePath = join(deps.userDataDir, 'autosave.capamap.json');
  const history = fileHistory(join(deps.userDataDir, 'history'), MAX_ASSESSMENT_FILE_BYTES);
  // Paths the user chose in a dialog: the renderer may save back to these and to no others.
  const userChosenPaths = new Set<string>();
  // Autosave, load and clear run in the order the renderer asked: a clear must
  // not be undone by an autosave still in flight, nor an older draft land last.
  let autosaveQueue: Promise<unknown> = Promise.resolve();
  const inAutosaveOrder = <T>(task: () => Promise<T>): Promise<T> => {
    const run = autosaveQueue.then(task);
    autosaveQueue = run.catch(() => undefined);
    return run;
  };

  // Dialogs speak the interface language the page last announced (English until it does).
  let translator = createTranslator('en');
  const words = async () => {
    const i18n = await translator;
    return {
      title: (key: string) => i18n.t(key),
      filters: (...filters: FilterKey[]) => filters.map((f) => ({ name: i18n.t(f.name), extensions: f.extensions })),
    };
  };

  const askSavePath = async (kind: SaveKind, suggestedName: string) => {
    const { title, filters } = await words();
    const policy = SAVE_POLICIES[kind];
    const choice = await deps.dialogs.showSaveDialog({ title: title(policy.title), defaultPath: join(deps.documentsDir, suggestedName), filters: filters(policy.filter) });
    return choice.canceled || !choice.filePath ? null : choice.filePath;
  };

  return {
    async listQuestionnaires() {
      const [bundled, checked] = await Promise.all([readBundles(deps.bundledDir, 'bundled'), deps.checkedManifest ? readCheckedManifest(deps.checkedManifest) : []]);
      return [...(await Promise.all(bundled.map(({ folder, texts }) => checkedOrTexts(folder, texts, checked)))), ...(await readBundles(importedDir, 'imported')).map((b) => b.texts)];
    },

    async pickFiles({ purpose, multiple }) {
      const { title, limit } = PICK_PURPOSES[purpose];
      const say = await words();
      const properties: ('openFile' | 'multiSelections')[] = multiple ? ['openFile', 'multiSelections'] : ['openFile'];
      const choice = await deps.dialogs.showOpenDialog({ title: say.title(title), filters: say.filters(CAPAMAP_FILTER), properties });
      if (choice.canceled) return [];
      return Promise.all(choice.filePaths.map((path) => openFile(path, limit)));
    },

    async storeQuestionnaire({ id, questionnaire, actions }) {
      const folder = join(importedDir, id);
      await mkdir(folder, { recursive: true });
      await writeFileAtomic(join(folder, 'questionnaire.json'), questionnaire);
      await writeFileAtomic(join(folder, 'actions.json'), actions);
    },

    async openAssessment() {
      const say = await words();
      const choice = await deps.dialogs.showOpenDialog({ title: say.title('dialogs:open.assessment'), filters: say.filters(CAPAMAP_FILTER, BACKUP_FILTER), properties: ['openFile'] });
      const path = choice.filePaths[0];
      if (choice.canceled || !path) return null;
      const file = await openFile(path, MAX_ASSESSMENT_FILE_BYTES);
      // A backup opens as a copy: saving it asks where, so the rotation of backups stays intact.
      if (!BACKUP_NAME.test(path)) userChosenPaths.add(path);
      return file;
    },

    async saveFile(request) {
      const { kind, suggestedName } = request;
      if (request.kind !== 'assessment') {
        const target = await askSavePath(kind, suggestedName);
        if (!target) return null;
        // Atomic, so a failed write never destroys an earlier copy the user chose to replace.
        await writeFileAtomic(target, request.data, SAVE_POLICIES[kind].backups);
        return { name: basename(target), path: target };
      }
      const { data: text, path } = request;
      const target = path && userChosenPaths.has(path) ? path : await askSavePath(kind, suggestedName);
      if (!target) return null;
      if (isEncryptedEnvelope(text)) await saveEncrypted(target, text);
      else await writeFileAtomic(target, text, SAVE_POLICIES.assessment.backups);
      userChosenPaths.add(target);
      return { name: basename(target), path: target };
    },

    autosave(text, info) {
      return inAutosaveOrder(async () => {
        await mkdir(deps.userDataDir, { recursive: true });
        await writeFileAtomic(autosavePath, text);
        const now = new Date().toISOString();
        await recordHistory(history, text, info ?? null, now, () => historyId(now, randomUUID()));
      });
    },

    loadAutosave() {
      return inAutosaveOrder(async () => {
        const info = await stat(autosavePath).catch(() => null);
        if (!info) return null;
        return { text: await readTextFile(autosavePath, MAX_ASSESSMENT_FILE_BYTES), savedAt: info.mtime.toISOString() };
      });
    },

    clearAutosave() {
      return inAutosaveOrder(async () => {
        await rm(autosavePath, { force: true });
      });
    },

    listHistory() {
      return inAutosaveOrder(() => history.readIndex());
    },

    loadHistory(id) {
      return inAutosaveOrder(async () => {
        const entry = (await history.readIndex()).find((e) => e.id === id);
        const text = entry ? await history.readText(id) : null;
        return entry && text !== null ? { text, savedAt: entry.savedAt } : null;
      });
    },

    resealHistory({ id, text }) {
      return inAutosaveOrder(async () => {
        await history.commit(planReseal(await history.readIndex(), id, text));
      });
    },

    async setInterfaceLanguage(language) {
      const i18n = await createTranslator(language);
      translator = Promise.resolve(i18n);
      deps.onLanguage?.((key) => i18n.t(key), language);
    },
  };
}

/**
 * Once a file is protected, no unencrypted version may linger beside it: a
 * plain file being replaced does not become a backup, and plain backups go
 * after the encrypted version is safely on disk.
 */
async function saveEncrypted(target: string, text: string): Promise<void> {
  const isPlain = async (path: string) => {
    const content = await readTextFile(path, MAX_ASSESSMENT_FILE_BYTES).catch(() => null);
    return content !== null && !isEncryptedEnvelope(content);
  };
  await writeFileAtomic(target, text, (await isPlain(target)) ? 0 : BACKUPS_KEPT);
  for (let n = 1; n <= BACKUPS_KEPT; n++) {
    if (await isPlain(backupPath(target, n))) await rm(backupPath(target, n), { force: true });
  }
}

async function openFile(path: string, limit: number): Promise<OpenedFile> {
  return { name: basename(path), path, text: await readTextFile(path, limit) };
}

async function readBundles(dir: string, origin: QuestionnaireTexts['origin']): Promise<{ folder: string; texts: QuestionnaireTexts }[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const bundles: { folder: string; texts: QuestionnaireTexts }[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const folder = join(dir, entry.name);
    const questionnaire = await readTextFile(join(folder, 'questionnaire.json'), MAX_QUESTIONNAIRE_BYTES).catch(() => null);
    const actions = await readTextFile(join(folder, 'actions.json'), MAX_QUESTIONNAIRE_BYTES).catch(() => null);
    if (questionnaire !== null && actions !== null) bundles.push({ folder: entry.name, texts: { origin, questionnaire, actions } });
  }
  return bundles;
}

/** The checked files the build wrote, by folder, with where they are; none when the manifest is missing or not the build's shape. */
async function readCheckedManifest(path: string): Promise<{ entry: CheckedEntry; path: string }[]> {
  const text = await readBuildFile(path, MAX_MANIFEST_BYTES);
  const json = text === null ? null : parseJsonText(text, MAX_MANIFEST_BYTES);
  const manifest = json?.ok ? CheckedManifestSchema.safeParse(json.value) : null;
  return manifest?.success ? manifest.data.map((entry) => ({ entry, path: join(dirname(path), entry.file) })) : [];
}

const MAX_MANIFEST_BYTES = 64 * 1024;

/** A file the build wrote beside the page (inside app.asar once packaged, where readFile works and a file handle would mean a copy); null when it cannot be read. */
async function readBuildFile(path: string, limit: number): Promise<string | null> {
  const info = await stat(path).catch(() => null);
  return info?.isFile() && info.size <= limit ? readFile(path, 'utf8').catch(() => null) : null;
}

/**
 * A bundled folder as the page gets it: the build's checked file instead of
 * the texts when both are byte for byte what the build checked (then the page
 * skips validating 2 MB at start), else the texts, validated by the page as
 * any file.
 */
async function checkedOrTexts(folder: string, texts: QuestionnaireTexts, checked: readonly { entry: CheckedEntry; path: string }[]): Promise<QuestionnaireBundleFile> {
  const found = checked.find((c) => c.entry.folder === folder);
  const text = found ? await readBuildFile(found.path, MAX_QUESTIONNAIRE_BYTES) : null;
  return found && text !== null && (await mayTrustChecked(texts, { entry: found.entry, data: text }, nodeSha256)) ? { origin: 'bundled', checked: text } : texts;
}
