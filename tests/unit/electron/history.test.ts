import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/main/handlers';
import { createDispatcher } from '../../../electron/main/ipc';
import { encryptText } from '../../../core/model/crypto';

let base: string;
let handlers: ReturnType<typeof createHandlers>;
const dialogs = { showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showSaveDialog: async () => ({ canceled: true }) };
const info = (session: string, answers = 1) => ({ assessmentId: 'assessment-0001', session, summary: { institution: 'Ministry', country: 'Asterra', answers } });

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'capamap-history-'));
  handlers = createHandlers({ dialogs, bundledDir: join(base, 'bundled'), userDataDir: join(base, 'userData'), documentsDir: base });
});
afterEach(() => rm(base, { recursive: true, force: true }));

describe('the desktop version history', () => {
  it('records each autosave as a state; one editing session’s states within a minute become one', async () => {
    await handlers.autosave('{"v":1}', info('s1', 1));
    await handlers.autosave('{"v":2}', info('s1', 2));
    await handlers.autosave('{"v":3}', info('s2', 3));
    const list = await handlers.listHistory();
    expect(list.map((e) => e.summary?.answers)).toEqual([3, 2]);
    expect((await handlers.loadHistory(list[1]!.id))?.text).toBe('{"v":2}');
    expect((await handlers.loadHistory(list[0]!.id))?.savedAt).toBe(list[0]!.savedAt);
  });

  it('keeps the states when the autosave is cleared (Discard), so discarded work can be restored', async () => {
    await handlers.autosave('{"discarded":true}', info('s1'));
    await handlers.clearAutosave();
    expect(await handlers.loadAutosave()).toBeNull();
    const [state] = await handlers.listHistory();
    expect((await handlers.loadHistory(state!.id))?.text).toBe('{"discarded":true}');
  });

  it('stores a protected autosave as ciphertext with no summary, and reseals earlier plain states only with ciphertext', async () => {
    await handlers.autosave('{"secret":"plain"}', info('s1'));
    const envelope = await encryptText('{"secret":"plain"}', 'correct horse battery', globalThis.crypto, { iterations: 600_000 });
    await handlers.autosave(envelope, info('s2'));
    const [sealed, plain] = await handlers.listHistory();
    expect(sealed).toMatchObject({ encrypted: true, summary: null });
    await expect(handlers.resealHistory({ id: plain!.id, text: '{"still":"plain"}' })).rejects.toThrow('encrypted');
    await handlers.resealHistory({ id: plain!.id, text: envelope });
    const files = await readdir(join(base, 'userData', 'history'));
    for (const name of files) expect(await readFile(join(base, 'userData', 'history', name), 'utf8')).not.toContain('"secret":"plain"');
    expect((await handlers.listHistory()).every((e) => e.encrypted && e.summary === null)).toBe(true);
  });

  it('answers null for a state it does not hold, and the dispatcher refuses ids that are not history ids', async () => {
    expect(await handlers.loadHistory('001767225600000-nothing')).toBeNull();
    const dispatch = createDispatcher(handlers);
    await expect(dispatch('loadHistory', ['../../autosave'])).rejects.toThrow('Invalid request to loadHistory');
    await expect(dispatch('autosave', ['{}', { assessmentId: 'x', session: 's', summary: null, extra: 1 }])).rejects.toThrow('Invalid request to autosave');
  });

  it('reads a damaged index as an empty history and clears the states it no longer names', async () => {
    await handlers.autosave('{"v":1}', info('s1'));
    const dir = join(base, 'userData', 'history');
    await writeFile(join(dir, 'index.json'), '{not json');
    expect(await handlers.listHistory()).toEqual([]);
    await handlers.autosave('{"v":2}', info('s2'));
    expect((await readdir(dir)).filter((n) => n.endsWith('.capamap.json'))).toHaveLength(1);
  });
});
