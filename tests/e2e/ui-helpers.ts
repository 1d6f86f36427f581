// Shared helpers of the ui-*.e2e.ts files: bundled content, a demo assessment, axe, autosave seeding.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parseAssessment, serializeAssessment } from '../../core/model/assessment-file';
import { parseContent, type Content } from '../../core/model/content';
import { makeDemoAssessment } from '../../core/demo/assessment';
import type { Answer, Assessment } from '../../core/model/schema/assessment';

const bundled = join(__dirname, '../../questionnaires/capamap-core');

let cached: Content | null = null;
export function bundledContent(): Content {
  if (cached) return cached;
  const parsed = parseContent(readFileSync(join(bundled, 'questionnaire.json'), 'utf8'), readFileSync(join(bundled, 'actions.json'), 'utf8'));
  if (!parsed.ok) throw new Error('bundled content does not validate');
  return (cached = parsed.value);
}

/** Every item answered, all optional modules chosen, reproducible. */
export function demoAssessment(seed = 7): Assessment {
  return makeDemoAssessment(bundledContent().questionnaire, { seed, now: '2025-03-14T09:00:00.000Z' });
}

const AXE_SOURCE = readFileSync(join(__dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core in the page (evaluated through the DevTools protocol, which
 * the page's CSP does not govern) with every WCAG 2.0/2.1 A and AA rule and
 * axe's best practices. Returns the violations in a readable form.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`) }));
  });
}

/** Puts an assessment in the browser edition's autosave slot (IndexedDB), as the app itself would. */
export async function seedBrowserAutosave(page: Page, assessment: Assessment): Promise<void> {
  const text = serializeAssessment(assessment);
  await page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('capamap', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('kv');
        open.onerror = () => reject(new Error('IndexedDB unavailable'));
        open.onsuccess = () => {
          const tx = open.result.transaction('kv', 'readwrite');
          tx.objectStore('kv').put(record, 'autosave');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { text, savedAt: new Date().toISOString() },
  );
}

/** Reloads and adopts the autosaved assessment through the start page's recovery card. */
export async function recoverAutosave(page: Page): Promise<void> {
  await page.reload();
  await page.getByTestId('recover').getByRole('button').first().click();
  await page.locator('#section-title').waitFor();
}

/** Presses Tab (or Shift+Tab) until the locator's element has focus; fails after max presses. */
export async function tabUntil(page: Page, selector: string, { shift = false, max = 120 } = {}): Promise<void> {
  const target = page.locator(selector).first();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The data-item id of the item holding the focus, or null. */
export function focusedItem(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.closest('[data-item]')?.getAttribute('data-item') ?? null);
}

/** Waits until the save status says the last change reached the autosave slot. */
export async function waitForAutosave(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-testid="save-status"]');
    return Boolean(status?.classList.contains('save-saved') && !status.hasAttribute('data-pending'));
  });
}

/** An item's answer as the page shows it (or should): the same shape for every kind of item. */
export interface ShownAnswer {
  choice?: string;
  likelihood?: string;
  impact?: string;
  preparedness?: string;
  value?: string | string[];
  confidence?: string;
  notes?: string;
  evidence?: string;
}

/** What the current section shows for each of its items. */
export function shownSection(page: Page): Promise<Record<string, ShownAnswer>> {
  return page.evaluate(() => {
    const out: Record<string, ShownAnswer> = {};
    for (const frame of document.querySelectorAll<HTMLElement>('main [data-item]')) {
      const id = frame.dataset.item!;
      const shown: ShownAnswer = {};
      const checked = (name: string) => frame.querySelector<HTMLInputElement>(`input[type="radio"][name="${name}-${id}"]:checked`)?.value;
      const choice = checked('choice');
      if (choice) shown.choice = choice;
      for (const scale of ['likelihood', 'impact', 'preparedness'] as const) {
        const v = checked(scale);
        if (v) shown[scale] = v;
      }
      const boxes = [...frame.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
      if (boxes.length > 0) {
        const on = boxes
          .filter((b) => b.checked)
          .map((b) => b.value)
          .sort();
        if (on.length > 0) shown.value = on;
      }
      const field = frame.querySelector<HTMLInputElement | HTMLSelectElement>('.field > select:not([data-field]), .field > input');
      if (field && field.value) shown.value = field.value;
      for (const name of ['confidence', 'notes', 'evidence'] as const) {
        const el = frame.querySelector<HTMLSelectElement | HTMLTextAreaElement>(`[data-field="${name}"]`);
        if (el && el.value) shown[name] = el.value;
      }
      out[id] = shown;
    }
    return out;
  });
}

/** What the page should show for an answer. */
export function expectedShown(answer: Answer | undefined): ShownAnswer {
  if (!answer) return {};
  const shown: ShownAnswer = {};
  switch (answer.kind) {
    case 'profile':
      if (Array.isArray(answer.value) ? answer.value.length > 0 : answer.value !== '') shown.value = Array.isArray(answer.value) ? [...answer.value].sort() : answer.value;
      return shown;
    case 'stage':
      shown.choice = String(answer.stage);
      break;
    case 'dont-know':
    case 'not-applicable':
      shown.choice = answer.kind;
      break;
    case 'risk':
      for (const scale of ['likelihood', 'impact', 'preparedness'] as const) if (answer[scale] !== undefined) shown[scale] = String(answer[scale]);
      break;
  }
  for (const name of ['confidence', 'notes', 'evidence'] as const) if (answer[name]) shown[name] = answer[name];
  return shown;
}

/** The desktop autosave slot in a user-data folder, parsed as the app would read it. */
export function readAutosave(dir: string): Assessment {
  const parsed = parseAssessment(readFileSync(join(dir, 'autosave.capamap.json'), 'utf8'));
  if (!parsed.ok) throw new Error('the autosave does not parse');
  return parsed.value;
}
