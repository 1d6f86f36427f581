import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeAssessment } from '../../core/model/assessment-file';
import { parseResponse } from '../../core/workshop/response-file';
import { startApp, type App, type ScriptedDialogs } from './harness';
import { axeViolations, bundledContent, demoAssessment, tabUntil } from './ui-helpers';

// CAPAMAP_SCREENSHOTS=/some/dir also saves a picture of each screen checked, at both sizes.
const shotsDir = process.env.CAPAMAP_SCREENSHOTS;
if (shotsDir) mkdirSync(shotsDir, { recursive: true });

// Paper mode: the facilitator prints the blank questionnaire, an agency answers two parts on paper,
// and the facilitator types the answers in with the keyboard only, saves them as a response file and
// imports it in the workshop like any other.

let app: App;
let page: Page;
let dialogs: ScriptedDialogs;
let preparedPath: string;

beforeAll(async () => {
  app = await startApp();
  preparedPath = join(app.workDir, 'prepared.capamap.json');
  writeFileSync(preparedPath, serializeAssessment({ ...demoAssessment(7), answers: {} }));
  ({ page, dialogs } = await app.openPage({ userDataDir: join(app.workDir, 'facilitator') }));
  dialogs.openQueue.push([preparedPath]);
  await page.getByRole('button', { name: 'Open…' }).first().click();
  await page.locator('#section-title').waitFor();
  await page.locator('.view-tabs button', { hasText: 'Workshop' }).click();
  await page.locator('[data-workshop-tab="paper"]').click();
});
afterAll(async () => {
  await app?.close();
});

/** No accessibility violation, and nothing wider than the window, on a small laptop and a common one. */
async function check(screen: string) {
  for (const [width, height] of [
    [1024, 700],
    [1366, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    if (shotsDir) await page.screenshot({ path: join(shotsDir, `${screen}-${width}.png`), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${screen} at ${width}: horizontal overflow`).toBeLessThanOrEqual(0);
  }
  expect(await axeViolations(page), screen).toEqual([]);
}

/** The value typed in one cell of the data-entry screen. */
const cell = (itemId: string, field: string) => page.locator(`input[data-item="${itemId}"][data-field="${field}"]`);
const focused = () => page.evaluate(() => `${document.activeElement?.getAttribute('data-item')}/${document.activeElement?.getAttribute('data-field')}`);

describe('paper mode', () => {
  it('prints the blank questionnaire from the workshop as a PDF', async () => {
    const path = join(app.workDir, 'blank.pdf');
    dialogs.saveQueue.push(path);
    await page.getByTestId('print-blank').click();
    await expect.poll(() => page.getByTestId('print-blank-status').textContent(), { timeout: 60_000 }).toBe('Saved as blank.pdf.');
    const doc = await getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false }).promise;
    const first = (await (await doc.getPage(1)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
    expect(doc.numPages).toBeGreaterThan(9);
    await doc.destroy();
    expect(first).toContain('Blank questionnaire');
    await check('paper-step');
    expect(app.problems).toEqual([]);
  });

  it("types a respondent's paper answers with the keyboard only, and saves them as a response file", async () => {
    await page.getByTestId('open-paper-entry').click();
    // The respondent first: the name field has the focus.
    await page.getByLabel('Name').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await page.getByLabel('Name').getAttribute('id'));
    await page.keyboard.type('Awa Ndiaye');
    await page.keyboard.press('Tab');
    await page.keyboard.type('National Statistics Office');
    await check('paper-respondent');
    await tabUntil(page, 'input[data-section="compute"]');
    await page.keyboard.press('Space');
    await tabUntil(page, 'input[data-section="military"]');
    await page.keyboard.press('Space');
    await tabUntil(page, '[data-testid="paper-start"]');
    await page.keyboard.press('Enter');

    // One line per item: the focus is on the first stage; Tab moves cell by cell, Enter to the next line.
    await expect.poll(focused).toBe('compute.hpc-access/answer');
    expect(await page.getByTestId('paper-who').textContent()).toBe('Answers of Awa Ndiaye (National Statistics Office)');
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    await page.keyboard.type('h');
    await page.keyboard.press('Tab');
    await page.keyboard.type('One university cluster');
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('compute.data-centres/answer');
    await page.keyboard.type('d');
    await page.keyboard.press('Enter');
    await page.keyboard.type('7');
    // A cell that does not read as an answer is marked, named in the summary, and blocks nothing else.
    await expect.poll(() => cell('compute.power-reliability', 'answer').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('paper-problems').textContent()).toContain('compute.power-reliability');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('n');
    await expect.poll(() => page.getByTestId('paper-problems').count()).toBe(0);
    // Enter runs on through the rest of compute to the first security risk, whose line starts with its likelihood.
    // Three compute items are answered above: one Enter per remaining compute item, the last one onto the first risk.
    const itemsOf = (section: string) => bundledContent().questionnaire.sections.find((s) => s.id === section)!.items.length;
    const computeItems = itemsOf('compute');
    for (let i = 0; i < computeItems - 2; i++) await page.keyboard.press('Enter');
    expect(await focused()).toBe('military.unchecked-autonomy/likelihood');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await page.keyboard.type('5');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('l');
    await page.keyboard.press('Enter');
    await page.keyboard.type('d');
    await page.keyboard.press('Tab');
    await page.keyboard.type('4');
    // The line being typed shows its whole question; the others may be cut short.
    const cut = (itemId: string) => page.locator(`tr[data-line="${itemId}"] .paper-question`).evaluate((el) => el.scrollWidth > el.clientWidth);
    await page.setViewportSize({ width: 1024, height: 700 });
    expect(await cut('military.weapons-review-gap')).toBe(false);
    expect(await cut('military.escalation-misperception')).toBe(true);
    // Left blank: the compute items after the three typed, and the military risks after the two typed.
    const blank = computeItems - 3 + itemsOf('military') - 2;
    await expect.poll(() => page.getByTestId('paper-summary').textContent()).toBe(`3 answered, 1 “don't know”, 1 “not applicable”, ${blank} left blank.`);

    await check('paper-lines');
    const path = join(app.workDir, 'awa.capamap-response.json');
    dialogs.saveQueue.push(path);
    await tabUntil(page, '[data-testid="paper-save"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('paper-status').textContent()).toBe('Saved as awa.capamap-response.json. Import it on the “Respondents and files” step like any response file.');
    const parsed = parseResponse(readFileSync(path, 'utf8'));
    if (!parsed.ok) throw new Error('the saved file is not a response file');
    expect(parsed.value.respondent).toEqual({ id: 'awa-ndiaye-nso', name: 'Awa Ndiaye', agency: 'National Statistics Office', role: '' });
    expect(parsed.value.assessmentId).toBe('demo-00000007');
    expect(parsed.value.answers).toEqual({
      'compute.hpc-access': { kind: 'stage', stage: 2, confidence: 'high', notes: 'One university cluster' },
      'compute.data-centres': { kind: 'dont-know' },
      'compute.power-reliability': { kind: 'not-applicable' },
      'military.unchecked-autonomy': { kind: 'risk', likelihood: 3, impact: 5, preparedness: 1, confidence: 'low' },
      'military.weapons-review-gap': { kind: 'risk', impact: 4, unknown: ['likelihood'] },
    });
    expect(app.problems).toEqual([]);
  });

  it('imports the typed response file in the workshop like any response file', async () => {
    await page.getByRole('button', { name: 'Back to the workshop' }).click();
    await page.locator('[data-workshop-tab="respondents"]').click();
    dialogs.openQueue.push([join(app.workDir, 'awa.capamap-response.json')]);
    await page.getByTestId('import-responses').click();
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toMatch(/^1 file read: 1 new respondent/);
    expect(await page.locator('[data-testid="respondents-table"] tbody tr').textContent()).toContain('Awa Ndiaye');
    // Alone, the respondent's answers are the consensus: the questionnaire shows the typed stage.
    await page.locator('.view-tabs button', { hasText: 'Questionnaire' }).click();
    await page.locator('.section-nav button[data-section="compute"]').click();
    await expect.poll(() => page.locator('[data-item="compute.hpc-access"] input[type="radio"]:checked').getAttribute('value')).toBe('2');
    expect(app.problems).toEqual([]);
  });
});
