import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../core/method/analyse';
import type { Results } from '../../core/method/results';
import { parseAssessment, serializeAssessment } from '../../core/model/assessment-file';
import { localize } from '../../core/model/localize';
import { formatUsdRange } from '../../core/report/format';
import { indexItems } from '../../core/model/questionnaire';
import type { Assessment } from '../../core/model/schema/assessment';
import { startApp, type App } from './harness';
import { axeViolations, bundledContent, demoAssessment, readAutosave, waitForAutosave } from './ui-helpers';

// The roadmap workspace end to end, with the real main-process file store: decisions taken on the
// roadmap screen are one undo step each, autosaved, kept when an answer changes (an edited action the
// answers stop calling for is flagged, not removed), saved to a file, reopened, and printed in the PDF.

// CAPAMAP_SCREENSHOTS=/some/dir also saves pictures of the roadmap screen at two window sizes in English and Chinese, to look at.
const shotsDir = process.env.CAPAMAP_SCREENSHOTS;
if (shotsDir) mkdirSync(shotsDir, { recursive: true });

const content = bundledContent();
const items = indexItems(content.questionnaire);

let app: App;
let sourcePath: string;

/** Every action the analysis knows of: scheduled, beyond the horizon, or dropped. */
const known = (results: Results) => new Set([...results.roadmap.phases.flatMap((p) => p.actions.map((a) => a.id)), ...results.roadmap.beyondHorizon.map((a) => a.id), ...results.roadmap.dropped]);

/**
 * Picks the actions the test works on from the demo's own roadmap: `flagged` is triggered by one
 * indicator only, so answering that indicator at stage 5 stops calling for it; the others stay
 * called for after that change. Chosen by analysing, so the test follows the method as it evolves.
 */
function pickActions(base: Assessment) {
  const results = analyse(content, base);
  const scheduled = results.roadmap.phases.flatMap((p) => p.actions);
  for (const flagged of scheduled) {
    const [item] = flagged.why;
    if (flagged.why.length !== 1 || items.get(item!)?.item.type !== 'indicator') continue;
    const changed: Assessment = { ...base, answers: { ...base.answers, [item!]: { kind: 'stage', stage: 5 } } };
    const after = known(analyse(content, changed));
    if (after.has(flagged.id)) continue;
    const others = scheduled.filter((a) => a.id !== flagged.id && a.phase < 3 && after.has(a.id) && !a.why.includes(item!));
    if (others.length < 5) continue;
    const [accepted, restored, dropped, moved, retitled] = others;
    return { flagged: flagged.id, item: item!, accepted: accepted!.id, restored: restored!.id, dropped: dropped!.id, moved: moved!.id, retitled: retitled!.id };
  }
  throw new Error('the demo has no action triggered by a single indicator');
}

const base = demoAssessment(7);
const pick = pickActions(base);
const OWNER = 'Director, Digital Infrastructure';
const START = '2026-09-01';
const NEW_TITLE = 'Adapt an open model to Kiswahili and Hausa';
const CUSTOM_TITLE = 'National AI hackathon for public servants';
const INSTITUTION = "Ministère de l'Économie numérique";

beforeAll(async () => {
  app = await startApp();
  sourcePath = join(app.workDir, 'roadmap-source.capamap.json');
  writeFileSync(sourcePath, serializeAssessment(base));
});
afterAll(async () => {
  await app?.close();
});

const card = (page: Page, id: string) => page.locator(`[data-action="${id}"]`);
const control = (page: Page, id: string, name: string) => card(page, id).locator(`[data-control="${name}"]`);
const focusedControl = (page: Page) => page.evaluate(() => [document.activeElement?.closest('[data-action]')?.getAttribute('data-action') ?? null, document.activeElement?.getAttribute('data-control') ?? null]);
const phaseOf = (page: Page, id: string) => card(page, id).evaluate((el) => el.closest('[data-phase]')?.getAttribute('data-phase'));
const tab = (page: Page, name: string) => page.locator('.view-tabs button', { hasText: name }).click();

async function openFile(path: string, userDataDir: string, viewport = { width: 1024, height: 700 }) {
  const opened = await app.openPage({ userDataDir, viewport });
  opened.dialogs.openQueue.push([path]);
  await opened.page.getByRole('button', { name: 'Open…' }).first().click();
  await opened.page.locator('#section-title').waitFor();
  return opened;
}

async function pdfText(path: string): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(path)) }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const text = await (await doc.getPage(n)).getTextContent();
    pages.push(text.items.map((i) => ('str' in i ? i.str : '')).join(''));
  }
  await doc.destroy();
  return pages.join('\n');
}

describe('the roadmap workspace', () => {
  it('takes decisions on the roadmap, keeps them through an answer change, a file and the PDF', async () => {
    const userDataDir = join(app.workDir, 'workspace-user-data');
    const { page, dialogs } = await openFile(sourcePath, userDataDir);

    // Reached from the results page's roadmap section.
    await tab(page, 'Results');
    await page.getByRole('button', { name: /Review and edit the roadmap/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Roadmap' }).waitFor();
    expect(await page.locator('.view-tabs [aria-current="page"]').textContent()).toBe('Roadmap');
    expect(await axeViolations(page)).toEqual([]);

    // Accept: pressed, marked edited.
    await control(page, pick.accepted, 'accept').click();
    await expect.poll(() => control(page, pick.accepted, 'accept').getAttribute('aria-pressed')).toBe('true');
    expect(await card(page, pick.accepted).locator('.badge').textContent()).toBe('Edited');

    // Drop and restore by keyboard: the focus follows the action to the dropped list and back.
    await control(page, pick.restored, 'drop').focus();
    await page.keyboard.press('Enter');
    await page.locator(`[data-dropped="${pick.restored}"]`).waitFor();
    expect(await card(page, pick.restored).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-dropped]')?.getAttribute('data-dropped'))).toBe(pick.restored);
    await page.keyboard.press('Enter');
    await card(page, pick.restored).waitFor();
    expect(await page.locator(`[data-dropped="${pick.restored}"]`).count()).toBe(0);
    expect(await focusedControl(page)).toEqual([pick.restored, 'heading']);

    // Drop one for good.
    await control(page, pick.dropped, 'drop').click();
    await page.locator(`[data-dropped="${pick.dropped}"]`).waitFor();

    // Move to phase 3: the action goes there and the phase list keeps the focus.
    await control(page, pick.moved, 'phase').selectOption('3');
    await expect.poll(() => phaseOf(page, pick.moved)).toBe('3');
    expect(await control(page, pick.moved, 'phase').inputValue()).toBe('3');
    expect(await focusedControl(page)).toEqual([pick.moved, 'phase']);

    // Owner (handed over on leaving the field) and start date (on Enter).
    await control(page, pick.flagged, 'owner').fill(OWNER);
    await page.keyboard.press('Tab');
    await control(page, pick.flagged, 'start').fill(START);
    await page.keyboard.press('Enter');
    await expect.poll(() => card(page, pick.flagged).locator('.badge').textContent()).toBe('Edited');

    // Reword the title in the inline form.
    await control(page, pick.retitled, 'edit').click();
    await card(page, pick.retitled).getByLabel('Title').fill(NEW_TITLE);
    await card(page, pick.retitled).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => control(page, pick.retitled, 'heading').textContent()).toContain(NEW_TITLE);

    // Add an action of one's own.
    const form = page.locator('.add-action');
    await form.getByRole('button', { name: 'Add the action' }).click();
    expect(await form.getByText('Give the action a title.').count()).toBe(1);
    await form.getByLabel('Title').fill(CUSTOM_TITLE);
    await form.getByLabel('Description').fill('Two days, open to every ministry.');
    await form.getByLabel('Area').selectOption('talent');
    await form.getByLabel('Phase').selectOption('2');
    await form.getByLabel('Owner').fill('Innovation unit');
    await form.getByLabel('Start date').fill('2027-03-01');
    await form.getByRole('button', { name: 'Add the action' }).click();
    await card(page, 'custom-1').waitFor();
    expect(await phaseOf(page, 'custom-1')).toBe('2');
    expect(await card(page, 'custom-1').locator('.badge').textContent()).toBe('Added by you');
    expect(await focusedControl(page)).toEqual(['custom-1', 'heading']);
    expect(await axeViolations(page)).toEqual([]);

    // Ctrl+Z undoes the last step only; Ctrl+Y brings it back.
    await page.keyboard.press('Control+z');
    await card(page, 'custom-1').waitFor({ state: 'detached' });
    expect(await control(page, pick.retitled, 'heading').textContent()).toContain(NEW_TITLE);
    await page.keyboard.press('Control+y');
    await card(page, 'custom-1').waitFor();

    // Every decision reached the autosave, and nothing else changed.
    await waitForAutosave(page);
    const kept = readAutosave(userDataDir);
    expect(kept.roadmap.edits).toEqual({
      [pick.accepted]: { status: 'accepted' },
      [pick.dropped]: { status: 'dropped' },
      [pick.moved]: { phase: 3 },
      [pick.flagged]: { owner: OWNER, start: START },
      [pick.retitled]: { title: NEW_TITLE },
    });
    expect(kept.roadmap.custom).toEqual([
      { id: 'custom-1', area: 'talent', phase: 2, title: CUSTOM_TITLE, description: 'Two days, open to every ministry.', lead: expect.any(String), owner: 'Innovation unit', start: '2027-03-01' },
    ]);
    expect(kept.answers).toEqual(base.answers);

    // An answer changes so that the assigned action is no longer called for: it stays, flagged; every other decision holds.
    await tab(page, 'Questionnaire');
    await page.locator(`.section-nav button[data-section="${items.get(pick.item)!.section.id}"]`).click();
    await page.locator(`[data-item="${pick.item}"] .stage-option`).nth(4).click();
    await tab(page, 'Roadmap');
    await card(page, pick.flagged).locator('[data-testid="kept-flag"]').waitFor();
    expect(await card(page, pick.flagged).locator('[data-testid="kept-flag"]').textContent()).toContain('No longer called for by the answers — keep or drop.');
    expect(await control(page, pick.flagged, 'owner').inputValue()).toBe(OWNER);
    expect(await control(page, pick.flagged, 'start').inputValue()).toBe(START);
    expect(await card(page, pick.flagged).textContent()).not.toContain('Because of');
    expect(await control(page, pick.accepted, 'accept').getAttribute('aria-pressed')).toBe('true');
    expect(await phaseOf(page, pick.moved)).toBe('3');
    expect(await control(page, pick.retitled, 'heading').textContent()).toContain(NEW_TITLE);
    expect(await page.locator(`[data-dropped="${pick.dropped}"]`).count()).toBe(1);
    expect(await card(page, 'custom-1').count()).toBe(1);
    // Keeping it answers the flag.
    await control(page, pick.flagged, 'accept').click();
    await expect.poll(() => card(page, pick.flagged).locator('[data-testid="kept-flag"]').textContent()).toContain('you chose to keep it');

    // Saved to a file of its own, then reopened in a fresh window: the same roadmap.
    const savedPath = join(app.workDir, 'roadmap-decided.capamap.json');
    dialogs.saveQueue.push(savedPath);
    await page.getByRole('button', { name: 'Save as…' }).click();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toContain('roadmap-decided.capamap.json');
    const saved = parseAssessment(readFileSync(savedPath, 'utf8'));
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.value.roadmap.edits[pick.flagged]).toEqual({ owner: OWNER, start: START, status: 'accepted' });
    expect(saved.value.answers[pick.item]).toMatchObject({ kind: 'stage', stage: 5 });
    await page.context().close();

    const reopened = await openFile(savedPath, join(app.workDir, 'reopen-user-data'));
    const again = reopened.page;
    await tab(again, 'Roadmap');
    await card(again, pick.flagged).locator('[data-testid="kept-flag"]').waitFor();
    expect(await control(again, pick.flagged, 'owner').inputValue()).toBe(OWNER);
    expect(await control(again, pick.retitled, 'heading').textContent()).toContain(NEW_TITLE);
    expect(await phaseOf(again, pick.moved)).toBe('3');
    expect(await again.locator(`[data-dropped="${pick.dropped}"]`).count()).toBe(1);
    expect(await card(again, 'custom-1').locator('.action-title').textContent()).toContain(CUSTOM_TITLE);

    // The PDF prints the decisions: the added action, the new title, the owner and the start date.
    await tab(again, 'Results');
    const pdfPath = join(app.workDir, 'roadmap-decided.pdf');
    reopened.dialogs.saveQueue.push(pdfPath);
    await again.locator('.report-panel').getByRole('button', { name: 'Generate the report' }).click();
    await expect.poll(() => again.getByTestId('report-status').textContent(), { timeout: 90_000 }).toBe('Report saved as roadmap-decided.pdf.');
    const text = (await pdfText(pdfPath)).replace(/\s+/g, ' ');
    const droppedTitle = localize(content.library.actions.find((a) => a.id === pick.dropped)!.title, 'en');
    // Compared as booleans: a failure names the text, not the whole report.
    const printed = (words: string) => [words, text.includes(words)];
    expect([CUSTOM_TITLE, NEW_TITLE, OWNER, 'Start 1 September 2026', droppedTitle].map(printed)).toEqual([
      [CUSTOM_TITLE, true],
      [NEW_TITLE, true],
      [OWNER, true],
      ['Start 1 September 2026', true],
      [droppedTitle, false],
    ]);
    expect(app.problems).toEqual([]);
  });

  it('names an institution once: every card its body leads shows the name, undo takes it back, the autosave keeps it', async () => {
    const userDataDir = join(app.workDir, 'institutions-user-data');
    const { page } = await openFile(sourcePath, userDataDir);
    await tab(page, 'Roadmap');
    const actions = analyse(content, base).roadmap.phases.flatMap((p) => p.actions);
    // A body that leads some actions and joins others, so both places show the name.
    const lead = actions.find((a) => actions.some((b) => b.partners.includes(a.lead)))!.lead;
    const led = actions.filter((a) => a.lead === lead).map((a) => a.id);
    const other = actions.find((a) => a.lead !== lead)!.id;
    const meta = (id: string) => card(page, id).locator('.action-meta').textContent();

    // Folded away until asked for; opened, it lists the body by its generic name.
    const toggle = page.getByRole('button', { name: 'Name the institutions' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await page.getByRole('button', { name: 'Hide the names' }).getAttribute('aria-expanded')).toBe('true');
    const field = page.locator(`[data-institution="${lead}"]`);
    await field.fill(INSTITUTION);
    await page.keyboard.press('Enter');
    for (const id of led) await expect.poll(() => meta(id)).toContain(INSTITUTION);
    expect(await meta(other)).not.toContain(INSTITUTION);
    // Where the body joins an action as a partner, the card names it too.
    const joined = actions.find((a) => a.partners.includes(lead))!;
    expect(await card(page, joined.id).locator('.action-facts').textContent()).toContain(INSTITUTION);
    expect(await page.getByTestId('institutions').textContent()).toContain(`Named: 1 of`);
    expect(await axeViolations(page)).toEqual([]);

    // One undo step: the generic name returns on the cards and in the field; redo brings the name back.
    await page.locator('#roadmap-title').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => meta(led[0]!)).not.toContain(INSTITUTION);
    expect(await field.inputValue()).toBe('');
    await page.keyboard.press('Control+y');
    await expect.poll(() => meta(led[0]!)).toContain(INSTITUTION);

    await waitForAutosave(page);
    expect(readAutosave(userDataDir).institutions).toEqual({ [lead]: INSTITUTION });
    expect(app.problems).toEqual([]);
  });

  it('shows each action’s cost, funders and indicator; marking one funded moves its cost from "still to fund" to "funding secured", undo moves it back', async () => {
    const { page } = await openFile(sourcePath, join(app.workDir, 'funded-user-data'));
    const { roadmap } = analyse(content, base);
    const { totals } = roadmap;
    // The results page states the ask in one line, from the same totals.
    await tab(page, 'Results');
    // Every view writes money with the one formatter the report uses.
    const plain = (text: string | null) => (text ?? '').replace(/\s/g, ' ');
    const range = (low: number, high: number) => plain(formatUsdRange(low, high, 'en'));
    const ask = plain(await page.getByTestId('roadmap-cost').textContent());
    expect(ask).toContain(range(totals.costLow, totals.costHigh));
    await tab(page, 'Roadmap');
    const action = roadmap.phases.flatMap((p) => p.actions).find((a) => a.costLow !== null && a.costLow > 0 && a.kpi !== null)!;
    const total = (key: string) => page.locator(`[data-total="${key}"] dd`).textContent().then(plain);

    expect(await total('horizon')).toBe(range(totals.costLow, totals.costHigh));
    expect(await total('first-year')).toBe(range(totals.firstYear.costLow, totals.firstYear.costHigh));
    expect(await total('funded')).toBe(range(0, 0));
    expect(await total('unfunded')).toBe(range(totals.costLow, totals.costHigh));
    for (const { phase, costLow, costHigh } of totals.byPhase) expect(await total(`phase-${phase}`)).toBe(range(costLow, costHigh));
    expect(plain(await card(page, action.id).getByTestId('action-cost').locator('.action-cost').textContent())).toBe(range(action.costLow!, action.costHigh!));
    const facts = await card(page, action.id).locator('.action-facts').textContent();
    expect(facts).toContain(localize(action.kpi!.indicator, 'en'));
    expect(facts).toMatch(/Baseline: (\d of 5|to be measured at start)/);
    expect(facts).toContain(`Target: ${localize(action.kpi!.target, 'en')}`);

    const funded = control(page, action.id, 'funded');
    await funded.check();
    await expect.poll(() => total('funded')).toBe(range(action.costLow!, action.costHigh!));
    expect(await total('unfunded')).toBe(range(totals.costLow - action.costLow!, totals.costHigh - action.costHigh!));
    expect(await total('horizon')).toBe(range(totals.costLow, totals.costHigh));
    expect(await focusedControl(page)).toEqual([action.id, 'funded']);
    expect(await axeViolations(page)).toEqual([]);

    // Undo from the checkbox itself (it has no undo of its own): one step back.
    await page.keyboard.press('Control+z');
    await expect.poll(() => total('funded')).toBe(range(0, 0));
    expect(await funded.isChecked()).toBe(false);
    expect(await total('unfunded')).toBe(range(totals.costLow, totals.costHigh));
    expect(app.problems).toEqual([]);
  });

  it('reads well and passes axe at 1024×700 in French, with the roadmap reached by its tab', async () => {
    const { page } = await openFile(sourcePath, join(app.workDir, 'french-user-data'));
    await page.locator('#ui-language').selectOption('fr');
    // The assessment itself stays in English.
    await page.getByTestId('language-question').locator('.link-button').click();
    await tab(page, 'Feuille de route');
    await page.getByRole('heading', { level: 1, name: 'Feuille de route' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(app.problems).toEqual([]);
  });

  it('fits a laptop window and a projector in English and Chinese, with the institution directory open', async () => {
    for (const [width, height] of [
      [1024, 700],
      [1366, 768],
    ] as const) {
      for (const language of ['en', 'zh'] as const) {
        const { page } = await openFile(sourcePath, join(app.workDir, `fit-${width}-${language}`), { width, height });
        if (language !== 'en') {
          await page.locator('#ui-language').selectOption(language);
          await page.getByTestId('language-question').locator('.link-button').click();
        }
        await tab(page, { en: 'Roadmap', zh: '路线图' }[language]);
        await page.locator('#roadmap-title').waitFor();
        const shot = async (name: string) => {
          expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${width} ${language} ${name}`).toBeLessThanOrEqual(0);
          if (shotsDir) await page.screenshot({ path: join(shotsDir, `roadmap-${width}-${language}-${name}.png`) });
        };
        await shot('top');
        await page.locator('[data-control="institutions-toggle"]').click();
        await page.getByTestId('institutions').scrollIntoViewIfNeeded();
        await shot('institutions');
        await page
          .locator('[data-phase="1"] .action-card')
          .first()
          .evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await shot('cards');
        await page.getByTestId('beyond-horizon').evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await shot('beyond');
        await page.context().close();
      }
    }
    expect(app.problems).toEqual([]);
  });
});
