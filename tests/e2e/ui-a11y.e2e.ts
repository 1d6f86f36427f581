import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESOURCES } from '../../locales/all';
import { startApp, type App } from './harness';
import { axeViolations, demoAssessment, recoverAutosave, seedBrowserAutosave } from './ui-helpers';

// CAPAMAP_SCREENSHOTS=/some/dir also saves a picture of every screen scanned, to look at.
const shotsDir = process.env.CAPAMAP_SCREENSHOTS;
if (shotsDir) mkdirSync(shotsDir, { recursive: true });

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** A demo with something in every review list, so every part of every screen is drawn. */
function reviewableDemo() {
  const demo = demoAssessment(5);
  delete demo.answers['compute.connectivity'];
  demo.answers['data.open-data'] = { kind: 'dont-know' };
  demo.answers['misuse.fraud'] = { kind: 'risk', likelihood: 2 };
  return demo;
}

async function scan(page: Page, screen: string) {
  if (shotsDir) await page.screenshot({ path: join(shotsDir, `${screen}.png`), fullPage: true });
  expect(await axeViolations(page), screen).toEqual([]);
  // Nothing wider than the window (1366 px): long French labels wrap, nothing scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${screen}: horizontal overflow`).toBeLessThanOrEqual(0);
}

async function scanEveryScreen(page: Page, tag: string, openSettings: () => Promise<void>) {
  await page.locator('.view-tabs button').first().click(); // Start, with the assessment in progress.
  await page.getByRole('heading', { level: 1 }).waitFor();
  await scan(page, `${tag}-start`);

  await page.locator('.view-tabs button').nth(1).click();
  await page.locator('.section-nav button[data-section="profile"]').click();
  await scan(page, `${tag}-questionnaire-profile`);
  await page.locator('.section-nav button[data-section="compute"]').click();
  // Guidance, evidence examples and references open; an item with confidence, notes and evidence fields.
  await page.locator('[data-item="compute.hpc-access"] details summary').click();
  await scan(page, `${tag}-questionnaire-pillar`);
  await page.locator('.section-nav button[data-section="misuse"]').click();
  await scan(page, `${tag}-questionnaire-risks`);

  await page.locator('.view-tabs button').nth(2).click();
  await page.getByTestId('review-unanswered').waitFor();
  await scan(page, `${tag}-review`);

  await page.locator('.view-tabs button').nth(3).click();
  await page.getByTestId('gap-table').waitFor();
  await scan(page, `${tag}-results`);

  await page.locator('.view-tabs button').nth(4).click();
  await page.getByTestId('roadmap-counts').waitFor();
  // An inline wording form open and a dropped action listed, so every part of the screen is drawn.
  await page.locator('[data-action] [data-control="drop"]').first().click();
  await page.locator('[data-action] [data-control="edit"]').first().click();
  await scan(page, `${tag}-roadmap`);

  await openSettings();
  await page.getByRole('dialog').waitFor();
  await scan(page, `${tag}-settings`);
  await page.keyboard.press('Escape');
  // Straight on, without waiting: a fast user's next key already opens the next dialog.
  await page.keyboard.press('Shift+?');
  await page.getByRole('dialog').waitFor();
  await scan(page, `${tag}-shortcuts`);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

describe('accessibility: axe-core finds no WCAG 2.1 A/AA or best-practice violation', () => {
  it('on every screen, in the standard and the high-contrast theme', async () => {
    const { page } = await app.openPage({ edition: 'browser' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    await scan(page, 'light-start-empty');
    await seedBrowserAutosave(page, reviewableDemo());
    await page.reload();
    await page.getByTestId('recover').waitFor();
    await scan(page, 'light-start-recover');
    await page.getByRole('button', { name: 'Continue that assessment' }).click();
    await page.locator('#section-title').waitFor();

    const openSettings = () => page.getByRole('button', { name: 'Settings' }).click();
    await scanEveryScreen(page, 'light', openSettings);

    // The theme switch lives in the settings panel; the choice survives a reload.
    await openSettings();
    await page.getByRole('radio', { name: 'High contrast' }).check();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('contrast');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(0, 0, 0)');
    await scanEveryScreen(page, 'contrast', openSettings);
    await recoverAutosave(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('contrast');
    expect(app.problems).toEqual([]);
  });

  it('in French, Spanish, Chinese, Portuguese and Arabic too (questionnaire, results and roadmap), with the page language following', async () => {
    const { page } = await app.openPage({ edition: 'browser' });
    await seedBrowserAutosave(page, reviewableDemo());
    await recoverAutosave(page);
    for (const [code, tag] of [
      ['fr', 'fr'],
      ['es', 'es'],
      ['zh', 'zh-Hans'],
      ['pt', 'pt'],
      ['ar', 'ar'],
    ] as const) {
      await page.locator('.language-picker select').selectOption(code);
      await page.waitForFunction((t) => document.documentElement.lang === t, tag);
      await page.locator('.view-tabs button').nth(1).click();
      await page.locator('.section-nav button[data-section="cross-border-data"]').click();
      await scan(page, `${code}-questionnaire-risks`);
      await page.locator('.view-tabs button').nth(3).click();
      await page.getByTestId('gap-table').waitFor();
      await scan(page, `${code}-results`);
      await page.locator('.view-tabs button').nth(4).click();
      await page.getByTestId('roadmap-counts').waitFor();
      await scan(page, `${code}-roadmap`);
    }
    expect(app.problems).toEqual([]);
    // Fifteen axe scans: give a busy machine time.
  }, 600_000);

  it('in Arabic on every screen, right to left: the page mirrors and the slides follow the reading direction', async () => {
    const { page } = await app.openPage({ edition: 'browser' });
    await seedBrowserAutosave(page, reviewableDemo());
    await recoverAutosave(page);
    await page.locator('.language-picker select').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.lang === 'ar' && document.documentElement.dir === 'rtl');
    // The view tabs run from the right: the first tab sits to the right of the last.
    const tabs = page.locator('.view-tabs button');
    const first = (await tabs.first().boundingBox())!;
    const last = (await tabs.last().boundingBox())!;
    expect(first.x).toBeGreaterThan(last.x);
    await scanEveryScreen(page, 'ar', () => page.getByRole('button', { name: RESOURCES.ar.ui.app.settings }).click());

    // Back to a left-to-right language, the page turns back.
    await page.locator('.language-picker select').selectOption('pt');
    await page.waitForFunction(() => document.documentElement.lang === 'pt' && document.documentElement.dir === 'ltr');
    expect(app.problems).toEqual([]);
  }, 600_000);
});
