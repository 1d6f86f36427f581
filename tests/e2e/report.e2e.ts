import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../core/method/analyse';
import { serializeAssessment } from '../../core/model/assessment-file';
import { parseCsv } from '../helpers/csv-reader';
import { localize } from '../../core/model/localize';
import { startApp, type App } from './harness';
import { makeDemoResponses } from '../../core/demo/responses';
import { assessmentFromResponses } from '../../core/workshop/merge';
import { COUNTRY_NOT_STATED, INSTITUTION_NOT_STATED, unstatedMeta } from '../../core/model/meta';
import { bundledContent, demoAssessment } from './ui-helpers';

let app: App;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

async function pdfText(path: string): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(path)) }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join(''));
  }
  await doc.destroy();
  return pages;
}

/** Opens an assessment file through the real handler and shows its results page. */
async function openResults(assessment: Parameters<typeof serializeAssessment>[0], fileName: string) {
  const source = join(app.workDir, fileName);
  writeFileSync(source, serializeAssessment(assessment));
  const { page, dialogs } = await app.openPage();
  dialogs.openQueue.push([source]);
  await page.getByRole('button', { name: 'Open…' }).first().click();
  await page.locator('#section-title').waitFor();
  await page.locator('.view-tabs button', { hasText: 'Results' }).click();
  return { page, dialogs, panel: page.locator('.report-panel') };
}

describe('report generation in the app (Web Worker + real save handler)', () => {
  it('generates a French report on Letter paper from the results page and saves it as a real PDF', async () => {
    const assessment = demoAssessment(11);
    assessment.meta.institution = 'Ministère <script>alert(1)</script> & Numérique';
    const firstNote = Object.keys(assessment.answers).find((id) => assessment.answers[id]?.kind === 'stage')!;
    assessment.answers[firstNote] = { kind: 'stage', stage: 2, notes: '{"text":"injected"} 数据中心' };
    const { page, dialogs, panel } = await openResults(assessment, 'report-source.capamap.json');
    await panel.getByLabel('Report language').selectOption('fr');
    await panel.getByLabel('Paper size').selectOption('letter');
    const target = join(app.workDir, 'rapport.pdf');
    dialogs.saveQueue.push(target);
    await panel.getByRole('button', { name: 'Generate the report' }).click();
    // Progress is shown while the worker renders, then the saved file is named.
    await expect.poll(() => page.getByTestId('report-status').textContent(), { timeout: 60_000 }).toBe('Report saved as rapport.pdf.');

    const bytes = readFileSync(target);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = await pdfText(target);
    const all = pages.join('\n');
    expect(pages[0]).toContain('Ministère <script>alert(1)</script> & Numérique');
    expect(all).toContain('Note de décision');
    expect(all).toContain('{"text":"injected"} 数据中心');
    const doc = await getDocument({ data: new Uint8Array(bytes) }).promise;
    const { view } = await doc.getPage(1);
    await doc.destroy();
    expect([Math.round(view[2]!), Math.round(view[3]!)]).toEqual([612, 792]);
    expect(app.problems).toEqual([]);
  });

  it('saves the Word copy through the desktop save dialog', async () => {
    const { page, dialogs, panel } = await openResults(demoAssessment(12), 'word-desktop.capamap.json');
    const target = join(app.workDir, 'rapport.docx');
    dialogs.saveQueue.push(target);
    await panel.getByLabel('Report language').selectOption('fr');
    await panel.getByRole('button', { name: 'Save as Word document' }).click();
    await expect.poll(() => page.getByTestId('report-status').textContent(), { timeout: 90_000 }).toBe('Report saved as rapport.docx.');
    const text = execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', target], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(text).toContain('Note de décision');
    expect(app.problems).toEqual([]);
  }, 120_000);

  it('asks for the institution and country a merge of response files leaves unstated, then prints where respondents disagree', async () => {
    const q = bundledContent().questionnaire;
    const files = makeDemoResponses(q, { seed: 3, count: 3, now: '2026-03-02T10:00:00.000Z' });
    const { assessment } = assessmentFromResponses(q, files);
    expect(unstatedMeta(assessment.meta)).toEqual(['institution', 'country']);
    const { page, dialogs, panel } = await openResults(assessment, 'workshop.capamap.json');
    await expect.poll(() => panel.getByTestId('report-who').isVisible()).toBe(true);
    // Generating first says what is missing and puts the cursor where it goes.
    await panel.getByRole('button', { name: 'Generate the report' }).click();
    expect(await page.getByTestId('report-status').textContent()).toBe('Name the institution and the country first: the report needs both.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('report-institution');
    await panel.getByLabel('Institution (required)').fill('Ministry of Communications');
    await panel.getByLabel('Country (required)').fill('Ghana');
    const target = join(app.workDir, 'workshop.pdf');
    dialogs.saveQueue.push(target);
    await panel.getByRole('button', { name: 'Generate the report' }).click();
    await expect.poll(() => page.getByTestId('report-status').textContent(), { timeout: 60_000 }).toBe('Report saved as workshop.pdf.');
    const pages = await pdfText(target);
    const all = pages.join('\n');
    expect(pages[0]).toContain('Ministry of Communications');
    expect(pages[0]).toContain('Ghana');
    expect(all).not.toContain(COUNTRY_NOT_STATED);
    expect(all).not.toContain(`${INSTITUTION_NOT_STATED} ·`);
    expect(all).toContain('Where respondents disagree');
    for (const file of files) expect(all).toContain(file.respondent.name);
    // Stated once, kept with the assessment: the header names it and the panel no longer asks.
    expect(await page.locator('.header-institution').textContent()).toBe('Ministry of Communications');
    expect(await panel.getByTestId('report-who').count()).toBe(0);
    expect(app.problems).toEqual([]);
  });
});

describe('editable copies in the browser edition (downloads)', () => {
  /** Opens an assessment through the file picker and shows the given tab. */
  async function openInBrowser(assessment: Parameters<typeof serializeAssessment>[0], fileName: string, tab: string) {
    const source = join(app.workDir, fileName);
    writeFileSync(source, serializeAssessment(assessment));
    const { page } = await app.openPage({ edition: 'browser' });
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open…' }).first().click();
    await (await chooser).setFiles(source);
    await page.locator('#section-title').waitFor();
    await page.locator('.view-tabs button', { hasText: tab }).click();
    return page;
  }

  it("saves the report as a Word document that a reader opens with the report's headings and both charts", async () => {
    const page = await openInBrowser(demoAssessment(5), 'word-source.capamap.json', 'Results');
    const panel = page.locator('.report-panel');
    await panel.getByLabel('Report language').selectOption('zh');
    const download = page.waitForEvent('download', { timeout: 90_000 });
    await panel.getByRole('button', { name: 'Save as Word document' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/-zh\.docx$/);
    const target = join(app.workDir, 'report-zh.docx');
    await file.saveAs(target);
    await expect.poll(() => page.getByTestId('report-status').textContent()).toMatch(/^Report saved as .*-zh\.docx\.$/);
    expect(readFileSync(target).subarray(0, 2).toString('latin1')).toBe('PK');
    const markdown = execFileSync('pandoc', ['-f', 'docx', '-t', 'markdown', target], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const headings = markdown.split('\n').filter((line) => /^#{1,2} /.test(line));
    expect(headings).toContain('# 决策简报');
    expect(headings).toContain('# 安全优先事项');
    expect(markdown.match(/!\[\]\(media\/image\d+\.png\)/g)).toHaveLength(2);
    expect(app.problems).toEqual([]);
  }, 120_000);

  it('saves the costed roadmap as a spreadsheet from the roadmap screen', async () => {
    const assessment = demoAssessment(5);
    const page = await openInBrowser(assessment, 'roadmap-source.capamap.json', 'Roadmap');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save roadmap as spreadsheet (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/-roadmap-en\.csv$/);
    const target = join(app.workDir, 'roadmap.csv');
    await file.saveAs(target);
    await expect.poll(() => page.getByTestId('roadmap-csv-status').textContent()).toMatch(/^Roadmap saved as .*-roadmap-en\.csv\.$/);
    const bytes = readFileSync(target);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = parseCsv(bytes.toString('utf8'));
    if (!parsed.ok) throw new Error('unreadable CSV');
    const [header, ...rows] = parsed.value;
    expect(header!.slice(0, 6)).toEqual(['No.', 'Phase', 'Start quarter (1–20)', 'Months', 'Area', 'Action']);
    const { roadmap } = analyse(bundledContent(), assessment);
    expect(rows.map((r) => r[0])).toEqual([...roadmap.phases.flatMap((p) => p.actions), ...roadmap.beyondHorizon].map((a) => a.number));
    expect(app.problems).toEqual([]);
  });
});

describe('one stage everywhere (Results)', () => {
  it('prints for each pillar, on the results screen, the slides and the PDF, the stage analyse gives', async () => {
    const assessment = demoAssessment(23);
    const content = bundledContent();
    const results = analyse(content, assessment);
    const pillars = results.sections.filter((s) => s.kind === 'pillar');
    expect(pillars.every((s) => s.stage !== null)).toBe(true);
    const { page, dialogs, panel } = await openResults(assessment, 'stages.capamap.json');

    const screen = async (selector: string) => Object.fromEntries(await page.locator(selector).evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-section'), Number(r.getAttribute('data-stage'))])));
    const expected = Object.fromEntries(pillars.map((s) => [s.id, s.stage]));
    // The results screen is a chunk of its own: its rows count once they are drawn.
    await expect.poll(() => screen('[data-testid="gap-table"] tbody tr[data-section]')).toMatchObject(expected);
    expect(await screen('[data-testid="pillar-explain"] li[data-section]')).toMatchObject(expected);

    const target = join(app.workDir, 'stages.pdf');
    dialogs.saveQueue.push(target);
    await panel.getByRole('button', { name: 'Generate the report' }).click();
    await expect.poll(() => page.getByTestId('report-status').textContent(), { timeout: 60_000 }).toBe('Report saved as stages.pdf.');
    const heading = 'Scores, gaps and data quality';
    const withTable = (await pdfText(target)).find((p) => p.includes(heading))!;
    expect(withTable).toBeDefined();
    // The table's rows start after its header row ("Pillar Score …"): a pillar's title may also occur in the text above it.
    const afterHeading = withTable.slice(withTable.indexOf(heading));
    const profilePage = afterHeading.slice(afterHeading.indexOf('Pillar'));
    for (const s of pillars) {
      const title = localize(content.questionnaire.sections.find((x) => x.id === s.id)!.title, 'en');
      // The profile table's row: the pillar, its score, then "stage · name". A long title wraps in its cell, so its
      // first word leads the row and the rest may follow the score.
      const first = title.split(' ')[0]!;
      expect(profilePage, title).toContain(first);
      const row = profilePage.slice(profilePage.indexOf(first) + first.length);
      expect(row.replace(/\s+/g, ' ')).toMatch(new RegExp(`^[^\\d]*?\\d\\.\\d\\s*${s.stage} · `));
    }

    await page.getByRole('button', { name: 'Present' }).click();
    // The presentation's code may still be on its way (a chunk of its own): keys count once it is shown.
    await page.getByTestId('presentation').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.locator('.slide-list li[data-section]').first().waitFor();
    expect(await screen('.slide-list li[data-section]')).toEqual(expected);
    expect(app.problems).toEqual([]);
  });
});

describe('report progress and cancel', () => {
  it("shows progress in the click's own frame, then stops the work on Cancel and generates afresh afterwards", async () => {
    const { page, dialogs, panel } = await openResults(demoAssessment(12), 'cancel-source.capamap.json');
    const generate = panel.getByRole('button', { name: 'Generate the report' });
    await generate.waitFor();
    // In the page: the click's own task (React commits in a microtask) already shows the first step and a Cancel
    // button, before any worker could answer: the frame painted next shows them, whatever the worker is doing.
    const atClick = await page.evaluate(async () => {
      const button = [...document.querySelectorAll<HTMLButtonElement>('.report-panel button')].find((b) => b.textContent === 'Generate the report')!;
      button.click();
      for (let i = 0; i < 5; i++) await Promise.resolve();
      return {
        status: document.querySelector('[data-testid="report-status"]')?.textContent,
        cancel: [...document.querySelectorAll('.report-panel button')].some((b) => b.textContent === 'Cancel'),
        progress: document.querySelector('.report-panel progress') !== null,
      };
    });
    expect(atClick).toEqual({ status: 'Starting…', cancel: true, progress: true });

    // Once pdfmake is laying out the pages (the long, uninterruptible step), Cancel ends the worker itself.
    await expect.poll(() => page.getByTestId('report-status').textContent(), { timeout: 60_000 }).toMatch(/^Laying out the pages…$|^Drawing the pages/);
    const worker = page.workers().find((w) => w.url().includes('report.worker'));
    expect(worker).toBeDefined();
    const ended = new Promise<void>((resolve) => worker!.once('close', () => resolve()));
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await ended;
    await expect.poll(() => page.getByTestId('report-status').textContent()).toBe('Report generation cancelled: nothing was saved.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Generate the report');
    expect(await panel.getByRole('button', { name: 'Cancel' }).count()).toBe(0);
    expect(await panel.locator('progress').count()).toBe(0);

    // Nothing was saved; the next report starts a new worker and is saved as usual.
    const target = join(app.workDir, 'after-cancel.pdf');
    dialogs.saveQueue.push(target);
    await generate.click();
    await expect.poll(() => page.getByTestId('report-status').textContent(), { timeout: 60_000 }).toBe('Report saved as after-cancel.pdf.');
    expect(dialogs.saveQueue).toEqual([]);
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
    expect(app.problems).toEqual([]);
  });
});
