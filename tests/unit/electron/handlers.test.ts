// The store pulls in the browser platform, which uses Vite's import.meta.glob: give this Node program its types.
/// <reference types="vite/client" />
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, type Dialogs } from '../../../electron/main/handlers';
import { MAX_ENVELOPE_BYTES } from '../../../core/model/crypto';
import { CHECKED_MANIFEST } from '../../../core/model/checked-manifest';
import { parseContent } from '../../../core/model/content';
import { createAppStore } from '../../../renderer/src/store';
import { checkBundledContent, type CheckedFolder } from '../../../scripts/checked-content';

type OpenOptions = Parameters<Dialogs['showOpenDialog']>[0];
type SaveOptions = Parameters<Dialogs['showSaveDialog']>[0];

/** Dialogs that answer from queues (cancel when empty) and record what they were asked. */
class FakeDialogs implements Dialogs {
  openAnswers: string[][] = [];
  saveAnswers: (string | null)[] = [];
  openCalls: OpenOptions[] = [];
  saveCalls: SaveOptions[] = [];

  async showOpenDialog(options: OpenOptions) {
    this.openCalls.push(options);
    const paths = this.openAnswers.shift();
    return paths ? { canceled: false, filePaths: paths } : { canceled: true, filePaths: [] };
  }

  async showSaveDialog(options: SaveOptions) {
    this.saveCalls.push(options);
    const path = this.saveAnswers.shift();
    return path ? { canceled: false, filePath: path } : { canceled: true };
  }
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

let base: string;
let bundledDir: string;
let userDataDir: string;
let documentsDir: string;
let work: string;
let dialogs: FakeDialogs;
let handlers: ReturnType<typeof createHandlers>;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'capamap-handlers-'));
  bundledDir = join(base, 'resources', 'questionnaires');
  userDataDir = join(base, 'userData');
  documentsDir = join(base, 'Documents');
  work = join(base, 'work');
  await mkdir(bundledDir, { recursive: true });
  await mkdir(documentsDir, { recursive: true });
  await mkdir(work, { recursive: true });
  dialogs = new FakeDialogs();
  handlers = createHandlers({ dialogs, bundledDir, userDataDir, documentsDir });
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('saving and opening an assessment', () => {
  it('saves through the dialog and opens the same text back', async () => {
    const target = join(work, 'mine.capamap.json');
    dialogs.saveAnswers.push(target);
    const saved = await handlers.saveFile({ kind: 'assessment', data: '{"v":1}', suggestedName: 'assessment.capamap.json' });
    expect(saved).toEqual({ name: 'mine.capamap.json', path: target });
    expect(await readFile(target, 'utf8')).toBe('{"v":1}');
    expect(dialogs.saveCalls).toHaveLength(1);
    expect(dialogs.saveCalls[0]!.defaultPath).toBe(join(documentsDir, 'assessment.capamap.json'));
    expect(dialogs.saveCalls[0]!.filters).toEqual([{ name: 'CapaMap files', extensions: ['json'] }]);

    dialogs.openAnswers.push([target]);
    const opened = await handlers.openAssessment();
    expect(opened).toEqual({ name: 'mine.capamap.json', path: target, text: '{"v":1}' });
    expect(dialogs.openCalls[0]!.properties).toEqual(['openFile']);
  });

  it('round-trips non-ASCII text unchanged', async () => {
    const target = join(work, 'unicode.json');
    const text = JSON.stringify({ name: 'Évaluation — 能力 🚀', note: 'line\nbreak' });
    dialogs.saveAnswers.push(target);
    await handlers.saveFile({ kind: 'assessment', data: text, suggestedName: 'a.json' });
    dialogs.openAnswers.push([target]);
    expect((await handlers.openAssessment())?.text).toBe(text);
  });

  it('saves back to a path the user opened without asking again', async () => {
    const target = join(work, 'opened.json');
    await writeFile(target, '{"old":true}');
    dialogs.openAnswers.push([target]);
    await handlers.openAssessment();
    const saved = await handlers.saveFile({ kind: 'assessment', data: '{"new":true}', suggestedName: 'x.json', path: target });
    expect(saved).toEqual({ name: 'opened.json', path: target });
    expect(dialogs.saveCalls).toEqual([]);
    expect(await readFile(target, 'utf8')).toBe('{"new":true}');
  });

  it('saves back to a path chosen in an earlier save dialog without asking again', async () => {
    const target = join(work, 'chosen.json');
    dialogs.saveAnswers.push(target);
    await handlers.saveFile({ kind: 'assessment', data: 'one', suggestedName: 'x.json' });
    await handlers.saveFile({ kind: 'assessment', data: 'two', suggestedName: 'x.json', path: target });
    expect(dialogs.saveCalls).toHaveLength(1);
    expect(await readFile(target, 'utf8')).toBe('two');
  });

  it('asks the dialog instead of writing to a path the user never chose', async () => {
    const planted = join(work, 'planted.json');
    const chosen = join(work, 'chosen.json');
    dialogs.saveAnswers.push(chosen);
    const saved = await handlers.saveFile({ kind: 'assessment', data: '{"v":2}', suggestedName: 'a.json', path: planted });
    expect(dialogs.saveCalls).toHaveLength(1);
    expect(saved).toEqual({ name: 'chosen.json', path: chosen });
    expect(await exists(planted)).toBe(false);
    expect(await readFile(chosen, 'utf8')).toBe('{"v":2}');
  });

  it('does not overwrite an existing file the user never chose, even when the dialog is cancelled', async () => {
    const victim = join(work, 'victim.txt');
    await writeFile(victim, 'precious');
    expect(await handlers.saveFile({ kind: 'assessment', data: 'overwritten', suggestedName: 'a.json', path: victim })).toBeNull();
    expect(dialogs.saveCalls).toHaveLength(1);
    expect(await readFile(victim, 'utf8')).toBe('precious');
    expect(await readdir(work)).toEqual(['victim.txt']);
  });

  it('does not trust a path that only resembles a chosen one', async () => {
    const target = join(work, 'chosen.json');
    dialogs.saveAnswers.push(target);
    await handlers.saveFile({ kind: 'assessment', data: 'one', suggestedName: 'x.json' });
    const lookalike = `${work}/../work/chosen.json`;
    expect(await handlers.saveFile({ kind: 'assessment', data: 'two', suggestedName: 'x.json', path: lookalike })).toBeNull();
    expect(dialogs.saveCalls).toHaveLength(2);
    expect(await readFile(target, 'utf8')).toBe('one');
  });

  it('returns null and writes nothing when the save dialog is cancelled', async () => {
    expect(await handlers.saveFile({ kind: 'assessment', data: '{}', suggestedName: 'a.json' })).toBeNull();
    expect(await readdir(work)).toEqual([]);
    expect(await readdir(documentsDir)).toEqual([]);
  });

  it('returns null when the open dialog is cancelled', async () => {
    expect(await handlers.openAssessment()).toBeNull();
    dialogs.openAnswers.push([]);
    expect(await handlers.openAssessment()).toBeNull();
  });

  it('does not remember a cancelled or failed open as a save target', async () => {
    const big = join(work, 'huge.json');
    await writeFile(big, '');
    // Over the limit for encrypted files, the larger of the two open limits.
    await truncate(big, MAX_ENVELOPE_BYTES + 1);
    dialogs.openAnswers.push([big]);
    await expect(handlers.openAssessment()).rejects.toThrow(/^huge\.json is too large/);
    expect(await handlers.saveFile({ kind: 'assessment', data: 'x', suggestedName: 'a.json', path: big })).toBeNull();
    expect(dialogs.saveCalls).toHaveLength(1);
  });

  it('keeps three backups, newest in .bak1, and never a fourth', async () => {
    const target = join(work, 'versions.json');
    dialogs.saveAnswers.push(target);
    await handlers.saveFile({ kind: 'assessment', data: 'v1', suggestedName: 'a.json' });
    expect(await readdir(work)).toEqual(['versions.json']);
    for (const version of ['v2', 'v3', 'v4', 'v5', 'v6']) {
      await handlers.saveFile({ kind: 'assessment', data: version, suggestedName: 'a.json', path: target });
    }
    expect(await readFile(target, 'utf8')).toBe('v6');
    expect(await readFile(`${target}.bak1`, 'utf8')).toBe('v5');
    expect(await readFile(`${target}.bak2`, 'utf8')).toBe('v4');
    expect(await readFile(`${target}.bak3`, 'utf8')).toBe('v3');
    expect((await readdir(work)).sort()).toEqual(['versions.json', 'versions.json.bak1', 'versions.json.bak2', 'versions.json.bak3']);
  });

  it('rotates backups one step per save', async () => {
    const target = join(work, 'steps.json');
    dialogs.saveAnswers.push(target);
    await handlers.saveFile({ kind: 'assessment', data: 'v1', suggestedName: 'a.json' });
    await handlers.saveFile({ kind: 'assessment', data: 'v2', suggestedName: 'a.json', path: target });
    expect((await readdir(work)).sort()).toEqual(['steps.json', 'steps.json.bak1']);
    expect(await readFile(`${target}.bak1`, 'utf8')).toBe('v1');
    await handlers.saveFile({ kind: 'assessment', data: 'v3', suggestedName: 'a.json', path: target });
    expect((await readdir(work)).sort()).toEqual(['steps.json', 'steps.json.bak1', 'steps.json.bak2']);
    expect(await readFile(`${target}.bak1`, 'utf8')).toBe('v2');
    expect(await readFile(`${target}.bak2`, 'utf8')).toBe('v1');
  });
});

describe('autosave', () => {
  it('has nothing to load at first', async () => {
    expect(await handlers.loadAutosave()).toBeNull();
  });

  it('saves, loads with a timestamp, and clears', async () => {
    const before = Date.now();
    await handlers.autosave('{"draft":1}');
    const record = await handlers.loadAutosave();
    expect(record?.text).toBe('{"draft":1}');
    expect(record?.savedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Date.parse(record!.savedAt)).toBeGreaterThanOrEqual(before - 2000);
    expect(Date.parse(record!.savedAt)).toBeLessThanOrEqual(Date.now() + 2000);

    await handlers.autosave('{"draft":2}');
    expect((await handlers.loadAutosave())?.text).toBe('{"draft":2}');

    await handlers.clearAutosave();
    expect(await handlers.loadAutosave()).toBeNull();
    await expect(handlers.clearAutosave()).resolves.toBeUndefined();
  });

  it('keeps the autosave in the user data folder, with no backups or temp files (its states go to history/)', async () => {
    await handlers.autosave('a');
    await handlers.autosave('b');
    expect((await readdir(userDataDir)).sort()).toEqual(['autosave.capamap.json', 'history']);
    expect(await readFile(join(userDataDir, 'autosave.capamap.json'), 'utf8')).toBe('b');
  });

  it('lands the last of overlapping autosaves', async () => {
    await Promise.all(Array.from({ length: 10 }, (_, i) => handlers.autosave(`draft ${i}`)));
    expect((await handlers.loadAutosave())?.text).toBe('draft 9');
  });

  it('does not let an autosave still in flight undo a clear', async () => {
    const pending = [handlers.autosave('stale draft'), handlers.clearAutosave()];
    await Promise.all(pending);
    expect(await handlers.loadAutosave()).toBeNull();
  });

  it('loads what was autosaved just before, even without waiting', async () => {
    const writes = [handlers.autosave('first'), handlers.autosave('second')];
    expect((await handlers.loadAutosave())?.text).toBe('second');
    await Promise.all(writes);
  });

  it('keeps autosaving after a failed autosave', async () => {
    await mkdir(join(userDataDir, 'autosave.capamap.json'), { recursive: true });
    await expect(handlers.autosave('blocked by a folder')).rejects.toThrow();
    await rm(join(userDataDir, 'autosave.capamap.json'), { recursive: true });
    await handlers.autosave('works again');
    expect((await handlers.loadAutosave())?.text).toBe('works again');
    expect((await readdir(userDataDir)).sort()).toEqual(['autosave.capamap.json', 'history']);
  });
});

describe('listQuestionnaires and storeQuestionnaire', () => {
  beforeEach(async () => {
    // A temp copy of the shipped folder, plus bundles of known content.
    await cp(resolve('questionnaires'), bundledDir, { recursive: true });
    for (const [id, q, a] of [
      ['zz-second', '{"id":"zz-second"}', '{"actions":"zz"}'],
      ['aa-first', '{"id":"aa-first"}', '{"actions":"aa"}'],
    ]) {
      await mkdir(join(bundledDir, id!), { recursive: true });
      await writeFile(join(bundledDir, id!, 'questionnaire.json'), q!);
      await writeFile(join(bundledDir, id!, 'actions.json'), a!);
    }
    await mkdir(join(bundledDir, 'half-done'));
    await writeFile(join(bundledDir, 'half-done', 'questionnaire.json'), '{"id":"half"}');
    await writeFile(join(bundledDir, 'stray.json'), '{}');
  });

  /** What the shipped folder itself contributes (it may or may not hold built bundles). */
  async function shippedBundles() {
    const names = (await readdir(resolve('questionnaires'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
    const complete: { name: string; questionnaire: string; actions: string }[] = [];
    for (const name of names) {
      const folder = resolve('questionnaires', name);
      if ((await exists(join(folder, 'questionnaire.json'))) && (await exists(join(folder, 'actions.json')))) {
        complete.push({ name, questionnaire: await readFile(join(folder, 'questionnaire.json'), 'utf8'), actions: await readFile(join(folder, 'actions.json'), 'utf8') });
      }
    }
    return complete;
  }

  it('reads complete bundled folders in name order and skips incomplete ones', async () => {
    const list = await handlers.listQuestionnaires();
    const expected = [
      ...(await shippedBundles()).map((b) => ({ name: b.name, origin: 'bundled', questionnaire: b.questionnaire, actions: b.actions })),
      { name: 'aa-first', origin: 'bundled', questionnaire: '{"id":"aa-first"}', actions: '{"actions":"aa"}' },
      { name: 'zz-second', origin: 'bundled', questionnaire: '{"id":"zz-second"}', actions: '{"actions":"zz"}' },
    ]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(({ name: _name, ...rest }) => rest);
    expect(list).toEqual(expected);
    expect(list.some((b) => 'questionnaire' in b && b.questionnaire === '{"id":"half"}')).toBe(false);
  });

  it('lists imported questionnaires after the bundled ones', async () => {
    await handlers.storeQuestionnaire({ id: 'my-import', questionnaire: '{"id":"mine"}', actions: '{"a":[]}' });
    expect(await readFile(join(userDataDir, 'questionnaires', 'my-import', 'questionnaire.json'), 'utf8')).toBe('{"id":"mine"}');
    expect(await readFile(join(userDataDir, 'questionnaires', 'my-import', 'actions.json'), 'utf8')).toBe('{"a":[]}');
    const list = await handlers.listQuestionnaires();
    expect(list.at(-1)).toEqual({ origin: 'imported', questionnaire: '{"id":"mine"}', actions: '{"a":[]}' });
    expect(list.filter((b) => b.origin === 'imported')).toHaveLength(1);
    expect(list.findIndex((b) => b.origin === 'imported')).toBe(list.length - 1);
  });

  it('replaces an imported questionnaire stored again under the same id', async () => {
    await handlers.storeQuestionnaire({ id: 'again', questionnaire: '{"v":1}', actions: '{}' });
    await handlers.storeQuestionnaire({ id: 'again', questionnaire: '{"v":2}', actions: '{}' });
    const imported = (await handlers.listQuestionnaires()).filter((b) => b.origin === 'imported');
    expect(imported).toEqual([{ origin: 'imported', questionnaire: '{"v":2}', actions: '{}' }]);
  });

  it('copes with missing folders', async () => {
    const bare = createHandlers({ dialogs, bundledDir: join(base, 'nope'), userDataDir: join(base, 'nope2'), documentsDir });
    expect(await bare.listQuestionnaires()).toEqual([]);
  });
});

describe('pickFiles', () => {
  it('returns the picked files with name, path and text', async () => {
    const a = join(work, 'a.json');
    const b = join(work, 'b.json');
    await writeFile(a, '{"a":1}');
    await writeFile(b, '{"b":2}');
    dialogs.openAnswers.push([a, b]);
    const files = await handlers.pickFiles({ purpose: 'responses', multiple: true });
    expect(files).toEqual([
      { name: 'a.json', path: a, text: '{"a":1}' },
      { name: 'b.json', path: b, text: '{"b":2}' },
    ]);
    expect(dialogs.openCalls[0]!.properties).toEqual(['openFile', 'multiSelections']);
    expect(dialogs.openCalls[0]!.filters).toEqual([{ name: 'CapaMap files', extensions: ['json'] }]);
    expect(dialogs.openCalls[0]!.title).toBe('Import response files');
  });

  it('asks for a single file when multiple is false', async () => {
    await handlers.pickFiles({ purpose: 'questionnaire', multiple: false });
    expect(dialogs.openCalls[0]!.properties).toEqual(['openFile']);
    expect(dialogs.openCalls[0]!.title).toBe('Import a questionnaire');
  });

  it('returns [] when cancelled', async () => {
    expect(await handlers.pickFiles({ purpose: 'questionnaire', multiple: true })).toEqual([]);
  });

  it('asks for the previous assessment as a baseline, with the assessment size limit', async () => {
    const previous = join(work, 'previous.capamap.json');
    await writeFile(previous, '');
    await truncate(previous, 8 * 1024 * 1024 + 1);
    dialogs.openAnswers.push([previous]);
    const [file] = await handlers.pickFiles({ purpose: 'baseline', multiple: false });
    expect(dialogs.openCalls[0]!.title).toBe('Choose the previous assessment');
    expect(file?.name).toBe('previous.capamap.json');
    dialogs.openAnswers.push([previous]);
    await expect(handlers.pickFiles({ purpose: 'questionnaire', multiple: false })).rejects.toThrow(/^previous\.capamap\.json is too large/);
  });

  it('refuses an oversized file with one line naming it', async () => {
    const small = join(work, 'small.json');
    const big = join(work, 'enormous-responses.json');
    await writeFile(small, '{}');
    await writeFile(big, '');
    await truncate(big, MAX_ENVELOPE_BYTES + 1);
    dialogs.openAnswers.push([small, big]);
    const error = await handlers.pickFiles({ purpose: 'responses', multiple: true }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(/^enormous-responses\.json is too large/);
    expect(message).not.toMatch(/\n/);
    expect(message).not.toContain(work);
  });

  it('accepts a file exactly at the limit', async () => {
    const edge = join(work, 'edge.json');
    await writeFile(edge, '');
    await truncate(edge, 8 * 1024 * 1024);
    dialogs.openAnswers.push([edge]);
    const [file] = await handlers.pickFiles({ purpose: 'questionnaire', multiple: false });
    expect(file?.text.length).toBe(8 * 1024 * 1024);
  });

  it('refuses a folder with a sentence naming it', async () => {
    const folder = join(work, 'a-folder.json');
    await mkdir(folder);
    dialogs.openAnswers.push([folder]);
    await expect(handlers.pickFiles({ purpose: 'questionnaire', multiple: false })).rejects.toThrow(/^a-folder\.json could not be read/);
  });
});

describe('saveFile by kind', () => {
  const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0xff, 0x80]);

  it('writes PDF bytes (a Uint8Array, no base64) where the user chose, with a PDF filter only', async () => {
    const target = join(work, 'report.pdf');
    dialogs.saveAnswers.push(target);
    const saved = await handlers.saveFile({ kind: 'pdf', data: pdf, suggestedName: 'CapaMap report.pdf' });
    expect(saved).toEqual({ name: 'report.pdf', path: target });
    expect(Buffer.compare(await readFile(target), pdf)).toBe(0);
    expect(dialogs.saveCalls[0]).toMatchObject({ title: 'Save the report', defaultPath: join(documentsDir, 'CapaMap report.pdf'), filters: [{ name: 'PDF documents', extensions: ['pdf'] }] });
    expect(await readdir(work)).toEqual(['report.pdf']);
  });

  it('writes a Word copy as bytes and a roadmap spreadsheet as UTF-8 text, each with its own dialog title and filter', async () => {
    const docx = join(work, 'report.docx');
    const csv = join(work, 'roadmap.csv');
    dialogs.saveAnswers.push(docx, csv);
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]);
    expect(await handlers.saveFile({ kind: 'docx', data: zip, suggestedName: 'CapaMap report.docx' })).toEqual({ name: 'report.docx', path: docx });
    expect(Buffer.compare(await readFile(docx), zip)).toBe(0);
    expect(dialogs.saveCalls[0]).toMatchObject({ title: 'Save the report as a Word document', filters: [{ name: 'Word documents', extensions: ['docx'] }] });
    await handlers.saveFile({ kind: 'roadmap', data: '\uFEFF编号,阶段\r\n', suggestedName: 'roadmap.csv' });
    expect([...(await readFile(csv)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await readFile(csv, 'utf8')).toBe('\uFEFF编号,阶段\r\n');
    expect(dialogs.saveCalls[1]).toMatchObject({ title: 'Save the roadmap as a spreadsheet', filters: [{ name: 'CSV spreadsheets', extensions: ['csv'] }] });
    expect((await readdir(work)).sort()).toEqual(['report.docx', 'roadmap.csv']);
  });

  it('replaces an earlier report, keeping no backup of it', async () => {
    const target = join(work, 'report.pdf');
    await writeFile(target, 'old report, much longer than the new one');
    dialogs.saveAnswers.push(target);
    await handlers.saveFile({ kind: 'pdf', data: pdf, suggestedName: 'r.pdf' });
    expect(Buffer.compare(await readFile(target), pdf)).toBe(0);
    expect(await readdir(work)).toEqual(['report.pdf']);
  });

  it('returns null and writes nothing when cancelled', async () => {
    expect(await handlers.saveFile({ kind: 'pdf', data: pdf, suggestedName: 'r.pdf' })).toBeNull();
    expect(await readdir(work)).toEqual([]);
    expect(await readdir(documentsDir)).toEqual([]);
  });

  it.each([
    ['csv', 'Export the answers as CSV', { name: 'CSV spreadsheets', extensions: ['csv'] }],
    ['response', 'Save the response file', { name: 'CapaMap response files', extensions: ['json'] }],
    ['json', 'Export the assessment as JSON', { name: 'JSON files', extensions: ['json'] }],
  ] as const)('titles and filters a %s export, and rotates no backups when it replaces one', async (kind, title, filter) => {
    const target = join(work, `export.${filter.extensions[0]}`);
    for (const text of ['first', 'second', 'third']) {
      dialogs.saveAnswers.push(target);
      await handlers.saveFile({ kind, data: text, suggestedName: `x.${filter.extensions[0]}` });
    }
    expect(await readFile(target, 'utf8')).toBe('third');
    expect(await readdir(work)).toEqual([`export.${filter.extensions[0]}`]);
    expect(dialogs.saveCalls.map((c) => c.title)).toEqual([title, title, title]);
    expect(dialogs.saveCalls[0]!.filters).toEqual([filter]);
  });

  it('never saves an export back to a path without asking, even one the user opened', async () => {
    const target = join(work, 'a.capamap.json');
    await writeFile(target, '{}');
    dialogs.openAnswers.push([target]);
    await handlers.openAssessment();
    // A CSV request carries no path; the schema refuses one (see ipc.test.ts), so the dialog always asks.
    expect(await handlers.saveFile({ kind: 'csv', data: 'a,b', suggestedName: 'a.csv' })).toBeNull();
    expect(dialogs.saveCalls).toHaveLength(1);
    expect(await readFile(target, 'utf8')).toBe('{}');
  });
});

describe('the interface language', () => {
  it('words dialog titles and filters in the language the page announced', async () => {
    await handlers.setInterfaceLanguage('fr');
    await handlers.saveFile({ kind: 'assessment', data: '{}', suggestedName: 'a.capamap.json' });
    await handlers.openAssessment();
    await handlers.pickFiles({ purpose: 'responses', multiple: true });
    expect(dialogs.saveCalls[0]).toMatchObject({ title: 'Enregistrer l’évaluation', filters: [{ name: 'Fichiers CapaMap', extensions: ['json'] }] });
    expect(dialogs.openCalls.map((c) => c.title)).toEqual(['Ouvrir une évaluation', 'Importer des fichiers de réponses']);
    expect(dialogs.openCalls[0]!.filters.map((f) => f.name)).toEqual(['Fichiers CapaMap', 'Versions antérieures (sauvegardes)']);

    await handlers.setInterfaceLanguage('zh');
    await handlers.saveFile({ kind: 'pdf', data: new Uint8Array([1]), suggestedName: 'r.pdf' });
    expect(dialogs.saveCalls[1]).toMatchObject({ title: '保存报告', filters: [{ name: 'PDF 文档', extensions: ['pdf'] }] });
  });

  it('tells the shell, with a translator, so it can rebuild its menu', async () => {
    const heard: [string, string][] = [];
    const withMenu = createHandlers({ dialogs, bundledDir, userDataDir, documentsDir, onLanguage: (t, language) => heard.push([language, t('menu:file.title')]) });
    await withMenu.setInterfaceLanguage('es');
    await withMenu.setInterfaceLanguage('en');
    expect(heard).toEqual([
      ['es', 'Archivo'],
      ['en', 'File'],
    ]);
  });
});

describe('saving an encrypted assessment', () => {
  it('leaves no unencrypted version beside it: neither as the replaced file nor as a backup', async () => {
    const { readdir, readFile, writeFile, mkdtemp } = await import('node:fs/promises');
    const { encryptText } = await import('../../../core/model/crypto');
    const dir = await mkdtemp(join(tmpdir(), 'capamap-enc-'));
    const target = join(dir, 'secret.capamap.json');
    const dialogs = { showOpenDialog: async () => ({ canceled: false, filePaths: [target] }), showSaveDialog: async () => ({ canceled: false, filePath: target }) };
    const handlers = createHandlers({ dialogs, bundledDir: dir, userDataDir: join(dir, 'user'), documentsDir: dir });
    await writeFile(`${target}.bak1`, '{"plain":1}');
    await handlers.saveFile({ kind: 'assessment', data: '{"plain":2}', suggestedName: 'secret.capamap.json' });
    const envelope = await encryptText('{"plain":3}', 'correct horse battery', globalThis.crypto);
    await handlers.saveFile({ kind: 'assessment', data: envelope, suggestedName: 'secret.capamap.json', path: target });
    const names = (await readdir(dir)).filter((n) => n.startsWith('secret')).sort();
    const contents = await Promise.all(names.map((n) => readFile(join(dir, n), 'utf8')));
    expect(names).toEqual(['secret.capamap.json']);
    expect(contents.every((c) => c.includes('capamap.encrypted') && !c.includes('plain'))).toBe(true);
    await handlers.saveFile({ kind: 'assessment', data: envelope, suggestedName: 'secret.capamap.json', path: target });
    expect((await readdir(dir)).filter((n) => n.startsWith('secret')).sort()).toEqual(['secret.capamap.json', 'secret.capamap.json.bak1']);
  });
});

describe('opening a backup', () => {
  it('offers backups in the open dialog and treats an opened backup as a copy to save elsewhere', async () => {
    const { mkdtemp } = await import('node:fs/promises');
    const dir = await mkdtemp(join(tmpdir(), 'capamap-backup-'));
    const target = join(dir, 'plan.capamap.json');
    const opened: OpenOptions[] = [];
    const saveAnswers = [target, join(dir, 'restored.capamap.json')];
    const saveCalls: string[] = [];
    const handlers = createHandlers({
      dialogs: {
        showOpenDialog: async (options) => {
          opened.push(options);
          return { canceled: false, filePaths: [`${target}.bak1`] };
        },
        showSaveDialog: async (options) => {
          saveCalls.push(options.defaultPath);
          return { canceled: false, filePath: saveAnswers.shift() };
        },
      },
      bundledDir: dir,
      userDataDir: join(dir, 'user'),
      documentsDir: dir,
    });
    await handlers.saveFile({ kind: 'assessment', data: '{"v":1}', suggestedName: 'plan.capamap.json' });
    await handlers.saveFile({ kind: 'assessment', data: '{"v":2}', suggestedName: 'plan.capamap.json', path: target });
    const backup = await handlers.openAssessment();
    expect(opened[0]!.filters.map((f) => f.extensions)).toEqual([['json'], ['bak1', 'bak2', 'bak3']]);
    expect(backup?.text).toBe('{"v":1}');
    const saved = await handlers.saveFile({ kind: 'assessment', data: '{"v":1}', suggestedName: 'plan.capamap.json', path: backup!.path });
    expect(saved?.name).toBe('restored.capamap.json');
    expect(saveCalls).toHaveLength(2);
    expect(await readFile(`${target}.bak1`, 'utf8')).toBe('{"v":1}');
  });
});

describe('listQuestionnaires with the content the build checked', () => {
  let checkedManifest: string;
  let shipped: CheckedFolder;
  beforeEach(async () => {
    await cp(resolve('questionnaires/capamap-core'), join(bundledDir, 'capamap-core'), { recursive: true });
    // What the renderer's build writes: the checked files and, at the root, their manifest.
    const rendererOut = join(base, 'renderer');
    shipped = (await checkBundledContent(bundledDir))[0]!;
    await mkdir(join(rendererOut, 'assets'), { recursive: true });
    await writeFile(join(rendererOut, shipped.entry.file), shipped.text);
    checkedManifest = join(rendererOut, CHECKED_MANIFEST);
    await writeFile(checkedManifest, JSON.stringify([shipped.entry]));
    handlers = createHandlers({ dialogs, bundledDir, checkedManifest, userDataDir, documentsDir });
  });

  const bundledFile = join('capamap-core', 'questionnaire.json');

  it('hands over the checked content instead of the texts when they are what the build checked', async () => {
    expect(await handlers.listQuestionnaires()).toEqual([{ origin: 'bundled', checked: shipped.text }]);
    // The page, given that, holds what validating the texts would have given it.
    const store = createAppStore(handlers, 'desktop');
    await store.getState().loadBundles();
    const parsed = parseContent(await readFile(join(bundledDir, bundledFile), 'utf8'), await readFile(join(bundledDir, 'capamap-core', 'actions.json'), 'utf8'));
    expect(store.getState().contentProblems).toEqual([]);
    expect(store.getState().bundles.map((b) => b.content)).toEqual([parsed.ok && parsed.value]);
  });

  it('hands over the texts, validated by the page as any file, once a byte of a bundled file changed', async () => {
    const text = await readFile(join(bundledDir, bundledFile), 'utf8');
    const at = text.indexOf('"en": "') + 9;
    await writeFile(join(bundledDir, bundledFile), `${text.slice(0, at)}${text[at] === 'x' ? 'y' : 'x'}${text.slice(at + 1)}`);
    const [file] = await handlers.listQuestionnaires();
    expect(file).toMatchObject({ origin: 'bundled', questionnaire: expect.any(String), actions: expect.any(String) });
    expect(file).not.toHaveProperty('checked');
    const store = createAppStore(handlers, 'desktop');
    await store.getState().loadBundles();
    expect(store.getState().bundles).toHaveLength(1);

    // A change that breaks the content is refused with the usual notice; the checked file is not used in its place.
    await writeFile(join(bundledDir, bundledFile), text.replace('"sections"', '"sectionz"'));
    await store.getState().loadBundles();
    expect(store.getState().bundles).toEqual([]);
    expect(store.getState().contentProblems).toEqual([expect.objectContaining({ tone: 'error', text: expect.stringContaining('A questionnaire bundled with CapaMap: the entry “sections” is missing') })]);
  });

  it('hands over the texts when the checked file or its manifest is not what the build wrote', async () => {
    const texts = async () => (await handlers.listQuestionnaires()).map((f) => Object.keys(f).sort());
    await writeFile(join(base, 'renderer', shipped.entry.file), shipped.text.replace('"en":"', '"en":" '));
    expect(await texts()).toEqual([['actions', 'origin', 'questionnaire']]);
    for (const manifest of ['not json', '{}', JSON.stringify([{ ...shipped.entry, file: '../../questionnaires/capamap-core/questionnaire.json' }])]) {
      await writeFile(checkedManifest, manifest);
      expect(await texts()).toEqual([['actions', 'origin', 'questionnaire']]);
    }
    await rm(checkedManifest);
    expect(await texts()).toEqual([['actions', 'origin', 'questionnaire']]);
  });
});
