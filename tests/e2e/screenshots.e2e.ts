import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeAssessment } from '../../core/model/assessment-file';
import { makeDemoResponses } from '../../core/demo/responses';
import { assessmentFromResponses, mergeView, resolveConflict } from '../../core/workshop/merge';
import type { Assessment } from '../../core/model/schema/assessment';
import type { Language } from '../../core/model/schema/text';
import { startApp, type App } from './harness';
import { bundledContent } from './ui-helpers';

/*
 * Pictures of every screen, taken from the real app walking a demo workshop
 * (`npm run docs:screenshots`, and every e2e run): the user guide's pictures
 * (docs/user-guide/images/<lang>/, 1366×768, committed) so they never drift
 * from the product, and the full review set at three window sizes in
 * out/screenshots/ (not committed) to look at before calling a screen done.
 */

const ROOT = join(__dirname, '../..');
const GUIDE_IMAGES = join(ROOT, 'docs/user-guide/images');
const REVIEW = join(ROOT, 'out/screenshots');
const LANGUAGES: Language[] = ['en', 'fr'];
const SIZES = [
  { width: 1024, height: 700 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
/** The size the guide's pictures are taken at: a common government laptop. */
const GUIDE_SIZE = SIZES[1]!;

const { questionnaire: q } = bundledContent();

/** Twelve respondents of a workshop, every conflict decided: each screen has something real to show. */
function workshop(language: Language): Assessment {
  const files = makeDemoResponses(q, { seed: 3, count: 12, now: '2026-01-15T09:00:00.000Z', assessmentId: 'workshop-asterra-2026' });
  let a = assessmentFromResponses(q, files, { meta: { institution: 'Ministry of Digital Economy and Innovation', country: 'Republic of Asterra' } }).assessment;
  for (const item of mergeView(q, a).items.filter((i) => i.status === 'conflict'))
    a = resolveConflict(q, a, { itemId: item.itemId, answer: item.suggestion, note: 'Agreed after discussion: only what is in place today counts.', decidedAt: '2026-01-15T15:00:00.000Z' });
  return { ...a, meta: { ...a.meta, assessmentDate: '2026-01-15', leadRespondent: 'Amina Diallo', language } };
}

let app: App;
const written: string[] = [];
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** Lets layout and fonts settle after a resize or a screen change. */
const settle = (page: Page) => page.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))));

/** Takes the screen at every size; the guide's size also goes to the guide's folder. */
async function shoot(page: Page, language: Language, screen: string, prepare?: () => Promise<void>) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await prepare?.();
    // No hover left on whatever the last click's place now holds.
    await page.mouse.move(0, 0);
    await settle(page);
    const png = await page.screenshot();
    const review = join(REVIEW, language, `${screen}-${size.width}x${size.height}.png`);
    writeFileSync(review, png);
    written.push(review);
    if (size === GUIDE_SIZE && !screen.startsWith('guide')) {
      const guide = join(GUIDE_IMAGES, language, `${screen}.png`);
      writeFileSync(guide, png);
      written.push(guide);
    }
  }
  await page.setViewportSize(GUIDE_SIZE);
}

const tab = (page: Page, index: number) => page.locator(`.view-tabs li:nth-child(${index}) button`).click();

async function walk(language: Language) {
  mkdirSync(join(REVIEW, language), { recursive: true });
  mkdirSync(join(GUIDE_IMAGES, language), { recursive: true });
  const path = join(app.workDir, `workshop-${language}.capamap.json`);
  writeFileSync(path, serializeAssessment(workshop(language)));
  const { page, context, dialogs } = await app.openPage({ userDataDir: join(app.workDir, `shots-${language}`), viewport: GUIDE_SIZE });
  await page.locator('#ui-language').selectOption(language);

  // A first visit: the start page with "How this works" open, and the guide.
  await page.locator('[data-help="start"] summary').click();
  await shoot(page, language, 'start');
  await page.getByTestId('open-guide').click();
  await page.getByTestId('guide').locator('h2').first().waitFor();
  await shoot(page, language, 'guide');
  // A section of the guide with its picture, as the reader sees it.
  await shoot(page, language, 'guide-section', () => page.locator('#guide-answering').evaluate((h) => h.scrollIntoView({ block: 'start' })));

  dialogs.openQueue.push([path]);
  await page.locator('.header-actions button').first().click();
  await page.locator('#section-title').waitFor();
  const pillar = page.locator('.section-nav button[data-section="compute"]');
  await pillar.click();
  await page.locator('[data-help="questionnaire"] summary').click();
  await shoot(page, language, 'questionnaire', () => page.locator('#section-title').scrollIntoViewIfNeeded());

  await tab(page, 4);
  await page.locator('[data-help="results"]').waitFor();
  await shoot(page, language, 'results', () => page.evaluate(() => window.scrollTo(0, 0)));
  await page.locator('.report-panel').waitFor();
  await shoot(page, language, 'report', () => page.locator('.report-panel').evaluate((panel) => panel.scrollIntoView({ block: 'start' })));

  await tab(page, 5);
  await page.locator('[data-help="roadmap"]').waitFor();
  await shoot(page, language, 'roadmap', () => page.evaluate(() => window.scrollTo(0, 0)));

  await tab(page, 6);
  await page.locator('[data-workshop-tab="merge"]').click();
  // Every conflict is decided: show the decisions, each with its note.
  await page.locator('input[name="merge-filter"][value="resolved"]').check();
  await page.locator('[data-merge-item]').first().waitFor();
  await shoot(page, language, 'workshop', () => page.evaluate(() => window.scrollTo(0, 0)));

  await page.locator('#present-button').click();
  await page.getByTestId('leave-presentation').waitFor();
  // The capacity profile rather than the title slide.
  await page.keyboard.press('ArrowRight');
  await shoot(page, language, 'presentation');
  await page.keyboard.press('Escape');
  await context.close();
}

describe('screenshots of every screen', () => {
  // One test per language, each within the e2e time limit on a busy machine.
  it.each(LANGUAGES)('walks the demo workshop through every screen in %s, and writes each picture', async (language) => {
    const started = Date.now();
    const before = written.length;
    await walk(language);
    const files = written.slice(before);
    // Nine screens at three sizes, and seven of them (not the guide itself) for the guide.
    expect(files).toHaveLength(9 * SIZES.length + 7);
    // Each picture is a real one: written now, and far larger than a blank page compresses to.
    for (const file of files) {
      const { size, mtimeMs } = statSync(file);
      expect(size, file).toBeGreaterThan(20_000);
      expect(mtimeMs, file).toBeGreaterThanOrEqual(started - 1000);
    }
    expect(app.problems).toEqual([]);
  });
});
