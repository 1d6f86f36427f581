import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import { readAutosave, waitForAutosave } from './ui-helpers';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('the assessment language', () => {
  it('sets the interface and report language when an assessment begins, and asks before the assessment follows a later switch', async () => {
    const { page } = await app.openPage();
    await page.getByLabel('Institution').fill('Ministère du Numérique');
    await page.getByLabel('Country').fill('Sénégal');
    await page.getByLabel('Language of the assessment and report').selectOption('fr');
    await page.getByRole('button', { name: 'Begin the assessment' }).click();
    await page.locator('#section-title').waitFor();

    // The interface speaks the assessment's language, and the report panel starts in it.
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await page.locator('.view-tabs button', { hasText: 'Résultats' }).click();
    expect(await page.locator('.report-panel select').first().inputValue()).toBe('fr');

    // Switching the interface to English asks whether the assessment follows; keeping French changes nothing.
    await page.locator('#ui-language').selectOption('en');
    const question = page.getByTestId('language-question');
    await question.waitFor();
    expect(await question.textContent()).toContain('This assessment and its report are in Français');
    await question.getByRole('button', { name: 'Keep Français' }).click();
    await question.waitFor({ state: 'detached' });
    await waitForAutosave(page);
    expect(readAutosave(join(app.workDir, 'user-data')).meta.language).toBe('fr');

    // Switching again and accepting makes the assessment English, saved with it.
    await page.locator('#ui-language').selectOption('es');
    await page.locator('#ui-language').selectOption('en');
    await question.getByRole('button', { name: 'Change to English' }).click();
    await expect.poll(() => readAutosave(join(app.workDir, 'user-data')).meta.language, { timeout: 10_000 }).toBe('en');
    expect(app.problems).toEqual([]);
  });
});

describe('the Chinese face', () => {
  it('is fetched after an English page first paints and before a Chinese one does; both draw 中文 with it', async () => {
    const { page } = await app.openPage({ edition: 'browser' });
    const chineseFace = () =>
      page.evaluate(() => ({
        status: [...document.fonts].find((f) => f.unicodeRange.includes('4E00') && f.weight === '400')?.status ?? null,
        fetchedAt: performance.getEntriesByType('resource').find((e) => e.name.includes('NotoSansHans-Regular'))?.startTime ?? null,
        paintedAt: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      }));
    // Faces load only when characters drawn need them: "loaded" means the language menu's 中文 is drawn with it.
    await expect.poll(async () => (await chineseFace()).status, { timeout: 30_000 }).toBe('loaded');
    const english = await chineseFace();
    expect(english.fetchedAt).toBeGreaterThan(english.paintedAt!);

    await page.evaluate(() => localStorage.setItem('capamap.language', 'zh'));
    await page.reload();
    await expect.poll(async () => (await chineseFace()).status, { timeout: 30_000 }).toBe('loaded');
    const chinese = await chineseFace();
    expect(chinese.fetchedAt).toBeLessThan(chinese.paintedAt!);
    expect(app.problems).toEqual([]);
  });
});
