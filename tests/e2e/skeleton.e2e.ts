import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAssessment } from '../../core/model/assessment-file';
import { parseContent } from '../../core/model/content';
import { formatDecimal } from '../../core/report';
import { scoreAssessment } from '../../core/method/scoring';
import { startApp, type App } from './harness';

const bundled = join(__dirname, '../../questionnaires/capamap-core');
const content = (() => {
  const parsed = parseContent(readFileSync(join(bundled, 'questionnaire.json'), 'utf8'), readFileSync(join(bundled, 'actions.json'), 'utf8'));
  if (!parsed.ok) throw new Error('bundled content does not validate');
  return parsed.value;
})();

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

async function startAssessment(page: Page, institution: string) {
  await page.getByLabel('Institution').fill(institution);
  await page.getByLabel('Country').fill('Ghana');
  await page.getByRole('button', { name: 'Begin the assessment' }).click();
  await page.locator('#section-title').waitFor();
}

/** Answers the first indicators of the compute pillar with the given stages, by mouse. */
async function answerCompute(page: Page, stages: number[]) {
  await page
    .locator('.section-nav')
    .getByRole('button', { name: /Compute/ })
    .click();
  const items = page.locator('article.item');
  for (const [i, stage] of stages.entries()) {
    await items
      .nth(i)
      .locator('.stage-option')
      .nth(stage - 1)
      .click();
  }
}

describe('walking skeleton (desktop edition with the real main-process handlers)', () => {
  it('starts, answers, shows results that match core/, saves, and refuses a broken file without losing work', async () => {
    const { page, dialogs } = await app.openPage();
    await startAssessment(page, 'Ministry of Communications <b>&</b> Digitalisation');
    await answerCompute(page, [2, 3, 1]);

    // Save to a real file through the real handler.
    const savedPath = join(app.workDir, 'ministry.capamap.json');
    dialogs.saveQueue.push(savedPath);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toContain('Saved to ministry.capamap.json');
    const saved = parseAssessment(readFileSync(savedPath, 'utf8'));
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.value.meta.institution).toBe('Ministry of Communications <b>&</b> Digitalisation');
    const computeIds = content.questionnaire.sections.find((s) => s.id === 'compute')!.items.map((i) => i.id);
    expect([computeIds.slice(0, 3).map((id) => saved.value.answers[id])]).toEqual([[expect.objectContaining({ stage: 2 }), expect.objectContaining({ stage: 3 }), expect.objectContaining({ stage: 1 })]]);

    // The dashboard shows exactly what core/ computes from the saved file.
    await page.getByRole('button', { name: 'See the results' }).first().click();
    const expected = scoreAssessment(content.questionnaire, saved.value).find((s) => s.section === 'compute')!;
    const row = page.getByTestId('gap-table').locator('tr[data-section="compute"]');
    await expect.poll(() => row.locator('[data-col="score"]').textContent()).toBe(formatDecimal(expected.score!, 1, 'en'));
    expect(await row.locator('[data-col="target"]').textContent()).toBe(String(expected.target));

    // A malformed file is refused in one sentence naming it; the open work stays.
    const broken = join(app.workDir, 'broken.capamap.json');
    writeFileSync(broken, '{"format": 1, "id": "x"');
    dialogs.openQueue.push([broken]);
    await page.getByRole('button', { name: 'Open…' }).first().click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('broken.capamap.json');
    expect(await page.getByTestId('gap-table').isVisible()).toBe(true);
    expect(await row.locator('[data-col="score"]').textContent()).toBe(formatDecimal(expected.score!, 1, 'en'));

    // The markup in the institution name was saved and is shown as text, never interpreted.
    expect(await page.locator('b').count()).toBe(0);
    expect(app.problems).toEqual([]);
  });

  it('can be driven by keyboard alone', async () => {
    const { page } = await app.openPage();
    await page.getByLabel('Institution').focus();
    await page.keyboard.type('National Statistics Office');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Senegal');
    await page.keyboard.press('Enter');
    await page.locator('#section-title').waitFor();
    // Begin put the focus on the first section's title; the sidebar is just before it: Shift+Tab, then Enter.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('section-title');
    const compute = page.locator('.section-nav').getByRole('button', { name: /Compute/ });
    for (let i = 0; i < 40 && !(await compute.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    // Into the first stage group: Tab reaches the radio group, arrows choose the stage.
    const firstRadio = page.locator('article.item').first().locator('input[type="radio"]').first();
    for (let i = 0; i < 80 && !(await firstRadio.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('article.item').first().locator('.stage-option.selected .stage-label').textContent()).toBe('2 · Emerging');
    expect(app.problems).toEqual([]);
  });
});
