import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeAssessment } from '../../core/model/assessment-file';
import { startApp, type App } from './harness';
import { axeViolations, demoAssessment } from './ui-helpers';

// The workshop screen's "Print the facilitator's kit": the report worker lays the kit out and the real save handler writes it.
// CAPAMAP_SCREENSHOTS=/some/dir also saves a picture of the panel at two window sizes, to look at.

const shotsDir = process.env.CAPAMAP_SCREENSHOTS;
if (shotsDir) mkdirSync(shotsDir, { recursive: true });

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('the facilitator’s kit in the app', () => {
  it('prints the two-day kit for the open institution from the workshop screen and saves it as a PDF', async () => {
    const assessment = demoAssessment(5);
    const source = join(app.workDir, 'kit-source.capamap.json');
    writeFileSync(source, serializeAssessment(assessment));
    for (const viewport of [
      { width: 1024, height: 700 },
      { width: 1366, height: 768 },
    ]) {
      const { page, dialogs } = await app.openPage({ viewport, userDataDir: join(app.workDir, `kit-${viewport.width}`) });
      dialogs.openQueue.push([source]);
      await page.getByRole('button', { name: 'Open…' }).first().click();
      await page.locator('#section-title').waitFor();
      await page.locator('.view-tabs button', { hasText: 'Workshop' }).click();
      const panel = page.locator('.workshop-kit');
      await panel.scrollIntoViewIfNeeded();
      if (shotsDir) await page.screenshot({ path: join(shotsDir, `kit-${viewport.width}.png`), fullPage: true });
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      if (viewport.width !== 1024) continue;

      await panel.getByLabel('Agenda').selectOption('2');
      const target = join(app.workDir, 'kit.pdf');
      dialogs.saveQueue.push(target);
      await panel.getByRole('button', { name: 'Print the facilitator’s kit' }).click();
      await expect.poll(() => page.getByTestId('kit-status').textContent(), { timeout: 60_000 }).toBe('Saved as kit.pdf.');
      const doc = await getDocument({ data: new Uint8Array(readFileSync(target)) }).promise;
      const first = (await (await doc.getPage(1)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
      expect(doc.numPages).toBeGreaterThanOrEqual(6);
      await doc.destroy();
      expect(first).toContain('Agenda: two-day workshop');
      expect(first).toContain(assessment.meta.institution);
    }
    expect(app.problems).toEqual([]);
  });
});
