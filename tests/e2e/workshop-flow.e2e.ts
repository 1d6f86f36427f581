import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAssessment, serializeAssessment } from '../../core/model/assessment-file';
import { compareWithBaseline } from '../../core/workshop/baseline';
import { parseAnswersCsv } from '../helpers/csv-reader';
import { importResponses, mergeView } from '../../core/workshop/merge';
import { parseResponse } from '../../core/workshop/response-file';
import type { Assessment } from '../../core/model/schema/assessment';
import type { ResponseFile } from '../../core/model/schema/response';
import { startApp, type App } from './harness';
import { bundledContent, demoAssessment, tabUntil } from './ui-helpers';

// A workshop from start to end, through the real main-process handlers: three respondents answer on
// their own "laptops" (browser contexts with their own user-data folders), export response files to a
// USB stick (a folder), the facilitator imports them, decides the conflicts, compares with last year
// and exports the answers.

const { questionnaire: q, library } = bundledContent();

let app: App;
let usb: string;
let answeredPath: string;
let blankPath: string;
let lastYearPath: string;
let lastYear: Assessment;

beforeAll(async () => {
  app = await startApp();
  usb = join(app.workDir, 'usb');
  mkdirSync(usb, { recursive: true });
  // The facilitator's prepared assessment (no answers yet), and a copy as each respondent has it once
  // answered: answering every question by hand would only slow the test, so the copy comes answered
  // and each respondent changes a few answers with the keyboard and the mouse.
  const prepared = demoAssessment(7);
  answeredPath = join(app.workDir, 'answered.capamap.json');
  writeFileSync(answeredPath, serializeAssessment(prepared));
  blankPath = join(app.workDir, 'prepared.capamap.json');
  writeFileSync(blankPath, serializeAssessment({ ...prepared, answers: {} }));
  lastYear = { ...demoAssessment(3), id: 'demo-last-year', meta: { ...prepared.meta, assessmentDate: '2024-03-14' } };
  lastYearPath = join(app.workDir, 'last-year.capamap.json');
  writeFileSync(lastYearPath, serializeAssessment(lastYear));
});
afterAll(async () => {
  await app?.close();
});

// As the screen writes a score: 2.15 shows as 2.2 (toFixed would give 2.1).
const oneDecimal = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const tab = (page: Page, name: string) => page.locator('.view-tabs button', { hasText: name }).click();
const workshopTab = (page: Page, id: string) => page.locator(`[data-workshop-tab="${id}"]`).click();

/** Focuses an item's frame and presses a key, as a respondent answering by keyboard does. */
async function answerByKey(page: Page, section: string, itemId: string, key: string) {
  await page.locator(`.section-nav button[data-section="${section}"]`).click();
  await page.locator(`[data-item="${itemId}"]`).focus();
  await page.keyboard.press(key);
}

interface Person {
  name: string;
  agency: string;
  role: string;
  edit: (page: Page) => Promise<void>;
}

const PEOPLE: Person[] = [
  {
    name: 'Amina Diallo',
    agency: 'Ministry of Digital Economy and Innovation',
    role: 'Director of Digital Transformation',
    edit: async (page) => {
      await answerByKey(page, 'compute', 'compute.hpc-access', '2');
      await answerByKey(page, 'data', 'data.open-data', 'd');
    },
  },
  {
    name: 'Chen Wei',
    agency: 'National Statistics Office',
    role: 'Head of Data Services',
    edit: async (page) => {
      await answerByKey(page, 'compute', 'compute.hpc-access', '4');
      await page.locator('.section-nav button[data-section="misuse"]').click();
      await page.locator('[data-item="misuse.deepfakes-disinformation"] [data-scale="impact"] .scale-option').nth(1).click();
    },
  },
  {
    name: 'María López',
    agency: 'Data Protection Authority',
    role: 'Legal Counsel',
    edit: async (page) => {
      await answerByKey(page, 'compute', 'compute.hpc-access', '2');
      await answerByKey(page, 'data', 'data.protection-law', '5');
    },
  },
];

/** One respondent on their own laptop: open the copy, answer, add themselves, export the response file. */
async function respond(person: Person, index: number): Promise<string> {
  const { page, context, dialogs } = await app.openPage({ userDataDir: join(app.workDir, `laptop-${index}`) });
  dialogs.openQueue.push([answeredPath]);
  await page.getByRole('button', { name: 'Open…' }).first().click();
  await page.locator('#section-title').waitFor();
  await person.edit(page);

  await tab(page, 'Workshop');
  const form = page.getByTestId('add-respondent');
  await form.getByLabel('Name').fill(person.name);
  await form.getByLabel('Agency').fill(person.agency);
  await form.getByLabel('Role').fill(person.role);
  await form.getByRole('button', { name: 'Add the respondent' }).click();
  const row = page.locator('[data-testid="respondents-table"] tbody tr');
  await expect.poll(() => row.count()).toBe(1);
  const path = join(usb, `respondent-${index}.capamap-response.json`);
  dialogs.saveQueue.push(path);
  await row.getByRole('button', { name: /Export my response file/ }).click();
  await expect.poll(() => page.getByTestId('respondent-status').textContent()).toMatch(/^Saved as respondent-\d\.capamap-response\.json\.$/);
  await context.close();
  return path;
}

describe('a workshop in four browser contexts', () => {
  let files: string[] = [];
  let facilitator: Page;
  let facilitatorDialogs: Awaited<ReturnType<App['openPage']>>['dialogs'];
  let expected: Assessment;

  it('three respondents answer on their own laptops and export their response files', async () => {
    files = [];
    for (const [i, person] of PEOPLE.entries()) files.push(await respond(person, i + 1));
    const parsed = files.map((f) => parseResponse(readFileSync(f, 'utf8')));
    expect(parsed.map((p) => p.ok && p.value.respondent)).toEqual([
      { id: 'amina-diallo-mdei', name: 'Amina Diallo', agency: 'Ministry of Digital Economy and Innovation', role: 'Director of Digital Transformation' },
      { id: 'chen-wei-nso', name: 'Chen Wei', agency: 'National Statistics Office', role: 'Head of Data Services' },
      { id: 'maria-lopez-dpa', name: 'María López', agency: 'Data Protection Authority', role: 'Legal Counsel' },
    ]);
    const [amina, chen, maria] = parsed.map((p) => (p.ok ? p.value : null)) as ResponseFile[];
    expect(amina!.answers['compute.hpc-access']).toMatchObject({ kind: 'stage', stage: 2 });
    expect(amina!.answers['data.open-data']).toMatchObject({ kind: 'dont-know' });
    expect(chen!.answers['compute.hpc-access']).toMatchObject({ kind: 'stage', stage: 4 });
    expect(chen!.answers['misuse.deepfakes-disinformation']).toMatchObject({ kind: 'risk', impact: 2 });
    expect(maria!.answers['data.protection-law']).toMatchObject({ kind: 'stage', stage: 5 });
    expect(amina!.assessmentId).toBe('demo-00000007');
    // What the facilitator's screen should show: core's own merge of the same files.
    const blank = parseAssessment(readFileSync(blankPath, 'utf8'));
    if (!blank.ok) throw new Error('prepared file');
    expected = importResponses(q, blank.value, [amina!, chen!, maria!]).assessment;
    expect(app.problems).toEqual([]);
  });

  it('the facilitator imports them all at once (a stray file is refused), and a re-import duplicates nothing', async () => {
    const opened = await app.openPage({ userDataDir: join(app.workDir, 'facilitator') });
    facilitator = opened.page;
    facilitatorDialogs = opened.dialogs;
    const page = facilitator;
    facilitatorDialogs.openQueue.push([blankPath]);
    await page.getByRole('button', { name: 'Open…' }).first().click();
    await page.locator('#section-title').waitFor();
    await tab(page, 'Workshop');
    facilitatorDialogs.openQueue.push([...files, answeredPath]);
    await page.getByTestId('import-responses').click();
    const summary = page.getByTestId('import-summary');
    await expect.poll(() => summary.textContent()).toBe('4 files read: 3 new respondents, 0 replaced, 0 unchanged, 1 refused.');
    const report = page.getByTestId('import-report');
    expect(await report.locator('[data-imported]').count()).toBe(3);
    expect(await report.locator('[data-imported="chen-wei-nso"]').textContent()).toContain('Chen Wei (National Statistics Office): answers imported from respondent-2.capamap-response.json');
    expect(await report.locator('[data-refused="answered.capamap.json"]').textContent()).toContain('this is not a response file CapaMap can read');
    // The report is where the focus went, for keyboard and screen-reader users.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-report-title');
    expect(await page.locator('[data-testid="respondents-table"] tbody tr').count()).toBe(3);

    facilitatorDialogs.openQueue.push(files);
    await page.getByTestId('import-responses').click();
    await expect.poll(() => summary.textContent()).toBe('3 files read: 0 new respondents, 0 replaced, 3 unchanged, 0 refused.');
    expect(await page.getByTestId('import-report').textContent()).toContain('nothing changed');
    expect(await page.locator('[data-testid="respondents-table"] tbody tr').count()).toBe(3);
    // The merge tab counts what is left to decide.
    const conflicts = mergeView(q, expected).totals.conflicts;
    expect(conflicts).toBe(3);
    expect(await page.locator('[data-workshop-tab="merge"] .tab-count').textContent()).toBe('3 to decide');
    expect(app.problems).toEqual([]);
  });

  it('shows every answer side by side, and the facilitator decides each conflict by mouse, keyboard and dialog', async () => {
    const page = facilitator;
    await workshopTab(page, 'merge');
    const totals = page.getByTestId('merge-totals');
    const total = (key: string) => totals.locator(`[data-total="${key}"] .total-number`).textContent();
    const view = mergeView(q, expected);
    expect(await total('respondents')).toBe('3');
    expect(await total('agreed')).toBe(String(view.totals.agreed));
    expect(await total('conflicts')).toBe('3');
    // The default list: what is left to decide.
    expect(await page.locator('[data-merge-item]').evaluateAll((els) => els.map((e) => e.getAttribute('data-merge-item')))).toEqual(['compute.hpc-access', 'data.protection-law', 'misuse.deepfakes-disinformation']);

    const hpc = page.locator('[data-merge-item="compute.hpc-access"]');
    expect(await hpc.locator('.merge-meta').textContent()).toBe('Answered by 3 of 3 · spread 2 stages');
    expect(await hpc.locator('.position').evaluateAll((els) => els.map((e) => e.textContent))).toEqual([
      'Stage 2 · Emerging2 peopleAmina Diallo, María LópezChoose Stage 2 · Emerging',
      'Stage 4 · Advanced1 personChen WeiChoose Stage 4 · Advanced',
    ]);
    expect(await hpc.getByTestId('consensus').textContent()).toBe('No consensus yet. A starting point: Stage 2 · Emerging (the lower median).');

    // By keyboard: type the reason, Shift+Tab back to "Choose stage 2", Space.
    await hpc.getByLabel('Why (note)').focus();
    await page.keyboard.type('Only the university pilot cluster counts');
    await tabUntil(page, '[data-merge-item="compute.hpc-access"] [data-position] >> nth=0 >> button', { shift: true, max: 5 });
    await page.keyboard.press('Space');
    await expect.poll(() => hpc.getAttribute('data-status')).toBe('resolved');
    expect(await hpc.getByTestId('consensus').textContent()).toBe('Decision: Stage 2 · Emerging. Why: Only the university pilot cluster counts');
    expect(await hpc.locator('.position-choose').first().getAttribute('aria-pressed')).toBe('true');
    // Decided rows stay in the list until the filter is chosen again.
    expect(await page.locator('[data-merge-item]').count()).toBe(3);
    expect(await total('conflicts')).toBe('2');

    // By the dialog: another value than anyone gave, with a note.
    const law = page.locator('[data-merge-item="data.protection-law"]');
    await law.locator('[data-action="decide"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Stage 3 · Established').check();
    await dialog.getByLabel('Why (note)').fill('The decree is pending; law adopted in 2021.');
    await dialog.getByRole('button', { name: 'Record the decision' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => law.getByTestId('consensus').textContent()).toBe('Decision: Stage 3 · Established. Why: The decree is pending; law adopted in 2021.');

    // By one respondent's own answer, from the side-by-side table.
    const risk = page.locator('[data-merge-item="misuse.deepfakes-disinformation"]');
    await risk.locator('details.each summary').click();
    const rows = risk.locator('table.each-answer tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    await risk.locator('button[data-use="chen-wei-nso"]').click();
    await expect.poll(() => risk.getAttribute('data-status')).toBe('resolved');
    // Chen Wei changed the impact only: the rest is the answered copy's.
    const copied = demoAssessment(7).answers['misuse.deepfakes-disinformation'];
    if (copied?.kind !== 'risk') throw new Error('the demo rates every risk');
    expect(await risk.getByTestId('consensus').textContent()).toBe(`Decision: Likelihood ${copied.likelihood} · impact 2 · preparedness ${copied.preparedness}.`);
    expect(await total('conflicts')).toBe('0');
    expect(await total('resolved')).toBe('3');

    // Withdrawing a decision brings the conflict back; undo brings the decision back.
    await hpc.locator('[data-action="withdraw"]').click();
    await expect.poll(() => hpc.getAttribute('data-status')).toBe('conflict');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => hpc.getAttribute('data-status')).toBe('resolved');

    // Choosing the filter again lists what is left: nothing.
    await page.getByLabel('Decided (3)').check();
    expect(await page.locator('[data-merge-item]').count()).toBe(3);
    await page.getByLabel('To decide (0)').check();
    expect(await page.getByTestId('merge-none').textContent()).toContain('Nothing left to decide');
    expect(await page.locator('.view-tabs button', { hasText: 'Workshop' }).locator('.tab-count').count()).toBe(0);
    expect(app.problems).toEqual([]);
  });

  it('the disagreement per pillar and the most contested questions are shown, and the results use the consensus', async () => {
    const page = facilitator;
    await workshopTab(page, 'disagreement');
    const view = mergeView(q, expected);
    const compute = view.sections.find((s) => s.section === 'compute')!;
    const table = page.getByTestId('disagreement-table');
    expect(await table.locator('tr[data-section="compute"] td[data-col="spread"]').textContent()).toBe(compute.meanSpread!.toFixed(1));
    expect(await table.locator('tr[data-section="compute"] td[data-col="resolved"]').textContent()).toBe('1');
    expect(
      await page
        .getByTestId('contested')
        .locator('li')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-contested'))),
    ).toEqual(view.contested.map((c) => c.itemId));
    expect(await page.locator('[data-contested="compute.hpc-access"]').textContent()).toContain('Stage 2 · Emerging: 2 · Stage 4 · Advanced: 1');

    await tab(page, 'Results');
    await page.getByTestId('gap-table').waitFor();
    expect(await page.locator('[data-testid="gap-table"] tr[data-section="compute"] td[data-col="score"]').textContent()).not.toBe('—');
    expect(app.problems).toEqual([]);
  });

  it('exports the answers as CSV that reads back, and the assessment as JSON with the decisions', async () => {
    const page = facilitator;
    await tab(page, 'Workshop');
    await workshopTab(page, 'export');
    const csvPath = join(app.workDir, 'answers.csv');
    const jsonPath = join(app.workDir, 'merged.capamap.json');
    facilitatorDialogs.saveQueue.push(csvPath);
    await page.getByTestId('export-csv').click();
    await expect.poll(() => page.getByTestId('export-status').textContent()).toBe('Saved as answers.csv.');
    facilitatorDialogs.saveQueue.push(jsonPath);
    await page.getByTestId('export-json').click();
    await expect.poll(() => page.getByTestId('export-status').textContent()).toBe('Saved as merged.capamap.json.');

    const json = parseAssessment(readFileSync(jsonPath, 'utf8'));
    if (!json.ok) throw new Error('the JSON export does not parse');
    const merged = json.value;
    expect(Object.keys(merged.resolutions).sort()).toEqual(['compute.hpc-access', 'data.protection-law', 'misuse.deepfakes-disinformation']);
    expect(merged.resolutions['compute.hpc-access']!.note).toBe('Only the university pilot cluster counts');
    expect(merged.answers['data.protection-law']).toEqual({ kind: 'stage', stage: 3 });
    expect(merged.responses).toEqual(expected.responses);

    const text = readFileSync(csvPath, 'utf8');
    expect(text.startsWith('\uFEFFrespondent_id,respondent_name,agency,item_id')).toBe(true);
    const csv = parseAnswersCsv(text);
    if (!csv.ok) throw new Error(csv.problems[0]!.message);
    expect(csv.value.consensus).toEqual(merged.answers);
    expect(csv.value.respondents.map((r) => r.respondent)).toEqual(merged.respondents.map(({ id, name, agency }) => ({ id, name, agency })));
    expect(Object.fromEntries(csv.value.respondents.map((r) => [r.respondent.id, r.answers]))).toEqual(merged.responses);
    expect(app.problems).toEqual([]);
  });

  it('a year later: last year’s assessment as a baseline shows the change per pillar and per risk and the actions now done', async () => {
    const page = facilitator;
    await workshopTab(page, 'baseline');
    facilitatorDialogs.openQueue.push([lastYearPath]);
    await page.getByTestId('load-baseline').click();
    await page.getByTestId('baseline-comparison').waitFor();
    const merged = parseAssessment(readFileSync(join(app.workDir, 'merged.capamap.json'), 'utf8'));
    if (!merged.ok) throw new Error('merged');
    const c = compareWithBaseline(q, library, merged.value, lastYear);
    const rows = page.locator('[data-testid="baseline-sections"] tbody tr');
    expect(await rows.count()).toBe(c.sections.length);
    for (const s of c.sections) {
      const row = page.locator(`[data-testid="baseline-sections"] tr[data-section="${s.section}"]`);
      expect(await row.locator('td[data-col="previous"]').textContent(), s.section).toBe(s.previous === null ? '—' : oneDecimal.format(s.previous));
      expect(await row.locator('td[data-col="current"]').textContent(), s.section).toBe(s.current === null ? '—' : oneDecimal.format(s.current));
      const shown = await row.locator('td[data-col="delta"]').textContent();
      const rounded = s.delta === null ? null : Math.round(s.delta * 10) / 10;
      expect(shown, s.section).toBe(rounded === null ? '—' : rounded === 0 ? 'no change' : `${rounded > 0 ? '▲ up' : '▼ down'} ${Math.abs(rounded).toFixed(1)}`);
    }
    expect(await page.locator('[data-testid="baseline-risks"] tbody tr').count()).toBe(c.risks.length);
    expect(await page.getByTestId('baseline-summary').textContent()).toContain(`${c.done.length} of ${c.actions.length} actions of the previous roadmap`);
    expect(await page.locator('[data-testid="baseline-done"] li').count()).toBe(c.done.length);
    // The baseline lives in this session only: the assessment file does not carry it.
    expect(readFileSync(join(app.workDir, 'merged.capamap.json'), 'utf8')).not.toContain('demo-last-year');
    expect(app.problems).toEqual([]);
  });

  it('the facilitator’s report prints where respondents disagree and the progress since last year', async () => {
    const page = facilitator;
    await page.locator('.view-tabs button', { hasText: 'Results' }).click();
    const target = join(app.workDir, 'workshop-report.pdf');
    facilitatorDialogs.saveQueue.push(target);
    await page.locator('.report-panel').getByRole('button', { name: 'Generate the report' }).click();
    await expect.poll(() => page.getByTestId('report-status').textContent(), { timeout: 60_000 }).toBe('Report saved as workshop-report.pdf.');
    const doc = await getDocument({ data: new Uint8Array(readFileSync(target)) }).promise;
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push((await (await doc.getPage(n)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(''));
    await doc.destroy();
    const text = pages.join('\n');
    expect(text).toContain('Where respondents disagree');
    expect(text).toContain(`Progress since`);
    for (const file of files) {
      const response = parseResponse(readFileSync(file, 'utf8'));
      if (response.ok) expect(text).toContain(response.value.respondent.name);
    }
    expect(app.problems).toEqual([]);
  });
});
