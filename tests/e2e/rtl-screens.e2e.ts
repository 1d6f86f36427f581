import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDemoResponses } from '../../core/demo/responses';
import { assessmentFromResponses, mergeView, resolveConflict } from '../../core/workshop/merge';
import type { Assessment } from '../../core/model/schema/assessment';
import { RESOURCES } from '../../locales/all';
import { startApp, type App } from './harness';
import { bundledContent, seedBrowserAutosave } from './ui-helpers';

/*
 * Every screen and dialog in Arabic (right to left) and a few in Portuguese
 * (long words), at a small and a common laptop size: nothing scrolls sideways,
 * and with CAPAMAP_SCREENSHOTS=<dir> each is saved to look at
 * (<dir>/ar/<screen>-<width>.png).
 */

const shotsDir = process.env.CAPAMAP_SCREENSHOTS;
const SIZES = [
  { width: 1024, height: 700 },
  { width: 1366, height: 768 },
];
const { questionnaire: q } = bundledContent();

/** A workshop of six respondents, conflicts decided, with names and notes in Latin script. */
function workshop(): Assessment {
  const files = makeDemoResponses(q, { seed: 3, count: 6, now: '2026-01-15T09:00:00.000Z', assessmentId: 'workshop-asterra-2026' });
  let a = assessmentFromResponses(q, files, { meta: { institution: 'Ministry of Digital Economy (MDE)', country: 'Republic of Asterra' } }).assessment;
  for (const item of mergeView(q, a)
    .items.filter((i) => i.status === 'conflict')
    .slice(0, 3))
    a = resolveConflict(q, a, { itemId: item.itemId, answer: item.suggestion, note: 'Agreed on 15 January: only what is in place today counts.', decidedAt: '2026-01-15T15:00:00.000Z' });
  delete a.answers['compute.connectivity'];
  return { ...a, meta: { ...a.meta, assessmentDate: '2026-01-15', leadRespondent: 'Amina Diallo' } };
}

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const settle = (page: Page) => page.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
const tab = (page: Page, index: number) => page.locator('.view-tabs button').nth(index).click();

/** At each size: nothing wider than the window; the picture saved when asked for. */
async function look(page: Page, language: string, screen: string, prepare?: () => Promise<void>) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await prepare?.();
    await page.mouse.move(0, 0);
    await settle(page);
    if (shotsDir) {
      mkdirSync(join(shotsDir, language), { recursive: true });
      await page.screenshot({ path: join(shotsDir, language, `${screen}-${size.width}.png`), fullPage: !prepare });
    }
    expect.soft(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${screen} at ${size.width}: horizontal overflow`).toBeLessThanOrEqual(0);
  }
}

async function openLanguage(language: string) {
  const { page } = await app.openPage({ edition: 'browser', viewport: SIZES[0] });
  await page.locator('#ui-language').selectOption(language);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  return page;
}

async function recover(page: Page, language: string) {
  await seedBrowserAutosave(page, workshop());
  await page.reload();
  await page.getByTestId('recover').waitFor();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
}

describe('right to left and long words on every screen', () => {
  it('in Arabic: every screen and dialog', async () => {
    const page = await openLanguage('ar');
    const ar = 'ar';
    await look(page, ar, 'start-empty');
    await recover(page, ar);
    await look(page, ar, 'start-recover');
    await page.getByTestId('recover').getByRole('button').first().click();
    await page.locator('#section-title').waitFor();
    // The assessment is in English: the interface follows it, then the user picks Arabic again (and is asked about the assessment).
    await page.locator('#ui-language').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await look(page, ar, 'language-question', () => page.evaluate(() => window.scrollTo(0, 0)));

    await page.locator('.section-nav button[data-section="profile"]').click();
    await look(page, ar, 'questionnaire-profile');
    await page.locator('.section-nav button[data-section="compute"]').click();
    await page.locator('[data-item="compute.hpc-access"] details summary').first().click();
    await look(page, ar, 'questionnaire-pillar');
    await page.locator('.section-nav button[data-section="misuse"]').click();
    await look(page, ar, 'questionnaire-risks');

    // The keys are the same letters and digits in Arabic: J/K move, digits answer, D and N, Ctrl+Z undoes.
    await page.locator('.section-nav button[data-section="compute"]').click();
    await page.locator('[data-item="compute.hpc-access"]').focus();
    const focused = () => page.evaluate(() => document.activeElement?.closest('[data-item]')?.getAttribute('data-item') ?? null);
    const chosen = (id: string) => page.locator(`[data-item="${id}"] input[type="radio"]:checked`).getAttribute('value');
    await page.keyboard.press('j');
    await expect.poll(focused).toBe('compute.data-centres');
    await page.keyboard.press('k');
    await expect.poll(focused).toBe('compute.hpc-access');
    await page.keyboard.press('4');
    await expect.poll(() => chosen('compute.hpc-access')).toBe('4');
    await page.keyboard.press('d');
    await expect.poll(() => chosen('compute.hpc-access')).toBe('dont-know');
    await page.keyboard.press('n');
    await expect.poll(() => chosen('compute.hpc-access')).toBe('not-applicable');
    await page.keyboard.press('Control+z');
    await expect.poll(() => chosen('compute.hpc-access')).toBe('dont-know');
    await page.keyboard.press('Control+z');
    await expect.poll(() => chosen('compute.hpc-access')).toBe('4');

    await tab(page, 2);
    await look(page, ar, 'review');
    await tab(page, 3);
    await page.getByTestId('gap-table').waitFor();
    await look(page, ar, 'results');
    await look(page, ar, 'results-charts', () => page.locator('[data-help="results"]').evaluate((el) => el.scrollIntoView({ block: 'start' })));
    await look(page, ar, 'report', () => page.locator('.report-panel').evaluate((el) => el.scrollIntoView({ block: 'start' })));

    await tab(page, 4);
    await page.getByTestId('roadmap-counts').waitFor();
    await page.locator('[data-action] [data-control="drop"]').first().click();
    await page.locator('[data-action] [data-control="edit"]').first().click();
    await look(page, ar, 'roadmap');

    await tab(page, 5);
    await page.locator('[data-workshop-tab="respondents"]').click();
    await look(page, ar, 'workshop-respondents');
    await page.locator('[data-workshop-tab="merge"]').click();
    const first = page.locator('[data-merge-item]').first();
    await first.locator('details.each summary').click();
    await look(page, ar, 'workshop-merge');
    await look(page, ar, 'workshop-kit', () => page.locator('.workshop-kit').evaluate((el) => el.scrollIntoView({ block: 'start' })));
    await page.locator('[data-workshop-tab="paper"]').click();
    await look(page, ar, 'workshop-paper');
    await page.getByTestId('open-paper-entry').click();
    // The name field takes the focus when the respondent step opens.
    await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
    await page.keyboard.type('Awa Ndiaye');
    await page.keyboard.press('Tab');
    await page.keyboard.type('National Statistics Office (INS)');
    await page.locator('input[data-section="compute"]').check();
    await page.getByTestId('paper-start').click();
    await page.locator('input[data-item="compute.hpc-access"][data-field="answer"]').fill('2');
    await look(page, ar, 'workshop-paper-entry');

    for (const [name, open] of [
      ['settings', () => page.getByRole('button', { name: RESOURCES.ar.ui.app.settings }).click()],
      ['history', () => page.getByRole('button', { name: RESOURCES.ar.ui.history.open }).click()],
      ['shortcuts', () => page.keyboard.press('Shift+?')],
    ] as const) {
      await open();
      await page.getByRole('dialog').waitFor();
      await look(page, ar, name);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }

    await page.getByTestId('open-guide').click();
    await page.getByTestId('guide').locator('h2').first().waitFor();
    await look(page, ar, 'guide', () => page.evaluate(() => window.scrollTo(0, 0)));
    await page.keyboard.press('Escape');

    await tab(page, 5);
    await page.locator('#present-button').click();
    await page.getByTestId('leave-presentation').waitFor();
    await look(page, ar, 'presentation-title', async () => {});
    // Right to left, the next slide is to the left: ArrowLeft goes forward, ArrowRight back.
    const slide = () => page.getByTestId('presentation').getAttribute('data-slide');
    const title = await slide();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(slide).not.toBe(title);
    await look(page, ar, 'presentation', async () => {});
    await page.keyboard.press('ArrowRight');
    await expect.poll(slide).toBe(title);
    await page.keyboard.press('Escape');
    expect(app.problems).toEqual([]);
  }, 600_000);

  it('in Portuguese, switched to while working: long words wrap on the busiest screens', async () => {
    const page = await openLanguage('en');
    await recover(page, 'en');
    await page.setViewportSize(SIZES[1]!);
    await page.getByTestId('recover').getByRole('button').first().click();
    await page.locator('#section-title').waitFor();
    await page.locator('#ui-language').selectOption('pt');
    await page.waitForFunction(() => document.documentElement.lang === 'pt' && document.documentElement.dir === 'ltr');
    await page.locator('.section-nav button[data-section="compute"]').click();
    await look(page, 'pt', 'questionnaire', () => page.evaluate(() => window.scrollTo(0, 0)));
    await tab(page, 3);
    await page.getByTestId('gap-table').waitFor();
    await look(page, 'pt', 'results');
    await tab(page, 4);
    await page.getByTestId('roadmap-counts').waitFor();
    await look(page, 'pt', 'roadmap', () => page.evaluate(() => window.scrollTo(0, 0)));
    await tab(page, 5);
    await page.locator('[data-workshop-tab="merge"]').click();
    await look(page, 'pt', 'workshop-merge', () => page.evaluate(() => window.scrollTo(0, 0)));
    expect(app.problems).toEqual([]);
  }, 300_000);
});
