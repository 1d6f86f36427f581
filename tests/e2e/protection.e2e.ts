import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeAssessment } from '../../core/model/assessment-file';
import { isEncryptedEnvelope } from '../../core/model/crypto';
import { startApp, type App } from './harness';
import { demoAssessment } from './ui-helpers';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('passphrase protection (desktop edition, real handlers)', () => {
  it('encrypts the saved file and the autosave, refuses a wrong passphrase and opens with the right one', async () => {
    const assessment = demoAssessment(5);
    assessment.meta.institution = 'Ministry of Defence — Directorate of Cyber Policy';
    const source = join(app.workDir, 'defence.capamap.json');
    writeFileSync(source, serializeAssessment(assessment));
    const userDataDir = join(app.workDir, 'protected-user-data');
    const { page, dialogs } = await app.openPage({ userDataDir });
    dialogs.openQueue.push([source]);
    await page.getByRole('button', { name: 'Open…' }).first().click();
    await page.locator('#section-title').waitFor();
    // The opened assessment reaches the autosave and the version history in plain text first.
    const historyDir = join(userDataDir, 'history');
    await expect.poll(() => existsSync(historyDir) && readdirSync(historyDir).some((n) => n.endsWith('.capamap.json'))).toBe(true);

    await page.getByTestId('protection').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Passphrase', { exact: true }).fill('short');
    await dialog.getByLabel('Repeat the passphrase').fill('short');
    await dialog.getByRole('button', { name: 'Protect' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toMatch(/at least 8/);
    await dialog.getByLabel('Passphrase', { exact: true }).fill('river stone 2026');
    await dialog.getByLabel('Repeat the passphrase').fill('river stone 2026');
    await dialog.getByRole('button', { name: 'Protect' }).click();
    await expect.poll(() => page.getByTestId('protection').textContent()).toBe('Protected');
    // The dialog closes once protection is applied: the autosave and the version history rewritten.
    await dialog.waitFor({ state: 'detached' });

    // The autosave slot was rewritten at once, encrypted, and so were the earlier states in the version history.
    for (const name of readdirSync(historyDir).filter((n) => n.endsWith('.capamap.json'))) {
      const state = readFileSync(join(historyDir, name), 'utf8');
      expect(isEncryptedEnvelope(state), name).toBe(true);
      expect(state).not.toContain('Directorate');
    }
    expect(readFileSync(join(historyDir, 'index.json'), 'utf8')).not.toContain('Directorate');
    const autosave = readFileSync(join(userDataDir, 'autosave.capamap.json'), 'utf8');
    expect(isEncryptedEnvelope(autosave)).toBe(true);
    expect(autosave).not.toContain('Directorate');

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toContain('Saved to defence.capamap.json');
    const saved = readFileSync(source, 'utf8');
    expect(isEncryptedEnvelope(saved)).toBe(true);
    expect(saved).not.toContain('Directorate');

    // A second window opens the encrypted file: wrong passphrase first, then the right one.
    const second = await app.openPage({ userDataDir: join(app.workDir, 'other-user-data') });
    second.dialogs.openQueue.push([source]);
    await second.page.getByRole('button', { name: 'Open…' }).first().click();
    const unlock = second.page.getByRole('dialog');
    await unlock.getByLabel('Passphrase').fill('wrong passphrase');
    await unlock.getByRole('button', { name: 'Open' }).click();
    await expect.poll(() => unlock.getByRole('alert').textContent()).toMatch(/passphrase is wrong/);
    await unlock.getByLabel('Passphrase').fill('river stone 2026');
    await unlock.getByRole('button', { name: 'Open' }).click();
    await second.page.locator('#section-title').waitFor();
    expect(await second.page.locator('.header-institution').textContent()).toBe('Ministry of Defence — Directorate of Cyber Policy');
    expect(await second.page.getByTestId('protection').textContent()).toBe('Protected');
    expect(app.problems).toEqual([]);
  });
});
