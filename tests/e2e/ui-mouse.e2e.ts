import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localize } from '../../core/model/localize';
import { rankRisks } from '../../core/method/priorities';
import { activeSections, relevantItems } from '../../core/model/questionnaire';
import { formatDecimal, formatPercent } from '../../core/report/format';
import { scoreAssessment } from '../../core/method/scoring';
import { PILLARS, type Section } from '../../core/model/schema/questionnaire';
import { startApp, type App } from './harness';
import { bundledContent, readAutosave, waitForAutosave } from './ui-helpers';

const content = bundledContent();
const q = content.questionnaire;
const section = (id: string) => q.sections.find((s) => s.id === id)!;

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** Answers every asked item of a section by clicking (choices of a list box are picked with selectOption). */
async function answerSectionByMouse(page: Page, s: Section, offset: number): Promise<void> {
  await page.locator(`.section-nav button[data-section="${s.id}"]`).click();
  await page.locator('#section-title').waitFor();
  for (let i = 0; i < s.items.length; i++) {
    const item = s.items[i]!;
    const frame = page.locator(`[data-item="${item.id}"]`);
    if ((await frame.count()) === 0) continue; // not asked (skip logic)
    const n = ((i + offset) % 5) + 1;
    switch (item.type) {
      case 'indicator':
        await frame
          .locator('.stage-option')
          .nth(n - 1)
          .click();
        break;
      case 'risk':
        await frame
          .locator('[data-scale="likelihood"] .scale-option')
          .nth((i + offset + 2) % 5)
          .click();
        await frame
          .locator('[data-scale="impact"] .scale-option')
          .nth((i + offset + 3) % 5)
          .click();
        await frame
          .locator('[data-scale="preparedness"] .stage-option')
          .nth((i + offset) % 3)
          .click();
        break;
      case 'choice':
        await frame.locator('select').selectOption(item.options![item.id === 'profile.ai-strategy' ? 0 : 1]!.value);
        break;
      case 'multi':
        await frame.locator('input[type="checkbox"]').nth(0).click();
        await frame.locator('input[type="checkbox"]').nth(2).click();
        break;
      case 'text':
        await frame.locator('input').fill('Français, Ewe');
        break;
    }
  }
}

/** What the page shows as chosen in the current section: item id → selected stage labels / values. */
function shownAnswers(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const frame of document.querySelectorAll<HTMLElement>('main [data-item]')) {
      const values = [...frame.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked, input[type="checkbox"]:checked')].map((i) => `${i.name.split('-')[0]}=${i.value}`);
      for (const field of frame.querySelectorAll<HTMLInputElement | HTMLSelectElement>('select, input:not([type]), input[type="text"]')) values.push(`field=${field.value}`);
      out[frame.dataset.item!] = values;
    }
    return out;
  });
}

async function switchLanguage(page: Page, code: string) {
  await page.locator('.language-picker select').selectOption(code);
  await page.waitForFunction((c) => document.documentElement.lang.startsWith(c), code);
}

describe('the assessment by mouse (desktop edition, real handlers)', () => {
  it('answers everything, switches language mid-way without losing anything, and shows what core/ computes', async () => {
    const userDataDir = join(app.workDir, 'mouse');
    const { page } = await app.openPage({ userDataDir });
    await page.getByRole('textbox', { name: 'Institution', exact: true }).fill('Ministère de l’Économie numérique');
    await page.getByRole('textbox', { name: 'Country', exact: true }).fill('Togo');
    await page.getByLabel('Organisation type').selectOption('regulator');
    await page.getByLabel('Lead respondent').fill('K. Mensah');
    await page.getByRole('checkbox', { name: /AI in health/ }).click();
    await page.getByRole('button', { name: 'Begin the assessment' }).click();
    await page.locator('#section-title').waitFor();

    const sections = activeSections(q, ['health']);
    await answerSectionByMouse(page, section('profile'), 0);
    await answerSectionByMouse(page, section('compute'), 1);
    const computeShown = await shownAnswers(page);

    // Mid-way in French: the answers are intact and the labels follow.
    await switchLanguage(page, 'fr');
    await expect.poll(() => page.locator('#section-title').textContent()).toBe(localize(section('compute').title, 'fr'));
    await expect.poll(() => page.locator('.stage-option.selected .stage-label').first().textContent()).toMatch(/^\d · (Naissant|Émergent|Établi|Avancé|Pionnier)$/);
    expect(await shownAnswers(page)).toEqual(computeShown);
    await page.getByLabel('Stade cible pour ce pilier').selectOption('1'); // below the default, which is at least 2
    await answerSectionByMouse(page, section('data'), 2);
    await answerSectionByMouse(page, section('models'), 3);

    // Then in Chinese, then Spanish.
    await switchLanguage(page, 'zh');
    await page.getByRole('button', { name: '撤销' }).waitFor();
    expect(await page.getByRole('button', { name: '撤销' }).isEnabled()).toBe(true);
    await answerSectionByMouse(page, section('talent'), 4);
    await answerSectionByMouse(page, section('governance'), 1);
    await answerSectionByMouse(page, section('military'), 0);
    await switchLanguage(page, 'es');
    await answerSectionByMouse(page, section('cross-border-data'), 1);
    await answerSectionByMouse(page, section('misuse'), 2);
    await answerSectionByMouse(page, section('health'), 3);
    await page.locator('.section-nav button[data-section="compute"]').click();
    expect(await shownAnswers(page)).toEqual(computeShown);
    // Confidence and notes, once an item has an answer.
    const first = page.locator('[data-item="compute.hpc-access"]');
    await first.locator('select[data-field="confidence"]').selectOption('low');
    await first.locator('textarea[data-field="notes"]').fill('Según el inventario de 2024.');
    await switchLanguage(page, 'en');

    // Every asked item is answered, as the sidebar and the autosave both say.
    await waitForAutosave(page);
    const saved = readAutosave(userDataDir);
    const asked = sections.flatMap((s) => relevantItems(s, saved.answers));
    expect(asked.filter((i) => saved.answers[i.id] === undefined).map((i) => i.id)).toEqual([]);
    await expect.poll(() => page.getByTestId('overall-progress').textContent()).toContain(`${asked.length} of ${asked.length} answered`);
    expect(saved.targets).toEqual({ compute: 1 });
    expect(saved.answers['compute.hpc-access']).toMatchObject({ confidence: 'low', notes: 'Según el inventario de 2024.' });
    expect(saved.meta.language).toBe('en');

    // Review: the low-confidence item is one click away.
    await page.locator('.view-tabs button', { hasText: 'Review' }).click();
    await page.locator('[data-testid="review-low-confidence"] [data-review-item="compute.hpc-access"]').click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-item') === 'compute.hpc-access');

    // Results: every number as core/ computes it.
    await page.locator('.view-tabs button', { hasText: 'Results' }).click();
    const table = page.getByTestId('gap-table');
    await table.waitFor();
    for (const s of scoreAssessment(q, saved)) {
      const row = table.locator(`tr[data-section="${s.section}"]`);
      expect(await row.locator('[data-col="score"]').textContent(), s.section).toBe(s.score === null ? '—' : formatDecimal(s.score, 1, 'en'));
      expect(await row.locator('[data-col="target"]').textContent(), s.section).toBe(String(s.target));
      expect(await row.locator('[data-col="gap"]').textContent(), s.section).toBe(s.gap === null ? '—' : formatDecimal(s.gap, 1, 'en'));
      expect(await row.locator('[data-col="completeness"]').textContent(), s.section).toBe(formatPercent(s.completeness, 'en'));
    }
    const risks = rankRisks(q, saved);
    expect(await page.locator('[data-testid="risk-list"] li').evaluateAll((li) => li.map((l) => l.getAttribute('data-risk')))).toEqual(risks.map((r) => r.risk));
    expect(await page.locator('[data-testid="risk-list"] li').first().textContent()).toContain(formatPercent(risks[0]!.priority, 'en'));
    // The charts are drawn from core/charts and carry a text alternative.
    expect(await page.locator('[data-testid="radar"] svg title').textContent()).toBe('Capacity profile: current and target stage per pillar');
    expect(await page.locator('[data-testid="radar"] svg').getAttribute('aria-labelledby')).toBe('radar-title');
    // One axis per pillar, governance & ecosystem among them.
    const axes = (await page.locator('[data-testid="radar"] svg').textContent()) ?? '';
    for (const id of PILLARS) expect(axes.replace(/\s+/g, ''), id).toContain(localize(section(id).title, 'en').replace(/\s+/g, ''));
    expect(await page.locator('[data-testid="heatmap"] svg desc').textContent()).toContain(
      `1. ${localize((q.sections.flatMap((s) => s.items).find((i) => i.id === risks[0]!.risk) as { statement: Record<string, string> }).statement, 'en')}`,
    );
    expect(await page.locator('[data-testid="completeness-table"] tr[data-section="health"] [data-col="answered"]').textContent()).toBe('4 / 4');

    // Undo and redo with the buttons: the compute target goes back to the default, then to 1 again.
    const targetCell = table.locator('tr[data-section="compute"] [data-col="target"]');
    // Undo walks back past every later answer to where the target was set: only the profile and compute
    // were answered then, and the default ambition follows the pillar scores of that moment.
    const early = new Set(['profile', 'compute'].flatMap((id) => section(id).items.map((i) => i.id)));
    const answersThen = Object.fromEntries(Object.entries(saved.answers).filter(([id]) => early.has(id)));
    const defaultTarget = scoreAssessment(q, { ...saved, answers: answersThen, targets: {} }).find((s) => s.section === 'compute')!.target;
    expect(defaultTarget).toBeGreaterThan(1);
    expect(await targetCell.textContent()).toBe('1');
    const undo = page.getByRole('button', { name: 'Undo' });
    const redo = page.getByRole('button', { name: 'Redo' });
    for (let i = 0; i < 200 && (await targetCell.textContent()) === '1'; i++) await undo.click();
    expect(await targetCell.textContent()).toBe(String(defaultTarget));
    for (let i = 0; i < 200 && (await targetCell.textContent()) !== '1'; i++) await redo.click();
    expect(await targetCell.textContent()).toBe('1');
    while (await redo.isEnabled()) await redo.click();
    await waitForAutosave(page);
    expect(readAutosave(userDataDir).answers).toEqual(saved.answers);
    expect(app.problems).toEqual([]);
  });
});
