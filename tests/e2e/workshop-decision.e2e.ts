import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAssessment, serializeAssessment } from '../../core/model/assessment-file';
import { makeDemoResponses } from '../../core/demo/responses';
import { assessmentFromResponses } from '../../core/workshop/merge';
import { startApp, type App } from './harness';
import { bundledContent, waitForAutosave } from './ui-helpers';

// What one decision on the merge screen costs, counted rather than timed: the calls of each
// component's function (V8's precise coverage) while the facilitator decides conflicts in a
// 50-respondent workshop, as the bench does. A decision renders its own row and section, and
// neither the screen around it nor the bar.

const { questionnaire: q } = bundledContent();
let app: App;
let workshopPath: string;

beforeAll(async () => {
  app = await startApp();
  const files = makeDemoResponses(q, { seed: 42, count: 50, now: '2026-01-15T09:00:00.000Z' });
  workshopPath = join(app.workDir, 'large-workshop.capamap.json');
  writeFileSync(workshopPath, serializeAssessment(assessmentFromResponses(q, files).assessment));
});
afterAll(async () => {
  await app?.close();
});

interface Coverage {
  result: { scriptId: string; url: string; functions: { ranges: { startOffset: number; endOffset: number; count: number }[] }[] }[];
}

/**
 * Counts the calls of the function around a marker in the built, minified code (a class name or
 * attribute only that component writes). V8 reports only the functions that ran, so each marker's
 * function is found once it has run (locate()), and its calls are then counted until count().
 */
async function callCounter(cdp: CDPSession, markers: Record<string, RegExp>) {
  await cdp.send('Debugger.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  const take = async () => ((await cdp.send('Profiler.takePreciseCoverage')) as Coverage).result.filter((s) => s.url.includes('/assets/'));
  const located = new Map<string, { url: string; startOffset: number }>();
  return {
    async locate(): Promise<void> {
      const scripts = await take();
      for (const [name, marker] of Object.entries(markers)) {
        for (const script of scripts) {
          const text = (await cdp.send('Debugger.getScriptSource', { scriptId: script.scriptId })).scriptSource;
          const hits = [...text.matchAll(new RegExp(marker, 'g'))];
          if (hits.length === 0) continue;
          expect(hits, `${String(marker)} is written in one place`).toHaveLength(1);
          const at = hits[0]!.index;
          // The innermost function around the marker: the smallest range that holds it.
          const around = script.functions.map((f) => f.ranges[0]!).filter((r) => r.startOffset <= at && at < r.endOffset);
          const inner = around.sort((x, y) => x.endOffset - x.startOffset - (y.endOffset - y.startOffset))[0];
          if (inner) located.set(name, { url: script.url, startOffset: inner.startOffset });
        }
        expect(located.has(name), `${name}: its marker ${String(marker)} is in a function that ran`).toBe(true);
      }
    },
    async count(): Promise<Record<string, number>> {
      const scripts = await take();
      const counts: Record<string, number> = {};
      for (const [name, { url, startOffset }] of located) {
        const fn = scripts.find((s) => s.url === url)?.functions.find((f) => f.ranges[0]!.startOffset === startOffset);
        counts[name] = fn?.ranges[0]!.count ?? 0;
      }
      return counts;
    },
  };
}

/** Clicks "Choose" for a position of a conflict, as the bench does, and waits for the painted frame. */
async function choose(page: Page, selector: string): Promise<void> {
  await page.evaluate(async (sel) => {
    const target = document.querySelector<HTMLButtonElement>(sel);
    if (!target) throw new Error(`nothing matches ${sel}`);
    target.click();
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }, selector);
}

async function openMergeScreen(page: Page): Promise<string[]> {
  await page.locator('.view-tabs button', { hasText: 'Workshop' }).click();
  await page.locator('[data-workshop-tab="merge"]').click();
  await page.locator('[data-merge-item][data-status="conflict"]').first().waitFor();
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-merge-item]')]
      .filter((row) => row.querySelectorAll('[data-position] button.position-choose').length >= 2)
      .map((row) => `[data-merge-item="${row.dataset.mergeItem}"] [data-position]:nth-child(2) button.position-choose`),
  );
}

const toDecide = async (page: Page) => Number((await page.locator('[data-total="conflicts"] .total-number').textContent()) ?? 'NaN');

describe('a decision on the merge screen of a 50-respondent workshop', () => {
  it('renders its own row and section only, not the screen around it nor the bar', async () => {
    const { page, dialogs, context } = await app.openPage({ userDataDir: join(app.workDir, 'counts') });
    const counter = await callCounter(await context.newCDPSession(page), {
      row: /"data-merge-item":/,
      section: /className:`merge-list`/,
      workshopScreen: /className:`workshop-tabs`/,
      bar: /id:`present-button`/,
      totals: /"data-testid":`merge-totals`/,
    });
    dialogs.openQueue.push([workshopPath]);
    await page.getByRole('button', { name: 'Open…' }).first().click();
    await page.locator('#section-title').waitFor();
    const choices = await openMergeScreen(page);
    expect(choices.length).toBeGreaterThan(20);
    // The first decision makes undo possible: the bar shows that once.
    await choose(page, choices[0]!);
    const open = await toDecide(page);
    await counter.locate();

    const DECISIONS = 10;
    for (const selector of choices.slice(1, DECISIONS + 1)) await choose(page, selector);
    expect(await counter.count()).toEqual({ row: DECISIONS, section: DECISIONS, workshopScreen: 0, bar: 0, totals: DECISIONS });

    // The counts around it still follow: the totals and both "to decide" badges.
    expect(await toDecide(page)).toBe(open - DECISIONS);
    await expect.poll(() => page.locator('.view-tabs .tab-count').last().textContent()).toContain(String(open - DECISIONS));
    expect(await page.locator('[data-workshop-tab="merge"] .tab-count').textContent()).toContain(String(open - DECISIONS));

    // Choosing again on a decided question changes no count: the counts are not drawn again either.
    await counter.count();
    await choose(page, choices[0]!.replace(':nth-child(2)', ':nth-child(1)'));
    expect(await counter.count()).toEqual({ row: 1, section: 1, workshopScreen: 0, bar: 0, totals: 0 });
    expect(await toDecide(page)).toBe(open - DECISIONS);
    expect(app.problems).toEqual([]);
  });

  it('keeps every decision: the autosave written after the clicks holds them, undo takes the last back', async () => {
    const userDataDir = join(app.workDir, 'kept');
    const { page, dialogs } = await app.openPage({ userDataDir });
    dialogs.openQueue.push([workshopPath]);
    await page.getByRole('button', { name: 'Open…' }).first().click();
    await page.locator('#section-title').waitFor();
    const choices = await openMergeScreen(page);
    const open = await toDecide(page);
    const decided = choices.slice(0, 4).map((selector) => /data-merge-item="([^"]+)"/.exec(selector)![1]!);
    for (const selector of choices.slice(0, 4)) await choose(page, selector);
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await page.locator(`[data-merge-item="${decided[3]}"]`).getAttribute('data-status')).toBe('conflict');
    expect(await toDecide(page)).toBe(open - 3);

    await waitForAutosave(page);
    const kept = parseAssessment(readFileSync(join(userDataDir, 'autosave.capamap.json'), 'utf8'));
    if (!kept.ok) throw new Error('the autosave does not parse');
    expect(Object.keys(kept.value.resolutions).sort()).toEqual(decided.slice(0, 3).sort());
    for (const id of decided.slice(0, 3)) expect(kept.value.answers[id]).toBeDefined();
    expect(app.problems).toEqual([]);
  });
});
