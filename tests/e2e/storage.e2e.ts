import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('browser edition without local storage', () => {
  it('warns at once that work will not be kept, and still lets the user start', async () => {
    const { page, context } = await app.openPage({ edition: 'browser' });
    await context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
    await page.reload();
    const warning = page.getByTestId('storage-warning');
    await expect.poll(() => warning.textContent()).toContain('This computer cannot keep an automatic copy of your work');
    expect(await warning.textContent()).toContain('no local storage (IndexedDB)');
    await page.getByLabel('Institution').fill('Regulator');
    await page.getByLabel('Country').fill('Kenya');
    await page.getByRole('button', { name: 'Begin the assessment' }).click();
    await page.locator('#section-title').waitFor();
    expect(app.problems).toEqual([]);
  });
});
