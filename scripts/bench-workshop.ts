import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { loadBundled } from '../cli/content';
import { serializeAssessment } from '../core/model/assessment-file';
import { makeDemoResponses } from '../core/demo/responses';
import { assessmentFromResponses } from '../core/workshop/merge';
import { ARGS, CHROMIUM, SEED_AUTOSAVE, percentile, round, timedClickSource } from './bench-page';
import { RENDERER_ROOT, createWebServer, listen } from './web-server';

/**
 * The facilitator's merge screen with a large workshop, in Debian's Chromium
 * against the built browser edition: 50 respondents' response files of the
 * bundled questionnaire merged (about half the questions disagree), placed in
 * the autosave slot as the app keeps it, and the "Agree the answers" screen
 * open on the questions to decide.
 *
 * - workshop_conflict_p95_ms: 95th percentile over DECISIONS clicks on
 *   "Choose" for one position of a conflict (alternating positions and
 *   questions), of the time from the click to the next frame being painted:
 *   the script work (event, resolveConflict, store update, React commit of
 *   the one row that changed) plus that frame's style, layout and paint. The
 *   idle wait for the display's next vsync is not counted (as in bench-ui).
 */
const DECISIONS = 60;
const WARM_UP = 5;
const RESPONDENTS = 50;

const TIME_DECISION = timedClickSource("target.closest('[data-merge-item]').getAttribute('data-status') === 'resolved' && target.getAttribute('aria-pressed') === 'true'");

export async function benchWorkshop(): Promise<{ workshop_conflict_p95_ms: number }> {
  if (!existsSync(join(RENDERER_ROOT, 'index.html'))) throw new Error('The app is not built yet: run `npx electron-vite build` first.');
  const content = loadBundled().get('capamap-core');
  if (!content) throw new Error('the bundled questionnaire capamap-core is missing');
  const q = content.questionnaire;
  const files = makeDemoResponses(q, { seed: 42, count: RESPONDENTS, now: '2026-01-15T09:00:00.000Z' });
  const { assessment } = assessmentFromResponses(q, files);
  const record = { text: serializeAssessment(assessment), savedAt: new Date().toISOString() };

  const server = createWebServer();
  const baseUrl = await listen(server, 0);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page: Page = await context.newPage();
    await page.goto(baseUrl);
    await page.evaluate(`(${SEED_AUTOSAVE})(${JSON.stringify(record)})`);
    await page.reload();
    await page.getByTestId('recover').getByRole('button').first().click();
    await page.locator('#section-title').waitFor();
    await page.locator('.view-tabs button', { hasText: 'Workshop' }).click();
    await page.locator('[data-workshop-tab="merge"]').click();
    await page.locator('[data-merge-item][data-status="conflict"]').first().waitFor();
    const rows = await page.evaluate<{ id: string; positions: number }[]>(
      `[...document.querySelectorAll('[data-merge-item]')].map((row) => ({ id: row.dataset.mergeItem, positions: row.querySelectorAll('[data-position] button.position-choose').length })).filter((r) => r.positions >= 2)`,
    );
    if (rows.length < 10) throw new Error(`only ${rows.length} conflicts to decide; the demo should give more`);

    const times: number[] = [];
    for (let i = 0; i < DECISIONS + WARM_UP; i++) {
      const row = rows[i % rows.length]!;
      // Each pass over the rows chooses the next position, so every click changes the decision.
      const position = (Math.floor(i / rows.length) % row.positions) + 1;
      const selector = `[data-merge-item="${row.id}"] [data-position]:nth-child(${position}) button.position-choose`;
      const ms = await page.evaluate<number>(`(${TIME_DECISION})(${JSON.stringify(selector)})`);
      if (i >= WARM_UP) times.push(ms);
    }
    if (process.env.BENCH_VERBOSE) console.error({ decisions: times.map(round) });
    return { workshop_conflict_p95_ms: round(percentile(times, 95)) };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

if (typeof require !== 'undefined' && require.main === module) {
  benchWorkshop()
    .then((result) => console.log(JSON.stringify(result)))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
