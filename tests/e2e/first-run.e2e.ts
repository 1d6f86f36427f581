import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import { axeViolations } from './ui-helpers';

// A first-time user: "How this works" on the start page, help open while answering, the results;
// and the user guide, opened from the header, its contents, links, languages and pictures all inside the app.

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** Answers every question of the open section by clicking: a stage, or for a risk its three scales; one "don't know". */
async function answerSection(page: Page): Promise<void> {
  // Twice: an answer can bring in a follow-up question (skip logic).
  for (const pass of [1, 2]) for (const id of await page.locator('main [data-item]').evaluateAll((frames) => frames.map((f) => f.getAttribute('data-item')!))) await answerItem(page, id, pass);
}

async function answerItem(page: Page, id: string, pass: number): Promise<void> {
  const frame = page.locator(`main [data-item="${id}"]`);
  if ((await frame.count()) === 0 || (pass === 2 && (await frame.locator('input:checked, .selected').count()) > 0)) return;
  if (await frame.locator('[data-scale="likelihood"]').count()) {
    for (const [scale, n] of [
      ['likelihood', 3],
      ['impact', 4],
    ] as const)
      await frame
        .locator(`[data-scale="${scale}"] .scale-option`)
        .nth(n - 1)
        .click();
    await frame.locator('[data-scale="preparedness"] .stage-option').nth(1).click();
  } else if (await frame.locator('select').count()) await frame.locator('select').selectOption({ index: 1 });
  else if (await frame.locator('input[type="radio"][value="3"]').count()) await frame.locator(`input[type="radio"][value="${id === 'compute.cloud-policy' ? 'dont-know' : '3'}"]`).check();
}

/** Whether an element is the focused one and its top is on screen. */
const focusedInView = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const element = document.querySelector(s);
    const top = element?.getBoundingClientRect().top ?? -1;
    return element === document.activeElement && top > -2 && top < window.innerHeight;
  }, selector);

describe('first-run guidance', () => {
  it('takes a new user from "How this works" through the questionnaire, with its help open, to the results', async () => {
    const { page } = await app.openPage({ userDataDir: join(app.workDir, 'first-run'), viewport: { width: 1024, height: 700 } });
    const how = page.locator('[data-help="start"]');
    expect(await how.getAttribute('open')).toBeNull();
    await how.getByText('How this works').click();
    expect(await how.locator('ol.journey li').allTextContents()).toHaveLength(4);
    await expect.poll(() => how.textContent()).toContain('Who should answer what');
    expect(await how.textContent()).toContain('Compute: the ICT or infrastructure unit');
    expect(await axeViolations(page), 'start, with "How this works" open').toEqual([]);

    await page.locator('#start-institution').fill('National Statistics Office');
    await page.locator('#start-country').fill('Senegal');
    await page.getByRole('button', { name: 'Begin the assessment' }).click();
    await page.locator('#section-title').waitFor();

    const help = page.locator('[data-help="questionnaire"]');
    await help.locator('summary').click();
    expect(await help.textContent()).toContain('counts as stage 1');
    expect(await axeViolations(page), 'questionnaire, with its help open').toEqual([]);
    const sections = await page.locator('.section-nav button[data-section]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-section')!));
    for (const section of sections) {
      // At 1024 px wide the section list is folded behind its button.
      await page.getByTestId('section-nav-toggle').click();
      await page.locator(`.section-nav button[data-section="${section}"]`).click();
      await page.locator('#section-title').waitFor();
      // The help stays open from section to section while the user answers.
      expect(await help.getAttribute('open')).toBe('');
      await answerSection(page);
    }

    await page.locator('.view-tabs li:nth-child(4) button').click();
    await page.locator('[data-help="results"]').waitFor();
    const summary = await page.locator('.results').textContent();
    expect(summary).toMatch(/Weakest pillar: Compute/);
    expect(summary).toMatch(/of \d+ indicators have usable data/);
    await page.locator('[data-help="results"] summary').click();
    expect(await page.locator('[data-help="results"]').textContent()).toContain('lower bound');
    // From a screen's help to the guide's section on it, and back to the screen.
    await page.locator('[data-help="results"]').getByRole('button', { name: 'Read more in the user guide' }).click();
    await expect.poll(() => focusedInView(page, '#guide-results')).toBe(true);
    await page.getByTestId('guide').getByRole('button', { name: 'Back', exact: true }).click();
    await page.locator('[data-help="results"]').waitFor();
    expect(app.problems).toEqual([]);
  });

  it('opens the user guide from the Help button, offline: contents, links, other languages and pictures stay in the app', async () => {
    const { page } = await app.openPage({ userDataDir: join(app.workDir, 'guide') });
    await page.getByRole('button', { name: 'Help' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('guide-title');
    expect(await page.locator('#guide-title').textContent()).toBe('CapaMap user guide');
    expect(await axeViolations(page), 'the guide').toEqual([]);

    // The table of contents and a link in the text both land on their section, focused and on screen.
    await page.locator('.guide-contents').getByRole('link', { name: 'Saving your work' }).click();
    await expect.poll(() => focusedInView(page, '#guide-saving')).toBe(true);
    await page.locator('#guide-start ~ p a[href="#guide-workshops"]').first().click();
    await expect.poll(() => focusedInView(page, '#guide-workshops')).toBe(true);
    expect(page.url()).not.toContain('#');

    // Every picture is bundled and shows.
    const images = page.locator('.guide img');
    expect(await images.count()).toBeGreaterThanOrEqual(7);
    for (const image of await images.all()) {
      await image.scrollIntoViewIfNeeded();
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    }

    // A link to another language's guide switches the guide (and the interface) to it.
    await page.locator('.guide a[href="fr.md"]').click();
    await expect.poll(() => page.locator('#guide-title').textContent()).toBe("Guide de l'utilisateur de CapaMap");
    expect(await page.locator('#ui-language').inputValue()).toBe('fr');
    // The French pictures, from the app itself.
    const src = await page
      .locator('.guide img')
      .first()
      .evaluate((img: HTMLImageElement) => ({ src: img.src, origin: location.origin }));
    expect(src.src.startsWith(`${src.origin}/assets/`)).toBe(true);

    await page.getByTestId('guide').getByRole('button', { name: 'Retour', exact: true }).click();
    await page.locator('[data-help="start"]').waitFor();
    // F1 opens it too.
    await page.keyboard.press('F1');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('guide-title');
    // No request left the app: the harness records any that did.
    expect(app.problems).toEqual([]);
  });
});
