import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';

// The browser edition fetches the bundled content the build checked instead of the texts, and the texts only when
// the checked file is not the one this build wrote; those are then validated as any file.

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** Reloads the page; the list fills with the content files it fetches from then on. */
async function reloadFetching(page: Page): Promise<string[]> {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.json')) fetched.push(path.replace(/^\/assets\//, ''));
  });
  await page.reload();
  return fetched;
}

/** Whether the questionnaire is ready: a new assessment opens on its first section. */
async function beginsAssessment(page: Page): Promise<boolean> {
  await page.getByLabel('Institution').fill('National Statistics Office');
  await page.getByLabel('Country').fill('Ghana');
  await page.getByRole('button', { name: 'Begin the assessment' }).click();
  await page.locator('#section-title').waitFor();
  return (await page.locator('main [data-item]').count()) > 0;
}

/** Serves the matching files with one character changed inside the first English text. */
const changeOneCharacter = (page: Page, glob: string, change: (text: string) => string) =>
  page.route(glob, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: change(await response.text()) });
  });

describe('bundled content at start (browser edition)', () => {
  it('takes the checked file alone when it is the one the build wrote', async () => {
    const { page } = await app.openPage({ edition: 'browser', userDataDir: join(app.workDir, 'checked') });
    const fetched = await reloadFetching(page);
    expect(await beginsAssessment(page)).toBe(true);
    expect(fetched).toHaveLength(1);
    expect(fetched[0]).toMatch(/^checked-capamap-core-[0-9a-f]{16}\.json$/);
  });

  it('validates the texts once the checked file differs, and refuses a broken one with the usual notice', async () => {
    const { page } = await app.openPage({ edition: 'browser', userDataDir: join(app.workDir, 'changed') });
    await changeOneCharacter(page, '**/assets/checked-*.json', (text) => text.replace('"en":"', '"en":" '));
    const fetched = await reloadFetching(page);
    expect(await beginsAssessment(page)).toBe(true);
    expect(fetched.map((f) => f.replace(/-[\w-]+\.json$/, '')).sort()).toEqual(['actions', 'checked', 'questionnaire']);
    expect(await page.locator('.error-text').count()).toBe(0);

    await changeOneCharacter(page, '**/assets/questionnaire-*.json', (text) => text.replace('"sections"', '"sectionz"'));
    await reloadFetching(page);
    await expect.poll(() => page.locator('.error-text').first().textContent()).toContain('A questionnaire bundled with CapaMap: the entry “sections” is missing');
  });
});
