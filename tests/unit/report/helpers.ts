import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { renderReportPdf } from '../../../cli/pdf';
import { parseContent, type Content } from '../../../core/model/content';
import { makeDemoAssessment } from '../../../core/demo/assessment';
import { makeDemoResponses } from '../../../core/demo/responses';
import { importResponses, mergeView, resolveConflict } from '../../../core/workshop/merge';
import { reportInput, type ReportOptions } from '../../../core/report/build';
import { RTL_LETTER } from '../../../core/report/bidi';
import { REPORT_LANGUAGES, type ReportLanguage, type Translate } from '../../../core/report/language';
import { reportTranslator } from '../../../locales';
import type { Assessment } from '../../../core/model/schema/assessment';

const ROOT = join(__dirname, '..', '..', '..');
const FULL = join(ROOT, 'questionnaires', 'capamap-core');
const MINI = join(ROOT, 'tests', 'fixtures', 'mini');

function load(dir: string): Content | null {
  const q = join(dir, 'questionnaire.json');
  const a = join(dir, 'actions.json');
  if (!existsSync(q) || !existsSync(a)) return null;
  const parsed = parseContent(readFileSync(q, 'utf8'), readFileSync(a, 'utf8'));
  return parsed.ok ? parsed.value : null;
}

let cached: Content | null = null;

/** The bundled questionnaire when it is present and valid, otherwise the mini fixture. */
export function reportContent(): Content {
  cached ??= load(FULL) ?? load(MINI);
  if (!cached) throw new Error('no questionnaire content to test the report with');
  return cached;
}

export function miniContent(): Content {
  const content = load(MINI);
  if (!content) throw new Error('mini fixture missing');
  return content;
}

export const NOW = '2025-03-01T10:00:00.000Z';
export const GENERATED = '2025-03-02T09:00:00.000Z';

export function demo(content: Content = reportContent(), edit: (a: Assessment) => void = () => {}): Assessment {
  const assessment = makeDemoAssessment(content.questionnaire, { seed: 7, now: NOW });
  edit(assessment);
  return assessment;
}

/** The note the facilitator records in workshop(). */
export const DECISION_NOTE = 'Agreed in plenary: only the university pilot cluster counts.';
export const DECIDED_AT = '2025-03-01T15:30:00.000Z';

/**
 * The demo institution after a workshop: `count` seeded respondents' response
 * files merged into the demo assessment (core/demo-responses, core/merge), and
 * the `resolve` most contested conflicts decided by the facilitator (the
 * suggested answer, with DECISION_NOTE); the other conflicts stay open.
 */
export function workshop(content: Content = reportContent(), { count = 5, resolve = 3 }: { count?: number; resolve?: number } = {}): Assessment {
  const q = content.questionnaire;
  const base = demo(content);
  const files = makeDemoResponses(q, { seed: 7, count, now: NOW, assessmentId: base.id });
  let assessment = importResponses(q, { ...base, answers: {} }, files, { now: NOW }).assessment;
  const open = mergeView(q, assessment, { contested: 100 }).contested.filter((item) => item.status === 'conflict');
  for (const item of open.slice(0, resolve)) assessment = resolveConflict(q, assessment, { itemId: item.itemId, answer: item.suggestion, note: DECISION_NOTE, decidedAt: DECIDED_AT });
  return assessment;
}

/** The same institution's assessment a year earlier (another seed), for the progress section. */
export function previousYear(content: Content = reportContent()): Assessment {
  return makeDemoAssessment(content.questionnaire, { seed: 3, now: '2024-03-01T10:00:00.000Z' });
}

/** The report's words in each language, from the catalog (made once, as the CLI and the worker do). */
/** The level-1 headings of a full report after the cover, in print order, as a translator words them. */
export function sectionHeadings(t: Translate): string[] {
  return [
    t('sections.summary'),
    t('contents'),
    t('sections.context'),
    t('sections.profile'),
    t('sections.pillars'),
    t('sections.security'),
    t('sections.plan'),
    t('sections.roadmap'),
    t('sections.monitoring'),
    t('sections.appendix'),
  ];
}

export const TRANSLATE = Object.fromEntries(await Promise.all(REPORT_LANGUAGES.map(async (language) => [language, await reportTranslator(language)] as const))) as Record<ReportLanguage, Translate>;

export function options(extra: Partial<ReportOptions> = {}): ReportOptions {
  return { language: 'en', paper: 'a4', confidentiality: 'For official use', generatedAt: GENERATED, ...extra };
}

export function render(assessment: Assessment, extra: Partial<ReportOptions> = {}, content: Content = reportContent(), baseline?: Assessment): Promise<Uint8Array> {
  const all = options(extra);
  return renderReportPdf(reportInput(content, assessment, TRANSLATE[all.language], baseline), all);
}

export interface TextItem {
  str: string;
  x: number;
  /** Baseline, measured from the top of the page. */
  y: number;
  width: number;
  size: number;
  font: string;
}

export interface Page {
  number: number;
  width: number;
  height: number;
  items: TextItem[];
  /** Text in drawing order, lines joined by newlines. */
  text: string;
}

/** Text and geometry of every page, as pdf.js extracts it. */
export async function extract(pdf: Uint8Array): Promise<Page[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: Page[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    let text = '';
    let lastY: number | null = null;
    for (const raw of content.items) {
      if (!('str' in raw)) continue;
      const [a, b, , , e, f] = raw.transform as number[];
      const y = viewport.height - f!;
      if (lastY !== null && Math.abs(y - lastY) > 2) text += '\n';
      text += raw.str;
      lastY = y;
      items.push({ str: raw.str, x: e!, y, width: raw.width, size: Math.hypot(a!, b!), font: raw.fontName });
    }
    pages.push({ number: n, width: viewport.width, height: viewport.height, items, text });
  }
  await doc.destroy();
  return pages;
}

/** The text of the pages without running header and footer, whitespace removed: a paragraph that runs over a page break reads on. */
export function bodyText(pages: Page[]): string {
  return squash(pages.flatMap((page) => page.items.filter((item) => item.y > 50 && item.y < page.height - 45).map((item) => item.str)).join(''));
}

/** The drawn items of a page grouped by baseline (within `tolerance` points), top to bottom. */
function baselineRows(page: Page, tolerance: number): { y: number; items: TextItem[] }[] {
  const rows: { y: number; items: TextItem[] }[] = [];
  for (const item of page.items) {
    if (item.str.trim() === '') continue;
    const row = rows.find((r) => Math.abs(r.y - item.y) < tolerance);
    if (row) row.items.push(item);
    else rows.push({ y: item.y, items: [item] });
  }
  return rows.sort((a, b) => a.y - b.y);
}

/** Lines of a page from top to bottom, each with its items from right to left. */
export function readerRows(page: Page): TextItem[][] {
  return baselineRows(page, 2).map((r) => r.items.sort((a, b) => b.x - a.x));
}

/**
 * A line as a reader reads it: right to left; a stretch of neighbouring
 * pieces with Latin letters or figures (a name, a number with its % sign)
 * left to right. Pieces further apart (table cells) are read one by one.
 */
export function readLine(line: TextItem[]): string {
  // pdf.js joins a separator ("·", "—", "=") drawn in the Latin font to the Latin text beside it; a reader sees it apart.
  const items = line.flatMap((item): TextItem[] => {
    const separator = /\s*[·—–=]\s*$/.exec(item.str);
    if (!separator || RTL_LETTER.test(item.str) || separator.index === 0) return [item];
    const width = item.width * (separator[0].length / item.str.length);
    return [
      { ...item, str: separator[0], x: item.x + item.width - width, width },
      { ...item, str: item.str.slice(0, separator.index), width: item.width - width },
    ];
  });
  const out: string[] = [];
  let latin: TextItem[] = [];
  const flush = () => {
    out.push(...latin.reverse().map((i) => i.str));
    latin = [];
  };
  const touches = (right: TextItem, left: TextItem | undefined) => left !== undefined && right.x - (left.x + left.width) <= right.size;
  const isLatin = (item: TextItem) => /[A-Za-z0-9]/.test(item.str) && !RTL_LETTER.test(item.str);
  items.forEach((item, i) => {
    if (latin.length > 0 && !touches(latin.at(-1)!, item)) flush();
    const next = items[i + 1];
    // A percent sign belongs to the number on its left.
    const unit = /^[%‰]$/.test(item.str.trim()) && next !== undefined && isLatin(next) && touches(item, next);
    if (isLatin(item) || unit) latin.push(item);
    else {
      flush();
      // pdf.js turns a piece with Arabic letters back into reading order; one of punctuation only is read from its right too.
      out.push(RTL_LETTER.test(item.str) ? item.str : [...item.str].reverse().join(''));
    }
  });
  flush();
  return out.join(' ');
}

/** The text of right-to-left pages as a reader reads it (readLine), line after line: pieces in other fonts are drawn in visual order. */
export function readerText(pages: Page[]): string {
  return pages.flatMap((page) => readerRows(page).map(readLine)).join(' ');
}

/** Text without any whitespace, for matching phrases that may wrap. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Lines of a page: items grouped by baseline, left to right; the text of an Arabic line in reading order. */
export function lines(page: Page): { y: number; text: string; size: number; items: TextItem[] }[] {
  return baselineRows(page, 1.5).map((r) => {
    const items = r.items.sort((a, b) => a.x - b.x);
    let text = '';
    items.forEach((item, i) => {
      const prev = items[i - 1];
      text += prev && item.x - (prev.x + prev.width) > item.size * 0.2 ? ` ${item.str}` : item.str;
    });
    // A right-to-left line reads from the right (readLine), whatever order its pieces were drawn in.
    if (RTL_LETTER.test(text)) text = readLine([...items].reverse());
    return { y: r.y, items, size: Math.max(...items.map((i) => i.size)), text: text.replace(/\s+/g, ' ').trim() };
  });
}

/** Headings: lines set at a heading size (h1 18 pt, h2 13.5 pt). */
export function headings(pages: Page[], size: number): { page: number; text: string; y: number }[] {
  const out: { page: number; text: string; y: number }[] = [];
  for (const page of pages) for (const line of lines(page)) if (Math.abs(line.size - size) < 0.3) out.push({ page: page.number, text: line.text, y: line.y });
  return out;
}

/** Entries of the table of contents ("title … page"), from the page whose 18 pt heading is `contents`. */
export function tocEntries(pages: Page[], contents: string): { title: string; page: number }[] {
  const toc = pages.find((p) => lines(p).some((line) => line.text === contents && line.size > 17));
  if (!toc) throw new Error('no contents page');
  return lines(toc)
    .filter((line) => line.y > 60 && line.y < toc.height - 45)
    .map((line) => /^(.*\S)\s+(\d+)$/.exec(line.text))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ title: m[1]!, page: Number(m[2]) }));
}

/** Pages from the one whose heading (at the given size) is `title` up to the next heading of that size. */
export function pagesOf(pages: Page[], title: string, size: number): Page[] {
  const all = headings(pages, size);
  const start = all.findIndex((h) => squash(h.text) === squash(title));
  if (start < 0) return [];
  const first = all[start]!.page;
  const next = all.slice(start + 1).find((h) => h.page > first || h.y > all[start]!.y);
  const last = next ? next.page : pages.length;
  return pages.filter((p) => p.number >= first && p.number <= last);
}

/** Pages with nothing between the running header and footer. */
export function blankPages(pages: Page[]): number[] {
  return pages.filter((page) => !page.items.some((item) => item.str.trim() && item.y > 50 && item.y < page.height - 45)).map((page) => page.number);
}
