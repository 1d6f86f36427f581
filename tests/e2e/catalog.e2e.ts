import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../core/model/schema/assessment';
import { chooseMenu, startApp, type App } from './harness';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

const EXAMPLE = join(__dirname, '../../examples/demo-assessment.capamap.json');

/** The sample assessment with its first stage answer set to 7: a file damaged by hand. */
function writeDamaged(path: string): void {
  const doc = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Assessment;
  const id = Object.keys(doc.answers).find((k) => doc.answers[k]!.kind === 'stage')!;
  (doc.answers[id] as { stage: number }).stage = 7;
  writeFileSync(path, JSON.stringify(doc));
}

describe('the interface in French', () => {
  it('words a damaged file in plain French, the JSON path behind "Détails", and the desktop dialogs and menu in French', async () => {
    const { page, dialogs } = await app.openPage();
    await page.locator('#ui-language').selectOption('fr');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');

    // Open a damaged assessment: one plain line saying what happened and what to do.
    const damaged = join(app.workDir, 'abîmé.capamap.json');
    writeDamaged(damaged);
    dialogs.openQueue.push([damaged]);
    await page.getByRole('button', { name: 'Ouvrir…' }).first().click();
    const notice = page.getByRole('alert');
    await notice.waitFor();
    const text = await notice.textContent();
    expect(text).toMatch(/abîmé\.capamap\.json\u00a0: ce fichier est endommagé\u00a0: la réponse à «\u00a0[^»]+\u00a0» vaut 7, alors qu’elle devrait être un nombre entier de 1 à 5\./);
    expect(text).toContain('Ouvrez-en une copie antérieure');
    // The technical path only behind the disclosure, which starts closed.
    const details = notice.locator('details');
    expect(await details.locator('summary').textContent()).toBe('Détails');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await notice.locator('details li').first().textContent()).toMatch(/^\$\.answers\.[a-z.-]+\.stage: vaut 7/);
    expect(await notice.locator('details li').first().isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await notice.locator('details li').first().isVisible()).toBe(true);

    // The desktop dialog was titled in French: the handler received the words from the catalog.
    expect(dialogs.openCalls).toHaveLength(1);
    expect(dialogs.openCalls[0]).toMatchObject({
      title: 'Ouvrir une évaluation',
      filters: [
        { name: 'Fichiers CapaMap', extensions: ['json'] },
        { name: 'Versions antérieures (sauvegardes)', extensions: ['bak1', 'bak2', 'bak3'] },
      ],
    });

    // The menu's File ▸ Open acts as the button does, and File ▸ Save as asks where, in French
    // (the assessment is in French, so opening it keeps the interface French).
    const french = join(app.workDir, 'évaluation.capamap.json');
    const sample = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Assessment;
    writeFileSync(french, JSON.stringify({ ...sample, meta: { ...sample.meta, language: 'fr' } }));
    dialogs.openQueue.push([french]);
    await chooseMenu(page, 'open');
    await page.locator('#section-title').waitFor();
    expect(dialogs.openCalls[1]!.title).toBe('Ouvrir une évaluation');
    const copy = join(app.workDir, 'copie.capamap.json');
    dialogs.saveQueue.push(copy);
    await chooseMenu(page, 'saveAs');
    await expect.poll(() => dialogs.saveCalls.length).toBe(1);
    expect(dialogs.saveCalls[0]).toMatchObject({ title: 'Enregistrer l’évaluation', filters: [{ name: 'Fichiers CapaMap', extensions: ['json'] }] });
    await expect.poll(() => (JSON.parse(readFileSync(copy, 'utf8')) as Assessment).id).toBe(sample.id);

    // Back in English, the next dialog is titled in English (the assessment itself stays French).
    await page.locator('#ui-language').selectOption('en');
    await page.getByTestId('language-question').getByRole('button', { name: 'Keep Français' }).click();
    dialogs.saveQueue.push(copy);
    await chooseMenu(page, 'saveAs');
    await expect.poll(() => dialogs.saveCalls.length).toBe(2);
    expect(dialogs.saveCalls[1]!.title).toBe('Save the assessment');
    expect(app.problems).toEqual([]);
  });

  it('tells the browser what each file it downloads is: JSON for the assessment, CSV for the answers', async () => {
    const { page, context } = await app.openPage({ edition: 'browser' });
    // Records every download the page starts: the file name and the type of what it holds.
    await context.addInitScript(() => {
      const saved: { name: string; type: string }[] = [];
      (window as unknown as { __downloads: typeof saved }).__downloads = saved;
      const blobs = new Map<string, string>();
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (object: Blob | MediaSource) => {
        const url = create(object);
        if (object instanceof Blob) blobs.set(url, object.type);
        return url;
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        saved.push({ name: this.download, type: blobs.get(this.href) ?? '' });
      };
    });
    await page.reload();
    await page.getByLabel('Institution').fill('Ministry of Digital Economy');
    await page.getByLabel('Country').fill('Asterra');
    await page.getByRole('button', { name: 'Begin the assessment' }).click();
    await page.locator('#section-title').waitFor();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('.view-tabs button', { hasText: 'Workshop' }).click();
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByTestId('export-csv').click();
    const downloads = () => page.evaluate(() => (window as unknown as { __downloads: { name: string; type: string }[] }).__downloads);
    await expect.poll(async () => (await downloads()).length).toBe(2);
    expect(await downloads()).toEqual([
      { name: expect.stringMatching(/\.capamap\.json$/) as unknown, type: 'application/json' },
      { name: expect.stringMatching(/-answers\.csv$/) as unknown, type: 'text/csv;charset=utf-8' },
    ]);
    expect(app.problems).toEqual([]);
  });
});
