import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeAssessment } from '../../core/model/assessment-file';
import { makeDemoResponses } from '../../core/demo/responses';
import { assessmentFromResponses, mergeView, resolveConflict } from '../../core/workshop/merge';
import { serializeResponse } from '../../core/workshop/response-file';
import type { Assessment } from '../../core/model/schema/assessment';
import { startApp, type App } from './harness';
import { axeViolations, bundledContent, demoAssessment } from './ui-helpers';

// Every workshop screen and the presentation: axe-core in both themes, nothing wider than the window,
// the presentation driven by keyboard at a projector's 1024×768 with every slide fitting.
// CAPAMAP_SCREENSHOTS=/some/dir also saves a picture of each screen, to look at.

const shotsDir = process.env.CAPAMAP_SCREENSHOTS;
if (shotsDir) mkdirSync(shotsDir, { recursive: true });
const { questionnaire: q } = bundledContent();

let app: App;
let workshopPath: string;
let lastYearPath: string;
const extraFiles: string[] = [];

/** A workshop of 12 respondents, two conflicts decided with a note. */
function workshop(): Assessment {
  const files = makeDemoResponses(q, { seed: 3, count: 12, now: '2026-01-15T09:00:00.000Z', assessmentId: 'workshop-asterra-2026' });
  let a = assessmentFromResponses(q, files, { meta: { institution: 'Ministry of Digital Economy and Innovation', country: 'Republic of Asterra' } }).assessment;
  for (const item of mergeView(q, a)
    .items.filter((i) => i.status === 'conflict')
    .slice(0, 2))
    a = resolveConflict(q, a, { itemId: item.itemId, answer: item.suggestion, note: 'Agreed after discussion: only what is in place today counts.', decidedAt: '2026-01-15T15:00:00.000Z' });
  return a;
}

beforeAll(async () => {
  app = await startApp();
  const a = workshop();
  workshopPath = join(app.workDir, 'workshop.capamap.json');
  writeFileSync(workshopPath, serializeAssessment(a));
  const last = demoAssessment(3);
  lastYearPath = join(app.workDir, 'last-year.capamap.json');
  writeFileSync(lastYearPath, serializeAssessment({ ...last, meta: { ...last.meta, institution: a.meta.institution, assessmentDate: '2025-01-20' } }));
  // Files for an import report with something in every part: a corrected file, another version with a
  // question it no longer has, another questionnaire, and a file that is no response file at all.
  const [first] = makeDemoResponses(q, { seed: 3, count: 1, now: '2026-01-16T09:00:00.000Z', assessmentId: 'workshop-asterra-2026' });
  const corrected = { ...first!, answers: { ...first!.answers, 'compute.hpc-access': { kind: 'stage' as const, stage: 5 } } };
  const otherVersion = {
    ...corrected,
    respondent: { ...corrected.respondent, id: 'guest-expert', name: 'Guest Expert', agency: 'Regional AI Centre' },
    questionnaire: { id: q.id, version: '0.9.0' },
    answers: { ...corrected.answers, 'compute.old-question': { kind: 'stage' as const, stage: 2 } },
  };
  const otherQuestionnaire = { ...corrected, respondent: { ...corrected.respondent, id: 'someone-else' }, questionnaire: { id: 'another-questionnaire', version: '1.0.0' } };
  for (const [name, text] of [
    ['amina-corrected.capamap-response.json', serializeResponse(corrected)],
    ['guest-expert.capamap-response.json', serializeResponse(otherVersion)],
    ['other.capamap-response.json', serializeResponse(otherQuestionnaire)],
    ['notes.json', '{"hello": "world"}'],
  ] as const) {
    const path = join(app.workDir, name);
    writeFileSync(path, text);
    extraFiles.push(path);
  }
});
afterAll(async () => {
  await app?.close();
});

async function scan(page: Page, screen: string) {
  if (shotsDir) await page.screenshot({ path: join(shotsDir, `${screen}.png`), fullPage: true });
  expect(await axeViolations(page), screen).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${screen}: horizontal overflow`).toBeLessThanOrEqual(0);
}

const workshopTab = (page: Page, id: string) => page.locator(`[data-workshop-tab="${id}"]`).click();

async function scanWorkshop(page: Page, theme: string) {
  await page.locator('.view-tabs button', { hasText: 'Workshop' }).click();
  await workshopTab(page, 'respondents');
  await page.getByTestId('respondents-table').waitFor();
  await scan(page, `${theme}-workshop-respondents`);
  await page.locator('[data-testid="respondents-table"] [data-action="edit"]').first().click();
  await page.getByRole('dialog').waitFor();
  await scan(page, `${theme}-workshop-edit-respondent`);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });

  await workshopTab(page, 'merge');
  const first = page.locator('[data-merge-item]').first();
  await first.locator('details.each summary').click();
  await first.locator('table.each-answer').waitFor();
  await scan(page, `${theme}-workshop-merge`);
  await first.locator('[data-action="decide"]').click();
  await page.getByRole('dialog').waitFor();
  await scan(page, `${theme}-workshop-decide`);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await page.getByLabel(/^All \(/).check();
  await page.locator('[data-merge-item][data-status="agreed"]').first().waitFor();
  await scan(page, `${theme}-workshop-merge-all`);

  await workshopTab(page, 'disagreement');
  await page.getByTestId('disagreement-table').waitFor();
  await scan(page, `${theme}-workshop-disagreement`);
  await workshopTab(page, 'baseline');
  await page.getByTestId('baseline-comparison').waitFor();
  await page.locator('.baseline-panel details summary').click();
  await scan(page, `${theme}-workshop-baseline`);
  await workshopTab(page, 'export');
  await scan(page, `${theme}-workshop-export`);
}

describe('workshop screens', () => {
  it('pass axe-core in the standard and the high-contrast theme, and fit the window', async () => {
    const { page, dialogs } = await app.openPage({ userDataDir: join(app.workDir, 'screens') });
    dialogs.openQueue.push([workshopPath]);
    await page.getByRole('button', { name: 'Open…' }).first().click();
    await page.locator('#section-title').waitFor();
    await page.locator('.view-tabs button', { hasText: 'Workshop' }).click();
    await workshopTab(page, 'respondents');
    dialogs.openQueue.push(extraFiles);
    await page.getByTestId('import-responses').click();
    const report = page.getByTestId('import-report');
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toBe('4 files read: 1 new respondent, 1 replaced, 0 unchanged, 2 refused.');
    expect(await report.locator('[data-dropped="guest-expert"]').textContent()).toContain('Guest Expert: 1 answer left out');
    expect(await report.locator('[data-notice="other-version"]').textContent()).toContain('Guest Expert answered version 0.9.0 of the questionnaire');
    expect(await report.locator('[data-refused="other.capamap-response.json"]').textContent()).toContain('it answers another questionnaire');
    await workshopTab(page, 'baseline');
    dialogs.openQueue.push([lastYearPath]);
    await page.getByTestId('load-baseline').click();
    await page.getByTestId('baseline-comparison').waitFor();
    await workshopTab(page, 'respondents');

    await scanWorkshop(page, 'light');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: 'High contrast' }).check();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await scanWorkshop(page, 'contrast');

    // The presentation in high contrast too, every slide.
    await page.locator('#present-button').click();
    await page.getByTestId('presentation').waitFor();
    const count = Number((await page.getByTestId('slide-position').textContent())!.match(/of (\d+)/)![1]);
    for (let i = 0; i < count; i++) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.getByTestId('slide-position').textContent()).toBe(`Slide ${i + 1} of ${count}`);
      expect(await axeViolations(page), `contrast slide ${i + 1}`).toEqual([]);
    }
    await page.keyboard.press('Escape');
    await page.getByTestId('presentation').waitFor({ state: 'detached' });
    expect(app.problems).toEqual([]);
  });

  it('the decision dialog records a risk rated by hand, a multiple choice, a text and "leave unanswered", and refuses an incomplete answer', async () => {
    const { page, dialogs } = await app.openPage({ userDataDir: join(app.workDir, 'dialog') });
    dialogs.openQueue.push([workshopPath]);
    await page.getByRole('button', { name: 'Open…' }).first().click();
    await page.locator('#section-title').waitFor();
    await page.locator('.view-tabs button', { hasText: 'Workshop' }).click();
    await workshopTab(page, 'merge');
    await page.getByLabel(/^All \(/).check();
    const dialog = page.getByRole('dialog');
    const decide = async (itemId: string, fill: () => Promise<void>, note: string) => {
      const row = page.locator(`[data-merge-item="${itemId}"]`);
      await row.locator('[data-action="decide"]').click();
      await fill();
      await dialog.getByLabel('Why (note)').fill(note);
      await dialog.getByRole('button', { name: 'Record the decision' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => row.getAttribute('data-status')).toBe('resolved');
      return row.getByTestId('consensus').textContent();
    };
    const risk = 'misuse.bio-chem-uplift';
    expect(
      await decide(
        risk,
        async () => {
          await dialog.getByLabel('Rate it:').check();
          await dialog.getByLabel('Likelihood in the next five years').selectOption('2');
          await dialog.getByLabel('Impact if it happens').selectOption('5');
          await dialog.getByLabel('Preparedness').selectOption('1');
        },
        'Rated together with the health ministry.',
      ),
    ).toBe('Decision: Likelihood 2 · impact 5 · preparedness 1. Why: Rated together with the health ministry.');
    expect(
      await decide(
        'profile.sector-focus',
        async () => {
          await dialog.getByLabel('These options:').check();
          for (const box of await dialog.getByRole('checkbox').all()) await box.uncheck();
          await dialog.getByRole('checkbox', { name: 'Health' }).check();
          await dialog.getByRole('checkbox', { name: 'Agriculture' }).check();
        },
        'Two pilots only.',
      ),
    ).toBe('Decision: Health, Agriculture and food security. Why: Two pilots only.');
    expect(
      await decide(
        'profile.working-languages',
        async () => {
          await dialog.getByLabel('This answer:', { exact: true }).first().check();
          await dialog.getByRole('textbox', { name: 'This answer:' }).fill('English, Swahili');
        },
        'As in the constitution.',
      ),
    ).toBe('Decision: English, Swahili. Why: As in the constitution.');
    expect(
      await decide(
        'compute.hpc-access',
        async () => {
          await dialog.getByLabel('Leave it unanswered').check();
        },
        'Nobody could say.',
      ),
    ).toBe('Decision: leave this question unanswered. Why: Nobody could say.');
    // An incomplete answer is refused in words, and Cancel records nothing.
    const row = page.locator(`[data-merge-item="${risk}"]`);
    const before = await row.getByTestId('consensus').textContent();
    await row.locator('[data-action="decide"]').click();
    for (const scale of ['Likelihood in the next five years', 'Impact if it happens', 'Preparedness']) await dialog.getByLabel(scale).selectOption('');
    await dialog.getByRole('button', { name: 'Record the decision' }).click();
    expect(await dialog.getByRole('alert').textContent()).toBe('Choose an answer first.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await row.getByTestId('consensus').textContent()).toBe(before);
    expect(app.problems).toEqual([]);
  });

  it('present at 1024×768: every slide fits, keyboard moves through them, Esc leaves', async () => {
    const { page, dialogs } = await app.openPage({ userDataDir: join(app.workDir, 'projector'), viewport: { width: 1024, height: 768 } });
    dialogs.openQueue.push([workshopPath]);
    await page.getByRole('button', { name: 'Open…' }).first().click();
    await page.locator('#section-title').waitFor();
    // Conflicts are still open: the results screen and every slide say the figures are provisional.
    await page.locator('.view-tabs button', { hasText: 'Results' }).click();
    const mark = /^Provisional — (\d+) questions still to decide\./;
    const onResults = (await page.getByTestId('provisional').textContent())!;
    expect(onResults).toMatch(mark);
    // The progress slide needs last year's assessment as the baseline.
    await page.locator('.view-tabs button', { hasText: 'Workshop' }).click();
    await workshopTab(page, 'baseline');
    dialogs.openQueue.push([lastYearPath]);
    await page.getByTestId('load-baseline').click();
    await page.getByTestId('baseline-comparison').waitFor();

    await page.locator('#present-button').click();
    const presentation = page.getByTestId('presentation');
    await presentation.waitFor();
    expect(await page.locator('header').count()).toBe(0);
    const position = page.getByTestId('slide-position');
    const total = Number((await position.textContent())!.match(/of (\d+)/)![1]);
    const slides: string[] = [];
    for (let i = 1; i <= total; i++) {
      await expect.poll(() => position.textContent()).toBe(`Slide ${i} of ${total}`);
      const id = (await presentation.getAttribute('data-slide'))!;
      slides.push(id);
      expect(await page.getByTestId('provisional').textContent(), id).toBe(onResults.match(mark)![0]);
      if (shotsDir) await page.screenshot({ path: join(shotsDir, `present-1024-${String(i).padStart(2, '0')}-${id}.png`) });
      const fit = await page.evaluate(() => {
        const slide = document.querySelector('.slide')!;
        const title = document.querySelector('#slide-title')!;
        return {
          overflow: slide.scrollHeight - slide.clientHeight,
          wide: document.documentElement.scrollWidth - window.innerWidth,
          titleSize: parseFloat(getComputedStyle(title).fontSize),
          bodySize: parseFloat(getComputedStyle(slide).fontSize),
        };
      });
      expect(fit.overflow, `${id} fits the height`).toBeLessThanOrEqual(0);
      expect(fit.wide, `${id} fits the width`).toBeLessThanOrEqual(0);
      expect(fit.bodySize, `${id}: large type`).toBeGreaterThanOrEqual(22);
      expect(fit.titleSize).toBeGreaterThanOrEqual(36);
      await page.keyboard.press(i % 3 === 0 ? 'Space' : i % 3 === 1 ? 'ArrowRight' : 'PageDown');
    }
    expect(slides[0]).toBe('title');
    expect(slides).toEqual(expect.arrayContaining(['profile', 'heatmap', 'priorities', 'phase-1-1', 'phase-2-1', 'phase-3-1', 'disagreement', 'progress']));
    // Past the last slide nothing moves; Home and End jump; PageUp and ← go back.
    await expect.poll(() => position.textContent()).toBe(`Slide ${total} of ${total}`);
    await page.keyboard.press('Home');
    await expect.poll(() => position.textContent()).toBe(`Slide 1 of ${total}`);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => position.textContent()).toBe(`Slide 1 of ${total}`);
    await page.keyboard.press('End');
    await expect.poll(() => position.textContent()).toBe(`Slide ${total} of ${total}`);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => position.textContent()).toBe(`Slide ${total - 2} of ${total}`);
    // Esc leaves, back to where the presentation started, with the focus on the Present button.
    await page.keyboard.press('Escape');
    await presentation.waitFor({ state: 'detached' });
    await page.getByTestId('baseline-comparison').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('present-button');
    expect(app.problems).toEqual([]);
  });
});
