import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAssessment, serializeAssessment } from '../../core/model/assessment-file';
import { startApp, type App } from './harness';
import { demoAssessment, waitForAutosave } from './ui-helpers';

let app: App;
let otherPath: string;
beforeAll(async () => {
  app = await startApp();
  const other = demoAssessment(5);
  other.meta.institution = 'Statistics Office of Asterra';
  otherPath = join(app.workDir, 'other.capamap.json');
  writeFileSync(otherPath, serializeAssessment(other));
});
afterAll(async () => {
  await app?.close();
});

const CONSENT = 'Your current assessment is not saved in a file.';

/** A new assessment with one answer, autosaved: work that lives only in the automatic copy. */
async function unsavedWork(page: Page, institution: string) {
  await page.getByLabel('Institution').fill(institution);
  await page.getByLabel('Country').fill('Ghana');
  await page.getByRole('button', { name: 'Begin the assessment' }).click();
  await page.locator('#section-title').waitFor();
  await page.locator('.section-nav button[data-section="compute"]').click();
  await page.locator('article.item').first().locator('.stage-option').nth(3).click();
  await waitForAutosave(page);
}

const shownInstitution = (page: Page) => page.locator('.header-institution').textContent();
const consentDialog = (page: Page) => page.locator('dialog.consent-dialog');

async function openHistoryAndRestore(page: Page, institution: string) {
  await page.getByRole('button', { name: 'Version history…' }).click();
  const row = page.locator('[data-history]').filter({ hasText: institution }).first();
  await row.waitFor();
  await row.getByRole('button', { name: /^Restore/ }).click();
}

describe('nothing is replaced without consent (desktop edition, real file store)', () => {
  it('Open over unsaved work asks; Cancel keeps it, Discard opens the file, and the version history brings the work back', async () => {
    const userDataDir = join(app.workDir, 'consent-open');
    const { page, dialogs } = await app.openPage({ userDataDir });
    await unsavedWork(page, 'Ministry of Unsaved Work');

    dialogs.openQueue.push([otherPath]);
    await page.getByRole('button', { name: 'Open…' }).first().click();
    await expect.poll(() => consentDialog(page).getByTestId('consent-text').textContent()).toBe(CONSENT);
    await consentDialog(page).getByRole('button', { name: 'Cancel' }).click();
    await consentDialog(page).waitFor({ state: 'detached' });
    expect(await shownInstitution(page)).toBe('Ministry of Unsaved Work');
    expect(dialogs.openQueue).toHaveLength(1); // the file dialog was never shown

    await page.getByRole('button', { name: 'Open…' }).first().click();
    await consentDialog(page).getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => shownInstitution(page)).toBe('Statistics Office of Asterra');

    // The discarded work is a state on disk, and restoring it asks nothing (the open file is saved).
    expect(readdirSync(join(userDataDir, 'history')).some((n) => n.endsWith('.capamap.json'))).toBe(true);
    await openHistoryAndRestore(page, 'Ministry of Unsaved Work');
    await expect.poll(() => shownInstitution(page)).toBe('Ministry of Unsaved Work');
    await page.locator('.section-nav button[data-section="compute"]').click();
    await expect.poll(() => page.locator('article.item').first().locator('.stage-option.selected').count()).toBe(1);
    expect(app.problems).toEqual([]);
  });

  it('Begin over unsaved work asks; Save writes the file first, then the new assessment begins', async () => {
    const { page, dialogs } = await app.openPage({ userDataDir: join(app.workDir, 'consent-begin') });
    await unsavedWork(page, 'Ministry of First Work');
    await page.locator('.brand').click();
    const savedPath = join(app.workDir, 'first-work.capamap.json');
    dialogs.saveQueue.push(savedPath);
    await page.getByLabel('Institution').fill('Ministry of Second Work');
    await page.getByLabel('Country').fill('Kenya');
    await page.getByRole('button', { name: 'Begin the assessment' }).click();
    await consentDialog(page).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => shownInstitution(page)).toBe('Ministry of Second Work');
    const saved = parseAssessment(readFileSync(savedPath, 'utf8'));
    expect(saved.ok && saved.value.meta.institution).toBe('Ministry of First Work');
    expect(saved.ok && Object.keys(saved.value.answers).length).toBeGreaterThan(0);
    expect(app.problems).toEqual([]);
  });

  it('Save cancelled in the file dialog replaces nothing', async () => {
    const { page } = await app.openPage({ userDataDir: join(app.workDir, 'consent-save-cancel') });
    await unsavedWork(page, 'Ministry of Kept Work');
    await page.getByRole('button', { name: 'Open…' }).first().click();
    await consentDialog(page).getByRole('button', { name: 'Save' }).click(); // the save dialog is cancelled (empty queue)
    await consentDialog(page).waitFor({ state: 'detached' });
    expect(await shownInstitution(page)).toBe('Ministry of Kept Work');
    expect(app.problems).toEqual([]);
  });

  it('Discard on the "Unfinished work" banner asks, and the discarded work stays restorable after a restart', async () => {
    const userDataDir = join(app.workDir, 'consent-banner');
    const first = await app.openPage({ userDataDir });
    await unsavedWork(first.page, 'Ministry of Banner Work');
    await first.context.close();

    const { page } = await app.openPage({ userDataDir });
    await page.getByTestId('recover').waitFor();
    await page.getByRole('button', { name: 'Discard it' }).click();
    expect(await consentDialog(page).getByTestId('consent-text').textContent()).toBe('The unfinished assessment is not saved in a file.');
    await consentDialog(page).getByRole('button', { name: 'Discard' }).click();
    await page.getByTestId('recover').waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { name: 'Start a new assessment' }).waitFor();
    expect(await page.getByTestId('recover').count()).toBe(0);
    await openHistoryAndRestore(page, 'Ministry of Banner Work');
    await expect.poll(() => shownInstitution(page)).toBe('Ministry of Banner Work');
    expect(app.problems).toEqual([]);
  });
});

describe('nothing is replaced without consent (browser edition, real IndexedDB)', () => {
  it('Open over unsaved work asks; after Discard and a reload, the version history in IndexedDB restores it', async () => {
    const { page } = await app.openPage({ edition: 'browser' });
    await unsavedWork(page, 'Ministry of Browser Work');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open…' }).first().click();
    await consentDialog(page).getByRole('button', { name: 'Discard' }).click();
    await (await chooser).setFiles(otherPath);
    await expect.poll(() => shownInstitution(page)).toBe('Statistics Office of Asterra');
    await waitForAutosave(page);

    await page.reload();
    await page.getByRole('heading', { name: 'Start a new assessment' }).waitFor();
    await openHistoryAndRestore(page, 'Ministry of Browser Work');
    await expect.poll(() => shownInstitution(page)).toBe('Ministry of Browser Work');
    expect(await page.locator('[data-history]').count()).toBe(0); // the dialog closed on restore
    expect(app.problems).toEqual([]);
  });
});
