import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import { bundledContent, demoAssessment, seedBrowserAutosave } from './ui-helpers';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const REVIEW = join(__dirname, '../../out/screenshots');

describe('references in the questionnaire', () => {
  it("shows each item's sources in full in its help (title, publisher, year, address) and the source of a section intro's figures", async () => {
    const { questionnaire } = bundledContent();
    const records = new Map(questionnaire.references.map((r) => [r.id, r]));
    const compute = questionnaire.sections.find((s) => s.id === 'compute')!;
    const first = compute.items[0]!;
    if (first.type !== 'indicator') throw new Error('compute starts with an indicator');
    const record = records.get(first.references[0]!.ref)!;
    const introSource = records.get(compute.references!.find((c) => c.supports === 'intro')!.ref)!;

    const { page } = await app.openPage({ edition: 'browser', viewport: { width: 1366, height: 768 } });
    await seedBrowserAutosave(page, demoAssessment(5));
    await page.reload();
    await page.getByRole('button', { name: 'Continue that assessment' }).click();
    await page.locator('.section-nav button, nav button', { hasText: 'Compute' }).first().click();
    await expect.poll(() => page.locator('#section-title').textContent()).toContain('Compute');

    await expect.poll(() => page.locator('.intro-sources').textContent()).toContain(`${introSource.title}. ${introSource.publisher}, ${introSource.year}.`);
    const help = page.locator('.item-help').first();
    await help.locator('summary').click();
    const list = help.locator('.item-references');
    const text = (await list.textContent()) ?? '';
    expect(text).toContain(record.title);
    expect(text).toContain(`${record.publisher}, ${record.year}.`);
    expect(text).toContain(record.url!);
    // Nothing wider than the window: long addresses wrap.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await list.scrollIntoViewIfNeeded();
    mkdirSync(REVIEW, { recursive: true });
    await page.screenshot({ path: join(REVIEW, 'item-references-1366.png') });
    expect(app.problems).toEqual([]);
  });
});
