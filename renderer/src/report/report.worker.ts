/// <reference lib="webworker" />
import pdfMake from 'pdfmake/build/pdfmake';
import { buildReport, REPORT_FONT_FILES } from '../../../core/report';
import { reportTranslator } from '../../../locales';
import { renderPdf, type PdfMakeLike } from '../../../pdf/render';
import type { ChartSvg } from '../../../word/convert';
import { renderDocx } from '../../../word/render';
import type { ChartPictures, ReportReply, ReportRequest } from './protocol';

// Font files are shipped with the app (bundled assets, same origin): never fetched from anywhere else.
const FONT_URLS = import.meta.glob<string>(
  ['../../../node_modules/@embedpdf/fonts-latin/fonts/NotoSans-{Regular,Bold,Italic,BoldItalic}.ttf', '../../../node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-{Regular,Bold}.otf'],
  { query: '?url', import: 'default', eager: true },
);

let fonts: Promise<Record<string, Uint8Array>> | null = null;

/** Reads every font once per worker; later reports reuse them. */
function loadFonts(): Promise<Record<string, Uint8Array>> {
  fonts ??= Promise.all(
    REPORT_FONT_FILES.map(async ({ file }) => {
      const url = Object.entries(FONT_URLS).find(([path]) => path.endsWith(`/${file}`))?.[1];
      if (!url) throw new Error(`The font ${file} is missing from this build.`);
      const response = await fetch(url);
      if (!response.ok) throw new Error(`The font ${file} could not be read.`);
      return [file, new Uint8Array(await response.arrayBuffer())] as const;
    }),
  ).then(Object.fromEntries);
  fonts.catch(() => (fonts = null));
  return fonts;
}

const post = (reply: ReportReply, transfer: Transferable[] = []) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply, transfer);

/** Reports waiting for the page to draw their charts, by request id. */
const drawing = new Map<number, (pngs: Uint8Array[]) => void>();

function drawInPage(id: number, charts: ChartSvg[]): Promise<Uint8Array[]> {
  return new Promise((resolve) => {
    drawing.set(id, resolve);
    post({ id, type: 'draw', charts });
  });
}

self.onmessage = async (event: MessageEvent<ReportRequest | ChartPictures>) => {
  const message = event.data;
  if ('type' in message) {
    drawing.get(message.id)?.(message.pngs);
    drawing.delete(message.id);
    return;
  }
  const { id, content, assessment, results, baseline, options, format } = message;
  try {
    post({ id, type: 'progress', stage: 'fonts' });
    const [files, t] = await Promise.all([loadFonts(), reportTranslator(options.language)]);
    post({ id, type: 'progress', stage: 'layout' });
    const definition = buildReport({ content, assessment, results, baseline, t }, options);
    post({ id, type: 'progress', stage: 'render' });
    const bytes = format === 'docx' ? await renderDocx(definition, (charts) => drawInPage(id, charts)) : await renderPdf(pdfMake as unknown as PdfMakeLike, files, definition);
    const file = bytes.slice().buffer;
    post({ id, type: 'done', file }, [file]);
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
