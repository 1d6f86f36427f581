import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAssessment, serializeAssessment } from '../../core/model/assessment-file';
import { activeSections, relevantItems } from '../../core/model/questionnaire';
import type { Assessment } from '../../core/model/schema/assessment';
import { startApp, type App } from './harness';
import { bundledContent, demoAssessment, expectedShown, shownSection, waitForAutosave } from './ui-helpers';

const q = bundledContent().questionnaire;

let app: App;
let demoPath: string;
beforeAll(async () => {
  app = await startApp();
  const demo = demoAssessment(11);
  // A few gaps and marks the demo lacks, so that every kind of answer travels.
  demo.answers['data.open-data'] = { kind: 'dont-know', notes: 'Ask the statistics office.' };
  demo.answers['models.local-language-models'] = { kind: 'not-applicable', evidence: 'No local-language needs.' };
  delete demo.answers['talent.inclusion'];
  demo.answers['misuse.fraud'] = { kind: 'risk', likelihood: 3 };
  demoPath = join(app.workDir, 'demo.capamap.json');
  writeFileSync(demoPath, serializeAssessment(demo));
});
afterAll(async () => {
  await app?.close();
});

function parsed(text: string): Assessment {
  const result = parseAssessment(text);
  if (!result.ok) throw new Error('the autosave does not parse');
  return result.value;
}

/** A handful of edits through the UI, of every kind: stage, risk scale, confidence, notes, target. */
async function edit(page: Page) {
  await page.locator('.section-nav button[data-section="compute"]').click();
  await page.locator('[data-item="compute.data-centres"] .stage-option').nth(4).click();
  await page.getByLabel('Target stage for this pillar').selectOption('5');
  await page.locator('.section-nav button[data-section="data"]').click();
  await page.locator('[data-item="data.protection-law"] textarea[data-field="notes"]').fill('Law of 2021, decree pending.');
  await page.locator('[data-item="data.protection-law"] select[data-field="confidence"]').selectOption('high');
  await page.locator('.section-nav button[data-section="misuse"]').click();
  await page.locator('[data-item="misuse.fraud"] [data-scale="impact"] .scale-option').nth(1).click();
}

/** Walks every section and compares what each item shows with the assessment, item by item. */
async function expectEveryAnswerShown(page: Page, assessment: Assessment) {
  for (const s of activeSections(q, assessment.modules)) {
    await page.locator(`.section-nav button[data-section="${s.id}"]`).click();
    await page.waitForFunction((id) => document.querySelector('.section-nav [aria-current]')?.getAttribute('data-section') === id, s.id);
    const expected = Object.fromEntries(relevantItems(s, assessment.answers).map((i) => [i.id, expectedShown(assessment.answers[i.id])]));
    expect(await shownSection(page), s.id).toEqual(expected);
    if (s.kind === 'pillar') expect(await page.locator('.target-picker select').inputValue(), s.id).toBe(String(assessment.targets[s.id as 'compute'] ?? ''));
  }
}

function expectEdits(a: Assessment) {
  expect(a.answers['compute.data-centres']).toMatchObject({ kind: 'stage', stage: 5 });
  expect(a.targets.compute).toBe(5);
  expect(a.answers['data.protection-law']).toMatchObject({ notes: 'Law of 2021, decree pending.', confidence: 'high' });
  expect(a.answers['misuse.fraud']).toEqual({ kind: 'risk', likelihood: 3, impact: 2 });
}

async function recover(page: Page) {
  await page.reload();
  await page.getByRole('button', { name: 'Continue that assessment' }).click();
  await page.locator('#section-title').waitFor();
}

describe('nothing is lost on reload', () => {
  it('desktop edition: a file opened through the real handler, edited, autosaved to disk, reloaded and recovered answer for answer', async () => {
    const userDataDir = join(app.workDir, 'persist-desktop');
    const { page, dialogs } = await app.openPage({ userDataDir });
    dialogs.openQueue.push([demoPath]);
    await page.getByRole('button', { name: 'Open…' }).first().click();
    await page.locator('#section-title').waitFor();
    await edit(page);
    await waitForAutosave(page);
    const kept = parsed(readFileSync(join(userDataDir, 'autosave.capamap.json'), 'utf8'));
    expectEdits(kept);

    await recover(page);
    await waitForAutosave(page);
    expect(await page.getByTestId('save-status').textContent()).toContain('All changes kept on this computer');
    await expectEveryAnswerShown(page, kept);
    expect(app.problems).toEqual([]);
  });

  it('browser edition: a file opened with the file picker, edited, autosaved to IndexedDB, reloaded and recovered answer for answer', async () => {
    const { page } = await app.openPage({ edition: 'browser' });
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open…' }).first().click();
    await (await chooser).setFiles(demoPath);
    await page.locator('#section-title').waitFor();
    await edit(page);
    await waitForAutosave(page);
    const text = await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('capamap', 1);
          open.onerror = () => reject(new Error('no IndexedDB'));
          open.onsuccess = () => {
            const get = open.result.transaction('kv').objectStore('kv').get('autosave');
            get.onsuccess = () => resolve((get.result as { text: string }).text);
          };
        }),
    );
    const kept = parsed(text);
    expectEdits(kept);

    await recover(page);
    await expectEveryAnswerShown(page, kept);
    expect(app.problems).toEqual([]);
  });
});
