/// <reference lib="webworker" />
import pdfMake from 'pdfmake/build/pdfmake';
import { analyse } from '../../../core/method/analyse';
import { makeDemoAssessment } from '../../../core/demo/assessment';
import type { Content } from '../../../core/model/content';
import { buildReport, REPORT_SECTIONS, reportFontFiles, type ReportLanguage } from '../../../core/report';
import { buildBlankQuestionnaire } from '../../../core/report/blank-questionnaire';
import { buildKit } from '../../../core/report/kit';
import type { PdfDocDefinition } from '../../../core/report/pdfmake-types';
import { kitTranslator, reportTranslator } from '../../../locales';
import { renderPdf, type PdfMakeLike } from '../../../pdf/render';
import type { ChartSvg } from '../../../word/convert';
import { renderDocx } from '../../../word/render';
import type { ReportReply, WorkerRequest } from './protocol';

// Font files are shipped with the app (bundled assets, same origin): never fetched from anywhere else.
const FONT_URLS = import.meta.glob<string>(
  [
    '../../../node_modules/@embedpdf/fonts-latin/fonts/NotoSans-{Regular,Bold,Italic,BoldItalic}.ttf',
    '../../../node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-{Regular,Bold}.otf',
    '../../../node_modules/@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-{Regular,Bold}.ttf',
  ],
  { query: '?url', import: 'default', eager: true },
);

const fonts = new Map<string, Promise<Uint8Array>>();
const fetched = new Set<string>();

/** Fetches a font file once per worker; the CJK (17 MB) and Arabic ones only when a report draws with them. */
function fetchFont(file: string): Promise<Uint8Array> {
  let bytes = fonts.get(file);
  if (!bytes) {
    bytes = (async () => {
      const url = Object.entries(FONT_URLS).find(([path]) => path.endsWith(`/${file}`))?.[1];
      if (!url) throw new Error(`The font ${file} is missing from this build.`);
      const response = await fetch(url);
      if (!response.ok) throw new Error(`The font ${file} could not be read.`);
      const data = new Uint8Array(await response.arrayBuffer());
      fetched.add(file);
      return data;
    })();
    bytes.catch(() => fonts.delete(file));
    fonts.set(file, bytes);
  }
  return bytes;
}

async function loadFonts(files: readonly string[]): Promise<Record<string, Uint8Array>> {
  return Object.fromEntries(await Promise.all(files.map(async (file) => [file, await fetchFont(file)] as const)));
}

const pdfmake = pdfMake as unknown as PdfMakeLike;

/**
 * The first report of a worker took three times as long as the next ones,
 * whatever their language or answers: the time went to compiling pdfmake's
 * and fontkit's code, not to anything a report keeps. So, once the page is
 * idle, the worker lays out a demo report of the questionnaire, one section
 * at a time, and drops the PDFs. A report asked for meanwhile stops the
 * warm-up at the end of the section under way.
 */
const WARM_UP_DATE = '2026-01-01T00:00:00.000Z';
let warmUp: Promise<void> | null = null;
/** The content the page sent last (with the warm-up or a report): later reports leave it out. */
let held: Content | null = null;
let reportAsked = false;

/** How long the user must have been still before the warm-up lays out its next section. */
const QUIET_MS = 1000;
/** When the page last said the user did something (this worker's clock). */
let lastActive = -Infinity;

/** Ends the warm-up's wait at once: a report is asked for, and it waits for the warm-up to stop. */
let wake = () => {};

async function userQuiet(): Promise<void> {
  for (let wait = lastActive + QUIET_MS - performance.now(); wait > 0 && !reportAsked; wait = lastActive + QUIET_MS - performance.now()) {
    await new Promise<void>((resolve) => {
      wake = resolve;
      setTimeout(resolve, wait);
    });
  }
}

async function warmUpWith(content: Content, language: ReportLanguage): Promise<void> {
  const assessment = makeDemoAssessment(content.questionnaire, { seed: 1, now: WARM_UP_DATE });
  const results = analyse(content, assessment);
  const t = await reportTranslator(language);
  for (const section of REPORT_SECTIONS) {
    await userQuiet();
    if (reportAsked) return;
    const definition = buildReport({ content, assessment, results, t }, { language, paper: 'a4', sections: [section], confidentiality: '', generatedAt: WARM_UP_DATE });
    await renderPdf(pdfmake, await loadFonts(reportFontFiles(definition)), definition);
    // Let a report request in between two sections.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

const post = (reply: ReportReply, transfer: Transferable[] = []) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply, transfer);

/** Word copies waiting for the page to draw their charts, by request id. */
const drawing = new Map<number, (pngs: Uint8Array[]) => void>();

function drawInPage(id: number, charts: ChartSvg[]): Promise<Uint8Array[]> {
  return new Promise((resolve) => {
    drawing.set(id, resolve);
    post({ id, type: 'draw', charts });
  });
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'pictures') {
    drawing.get(request.id)?.(request.pngs);
    drawing.delete(request.id);
    return;
  }
  if (request.type === 'user-active') {
    lastActive = performance.now();
    return;
  }
  if (request.type === 'warm-up') {
    held = request.content;
    // Best effort: a failure here shows up, with its message, in the first real report.
    warmUp ??= warmUpWith(request.content, request.language)
      .catch(() => undefined)
      .then(() => post({ id: 0, type: 'warmed' }));
    return;
  }
  reportAsked = true;
  wake();
  if (request.type === 'kit') {
    try {
      post({ id: request.id, type: 'progress', stage: 'prepare' });
      const t = await kitTranslator(request.options.language);
      await renderAndSend(request.id, buildKit({ ...request.options, t }));
    } catch (error) {
      post({ id: request.id, type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  const { id } = request;
  try {
    post({ id, type: 'progress', stage: 'prepare' });
    const t = await reportTranslator(request.options.language);
    if (request.type === 'blank') {
      await renderAndSend(id, buildBlankQuestionnaire(request.questionnaire, t, request.options));
      return;
    }
    const { assessment, results, baseline, options, format } = request;
    // The page sends the content once (generate.ts); every message of this worker comes in the order sent.
    const content = (held = request.content ?? held);
    if (!content) throw new Error('The questionnaire did not reach the report worker: please try again.');
    const definition = buildReport({ content, assessment, results, baseline, t }, options);
    if (format === 'docx') {
      // A Word copy embeds no fonts: the reader's own draw the text.
      post({ id, type: 'progress', stage: 'render' });
      const docx = (await renderDocx(definition, (charts) => drawInPage(id, charts))).slice().buffer;
      post({ id, type: 'done', file: docx }, [docx]);
      return;
    }
    await renderAndSend(id, definition);
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};

/** Fetches the fonts a definition draws with, lays it out and sends the PDF's bytes, reporting each step. */
async function renderAndSend(id: number, definition: PdfDocDefinition): Promise<void> {
  const needed = reportFontFiles(definition);
  if (!needed.every((file) => fetched.has(file))) post({ id, type: 'progress', stage: 'fonts' });
  const files = await loadFonts(needed);
  // A warm-up still running shares pdfmake's instance: let it stop first.
  await warmUp;
  post({ id, type: 'progress', stage: 'layout' });
  let drawn = -1;
  const bytes = await renderPdf(pdfmake, files, definition, (fraction) => {
    // pdfmake calls this for every item drawn: pass on whole tenths only.
    const tenth = Math.floor(fraction * 10);
    if (tenth === drawn) return;
    drawn = tenth;
    post({ id, type: 'progress', stage: 'render', fraction: tenth / 10 });
  });
  const file = bytes.slice().buffer;
  post({ id, type: 'done', file }, [file]);
}
