import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import { axeViolations, demoAssessment, seedBrowserAutosave, tabUntil } from './ui-helpers';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

/** Where the keyboard focus is: the element's tag, id, role and text. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName.toLowerCase() ?? '', id: el?.id ?? '', role: el?.getAttribute('role') ?? '', text: el?.textContent?.trim() ?? '' };
  });
}

/** Presses Enter on a view tab reached by Shift+Tab (the tabs sit above every screen's heading), as a keyboard user would. */
async function openTab(page: Page, name: string) {
  await tabUntil(page, `.view-tabs button:has-text("${name}")`, { shift: true });
  await page.keyboard.press('Enter');
}

/** The element's box lies wholly inside the window. */
function inViewport(page: Page, selector: string) {
  return page.evaluate((s) => {
    const box = document.querySelector(s)!.getBoundingClientRect();
    return box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
  }, selector);
}

/** Nothing wider than the window: no sideways scrolling. */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Every chart's text and legend inside its figure (and SVG text inside its drawing): nothing cut off. */
function clippedLegends(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const inside = (inner: DOMRect, outer: DOMRect) => inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;
    for (const figure of document.querySelectorAll<HTMLElement>('figure.chart')) {
      const frame = figure.getBoundingClientRect();
      const svg = figure.querySelector('svg')!;
      const drawing = svg.getBoundingClientRect();
      for (const text of svg.querySelectorAll<SVGTextElement>('text')) if (!inside(text.getBoundingClientRect(), drawing)) out.push(`svg text "${text.textContent}"`);
      for (const legend of figure.querySelectorAll<HTMLElement>('.heat-legend, figcaption')) {
        if (!inside(legend.getBoundingClientRect(), frame)) out.push(`legend "${legend.textContent}"`);
        if (legend.scrollWidth > legend.clientWidth + 1) out.push(`legend scrolls "${legend.textContent}"`);
      }
    }
    return out;
  });
}

describe('layout and focus from 1024×700 up', () => {
  it('walks the journey by keyboard: focus lands on each new screen’s heading, the title follows, the section list folds', async () => {
    const { page, dialogs } = await app.openPage({ viewport: { width: 1024, height: 700 }, userDataDir: join(app.workDir, 'walk') });
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.title()).toBe('Start — CapaMap');

    // The form's rules are said before the user fails them.
    expect(await page.locator('#start-institution').getAttribute('required')).not.toBeNull();
    expect(await page.getByTestId('date-hint').textContent()).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);

    await page.getByLabel('Institution').fill('National Statistics Office');
    await page.getByLabel('Country').fill('Senegal');
    await tabUntil(page, 'button:text-is("Begin the assessment")');
    await page.keyboard.press('Enter');

    // Begin: the first section's title has the focus, and the tab says where the user is.
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1', id: 'section-title', text: 'Institution profile' });
    await expect.poll(() => page.title()).toBe('Questionnaire — National Statistics Office — CapaMap');
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    // Below 1100 px the section list is a compact bar: its title is on the first screen, the list opens on demand.
    const toggle = page.getByTestId('section-nav-toggle');
    expect(await page.locator('.section-nav button[data-section="compute"]').isVisible()).toBe(false);
    expect(await inViewport(page, '#section-title')).toBe(true);
    await tabUntil(page, '[data-testid="section-nav-toggle"]');
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await tabUntil(page, '.section-nav button[data-section="compute"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1', id: 'section-title', text: 'Compute' });
    expect(await inViewport(page, '#section-title')).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');

    // The pager does the same.
    await tabUntil(page, '.pager button.primary');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ id: 'section-title', text: 'Data' });
    expect(await inViewport(page, '#section-title')).toBe(true);

    for (const [tab, heading, screen] of [
      ['Review', 'Review the answers', 'Review'],
      ['Roadmap', 'Roadmap', 'Roadmap'],
      ['Workshop', 'Workshop', 'Workshop'],
      ['Results', 'Results', 'Results'],
    ] as const) {
      await openTab(page, tab);
      await expect.poll(() => focused(page), { message: tab }).toMatchObject({ tag: 'h1', text: heading });
      await expect.poll(() => page.title()).toBe(`${screen} — National Statistics Office — CapaMap`);
      // The screen change is also announced politely.
      await expect.poll(() => page.getByTestId('announcer').textContent()).toBe(heading);
      expect(await overflow(page), tab).toBeLessThanOrEqual(0);
    }

    // No risk rated yet: the heat map says so and why, its legend whole.
    expect(await page.getByTestId('heat-empty').textContent()).toContain('no risk has all three ratings');
    expect(await clippedLegends(page)).toEqual([]);

    // Generate the report: the buttons are busy, so the focus waits on the status line, which ends with the outcome.
    dialogs.saveQueue.push(join(app.workDir, 'walk.pdf'));
    await tabUntil(page, 'button:text-is("Generate the report")');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ id: 'report-status', role: 'status' });
    await expect.poll(() => page.getByTestId('report-status').textContent(), { timeout: 90_000 }).toBe('Report saved as walk.pdf.');
    expect((await focused(page)).id).toBe('report-status');

    // Present: the first slide's title; the empty map says why there too; Esc goes back to the Present button.
    await tabUntil(page, '#present-button', { shift: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1', id: 'slide-title', text: 'National Statistics Office' });
    await expect.poll(() => page.title()).toBe('Presentation — National Statistics Office — CapaMap');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.locator('[data-slide="heatmap"]').waitFor();
    expect(await page.getByTestId('heat-empty').textContent()).toContain('no risk has all three ratings');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toMatchObject({ id: 'present-button' });

    // Back to the start page: its heading.
    await openTab(page, 'Start');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1' });
    expect(await page.title()).toBe('Start — National Statistics Office — CapaMap');
    expect(app.problems).toEqual([]);
  });

  it('continues an assessment onto its heading; French titles and dates; legends whole; axe clean in both themes at three sizes; projector type ≥ 24 px', async () => {
    const { page } = await app.openPage({ edition: 'browser', viewport: { width: 1024, height: 700 } });
    await seedBrowserAutosave(page, demoAssessment(5));
    await page.reload();
    await page.getByRole('button', { name: 'Continue that assessment' }).click();
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1', id: 'section-title', text: 'Institution profile' });

    await page.locator('#ui-language').selectOption('fr');
    await page.getByTestId('language-question').getByRole('button').last().click();
    await expect.poll(() => page.title()).toBe('Questionnaire — Ministry of Digital Economy and Innovation — CapaMap');
    await page.locator('.view-tabs button', { hasText: 'Résultats' }).click();
    await expect.poll(() => page.title()).toBe('Résultats — Ministry of Digital Economy and Innovation — CapaMap');
    // The date with its month spelled, in French order.
    expect(await page.locator('.results .lead').textContent()).toContain('14 mars 2025');
    // The heat map says "Prép." in words, explained by a legend the page wraps.
    const marks = await page.locator('[data-testid="heatmap"] .heat-mark text').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark).toMatch(/^\d+ · Prép\.\u00a0[1-5]$/);
    expect(await page.getByTestId('heat-legend').textContent()).toMatch(/Prép\. 2\u00a0» = rang de priorité 3/);

    const theme = async (label: 'Standard' | 'Contraste élevé') => {
      await page.getByRole('button', { name: 'Paramètres' }).click();
      await page.getByRole('radio', { name: label }).check();
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    };
    for (const label of ['Standard', 'Contraste élevé'] as const) {
      await theme(label);
      for (const [width, height] of [
        [1024, 700],
        [1366, 768],
        [1920, 1080],
      ] as const) {
        const where = `${label} ${width}×${height}`;
        await page.setViewportSize({ width, height });
        await page.locator('.view-tabs button', { hasText: 'Résultats' }).click();
        await page.getByTestId('gap-table').waitFor();
        expect(await clippedLegends(page), where).toEqual([]);
        expect(await overflow(page), where).toBeLessThanOrEqual(0);
        expect(await axeViolations(page), where).toEqual([]);
        await page.locator('.view-tabs button', { hasText: 'Questionnaire' }).click();
        await page.locator('#section-title').waitFor();
        expect(await page.locator('.section-nav button[data-section="compute"]').isVisible(), where).toBe(width >= 1100);
        expect(await overflow(page), where).toBeLessThanOrEqual(0);
        expect(await axeViolations(page), where).toEqual([]);
      }
    }

    // Large text at 1024 wide: still nothing to scroll sideways, the legend still whole.
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.getByRole('button', { name: 'Paramètres' }).click();
    await page.getByRole('radio', { name: /^Grande/ }).check();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.textSize)).toBe('large');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.locator('.view-tabs button', { hasText: 'Résultats' }).click();
    await page.getByTestId('gap-table').waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await clippedLegends(page)).toEqual([]);

    // The projector view at 1024×768 and 1920×1080: 24 px type at least, the heat map filling the slide.
    await page.locator('#present-button').click();
    await page.locator('[data-slide="title"]').waitFor();
    for (const [width, height] of [
      [1024, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.keyboard.press('Home');
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.slide-body')!).fontSize))).toBeGreaterThanOrEqual(24);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.locator('[data-slide="heatmap"]').waitFor();
      const chart = await page.locator('[data-slide="heatmap"] svg').boundingBox();
      expect(chart!.height, `${width}×${height}`).toBeGreaterThanOrEqual(height * 0.5);
      expect(await clippedLegends(page)).toEqual([]);
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.slide .heat-legend')!).fontSize))).toBeGreaterThanOrEqual(24);
      // Chart and legend fit the slide: nothing to scroll.
      expect(await page.evaluate(() => document.querySelector('.slide')!.scrollHeight - document.querySelector('.slide')!.clientHeight)).toBeLessThanOrEqual(1);
    }
    await page.keyboard.press('Escape');
    expect(app.problems).toEqual([]);
  });
});
