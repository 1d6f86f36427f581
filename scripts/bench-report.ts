/**
 * Report benchmark: pdfmake in Node (English, Chinese and Arabic) against printing
 * the same report as HTML in Chromium, for the demo assessment after a
 * five-respondent workshop (workshopDemo). Run alone: npx tsx scripts/bench-report.ts
 * Goals (docs/report.md): median ≤ 250 ms (en), ≤ 300 ms (zh) and within 1.5× en (ar),
 * PDF ≤ 300 KB (en) and ≤ 400 KB (ar).
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fontPaths, loadFontFiles, renderDefinition } from '../cli/pdf';
import { parseContent, type Content } from '../core/model/content';
import { makeDemoAssessment } from '../core/demo/assessment';
import { makeDemoResponses } from '../core/demo/responses';
import { importResponses, mergeView, resolveConflict } from '../core/workshop/merge';
import { buildReport, reportInput, type ReportOptions } from '../core/report/build';
import { reportToHtml } from './report-html';
import type { ReportLanguage } from '../core/report/language';
import { reportTranslator } from '../locales';
import type { Assessment } from '../core/model/schema/assessment';
import { CHROMIUM_ARGS } from '../tests/e2e/chromium';

const ROOT = join(__dirname, '..');
const RUNS = 9;
const CHROMIUM = '/usr/bin/chromium';
const FONT_ORIGIN = 'https://fonts.capamap.invalid/';

function loadContent(): { content: Content; source: string } {
  for (const dir of [join(ROOT, 'questionnaires', 'capamap-core'), join(ROOT, 'tests', 'fixtures', 'mini')]) {
    const q = join(dir, 'questionnaire.json');
    const a = join(dir, 'actions.json');
    if (!existsSync(q) || !existsSync(a)) continue;
    const parsed = parseContent(readFileSync(q, 'utf8'), readFileSync(a, 'utf8'));
    if (parsed.ok) return { content: parsed.value, source: dir };
  }
  throw new Error('no questionnaire content found');
}

const NOW = '2025-03-01T10:00:00.000Z';
export const RESPONDENTS = 5;

/**
 * The demo assessment after a workshop: five seeded respondents' response
 * files merged into it, and every conflict resolved by the facilitator (the
 * suggested answer, with a note), so every item has a consensus answer (also
 * items skip logic would not ask) and the report prints the disagreement.
 */
export function workshopDemo(content: Content): Assessment {
  const q = content.questionnaire;
  const demo = makeDemoAssessment(q, { seed: 7, now: NOW });
  const files = makeDemoResponses(q, { seed: 7, count: RESPONDENTS, now: NOW, assessmentId: demo.id });
  let assessment = importResponses(q, { ...demo, answers: {} }, files, { now: NOW }).assessment;
  for (const item of mergeView(q, assessment).items) {
    if (item.status !== 'conflict') continue;
    assessment = resolveConflict(q, assessment, { itemId: item.itemId, answer: item.suggestion, note: 'Agreed in plenary: the lower middle answer, to be checked at the next review.', decidedAt: NOW });
  }
  return assessment;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (value: number) => Math.round(value * 10) / 10;
const perPage = ({ ms, pages }: { ms: number; pages: number }) => Math.round((ms / pages) * 100) / 100;

function options(language: ReportLanguage): ReportOptions {
  return { language, paper: 'a4', confidentiality: 'For official use', generatedAt: '2025-03-02T09:00:00.000Z' };
}

/**
 * Renders before the timed ones. A warm render is what this measures (the first report of a process is in
 * ui_report_ms and cli_report_wall_ms): after a single one, V8 was still optimising the layout code, and the
 * next three renders of the process took 1.6 to 2.8 times as long as later ones, which raised the median of
 * English, measured first, and of no other language.
 */
const WARM_UPS = 4;

/** Median time to build the definition and render the PDF, after the warm-up renders. */
async function timePdfmake(content: Content, assessment: Assessment, language: ReportLanguage): Promise<{ ms: number; cpuMs: number; bytes: number; pages: number }> {
  const t = await reportTranslator(language);
  let first = await renderDefinition(buildReport(reportInput(content, assessment, t), options(language)));
  for (let i = 1; i < WARM_UPS; i++) first = await renderDefinition(buildReport(reportInput(content, assessment, t), options(language)));
  let bytes = first.length;
  const pages =
    Buffer.from(first)
      .toString('latin1')
      .match(/\/Type \/Page[^s]/g)?.length ?? 0;
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const used = process.cpuUsage();
    const pdf = await renderDefinition(buildReport(reportInput(content, assessment, t), options(language)));
    times.push(performance.now() - start);
    const spent = process.cpuUsage(used);
    cpu.push((spent.user + spent.system) / 1000);
    bytes = pdf.length;
  }
  return { ms: median(times), cpuMs: median(cpu), bytes, pages };
}

/** Median time of page.setContent + page.pdf for the same report as HTML (browser start excluded). */
async function timeChromium(content: Content, assessment: Assessment): Promise<number | null> {
  if (!existsSync(CHROMIUM)) return null;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    const files = loadFontFiles();
    // Fonts are served from memory, like the virtual file system pdfmake reads them from.
    await page.route(`${FONT_ORIGIN}**`, (route) => {
      const name = decodeURIComponent(new URL(route.request().url()).pathname.slice(1));
      const body = files[name];
      return body ? route.fulfill({ status: 200, body: Buffer.from(body), contentType: name.endsWith('.otf') ? 'font/otf' : 'font/ttf' }) : route.abort();
    });
    const fontUrls = Object.fromEntries(Object.keys(fontPaths()).map((name) => [name, `${FONT_ORIGIN}${encodeURIComponent(name)}`]));
    const html = reportToHtml(buildReport(reportInput(content, assessment, await reportTranslator('en')), options('en')), { fontUrls });
    const once = async () => {
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready');
      return page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        // The running header and "page X of Y" footer, as in the pdfmake report.
        displayHeaderFooter: true,
        headerTemplate: '<div style="font-size:7.5pt;width:100%;margin:0 54pt">AI capacity-building roadmap</div>',
        footerTemplate: '<div style="font-size:7.5pt;width:100%;margin:0 54pt;text-align:right">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
      });
    };
    await once();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await once();
      times.push(performance.now() - start);
    }
    return median(times);
  } finally {
    await browser.close();
  }
}

export async function benchReport(): Promise<Record<string, number>> {
  const { content } = loadContent();
  const assessment = workshopDemo(content);
  const en = await timePdfmake(content, assessment, 'en');
  const zh = await timePdfmake(content, assessment, 'zh');
  const ar = await timePdfmake(content, assessment, 'ar');
  const result: Record<string, number> = {
    report_en_ms: round(en.ms),
    report_zh_ms: round(zh.ms),
    report_ar_ms: round(ar.ms),
    ratio_ar_en: Math.round((ar.ms / en.ms) * 100) / 100,
    // CPU time of the process (all its threads, garbage collection included): a check on wall times when the machine is busy.
    report_en_cpu_ms: round(en.cpuMs),
    report_zh_cpu_ms: round(zh.cpuMs),
    report_ar_cpu_ms: round(ar.cpuMs),
    report_bytes: en.bytes,
    report_zh_bytes: zh.bytes,
    report_ar_bytes: ar.bytes,
    report_en_pages: en.pages,
    report_zh_pages: zh.pages,
    report_ar_pages: ar.pages,
    // Per page: the engine's speed apart from how long the report is (it grew from 42 to 76 pages with issues 13 and 15).
    report_en_ms_per_page: perPage(en),
    report_zh_ms_per_page: perPage(zh),
    report_ar_ms_per_page: perPage(ar),
    items: content.questionnaire.sections.reduce((n, s) => n + s.items.length, 0),
    respondents: assessment.respondents.length,
    actions: content.library.actions.length,
    load_average_1m: round(loadavg()[0]!),
  };
  const chromiumMs = await timeChromium(content, assessment);
  if (chromiumMs !== null) {
    result.chromium_en_ms = round(chromiumMs);
    result.ratio_pdfmake_chromium = Math.round((en.ms / chromiumMs) * 100) / 100;
  }
  return result;
}

if (typeof require !== 'undefined' && require.main === module) {
  benchReport()
    .then((result) => console.log(JSON.stringify(result, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
