/// <reference lib="webworker" />
import pdfMake from 'pdfmake/build/pdfmake';
import { buildReport, REPORT_FONT_FILES } from '../../../core/report';
import { reportTranslator } from '../../../locales';
import { renderPdf, type PdfMakeLike } from '../../../pdf/render';
import { loadRasterizer } from '../../../word/raster';
import { renderDocx } from '../../../word/render';
import resvgWasmUrl from '@resvg/resvg-wasm/index_bg.wasm?url';
import type { ReportReply, ReportRequest } from './protocol';

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

self.onmessage = async (event: MessageEvent<ReportRequest>) => {
  const { id, content, assessment, results, baseline, options, format } = event.data;
  try {
    post({ id, type: 'progress', stage: 'fonts' });
    // The Word copy draws its charts as pictures with resvg, shipped with the app like the fonts.
    const [files, t] = await Promise.all([loadFonts(), reportTranslator(options.language), format === 'docx' ? loadRasterizer(() => fetch(resvgWasmUrl)) : undefined]);
    post({ id, type: 'progress', stage: 'layout' });
    const definition = buildReport({ content, assessment, results, baseline, t }, options);
    post({ id, type: 'progress', stage: 'render' });
    const bytes = format === 'docx' ? await renderDocx(definition, files) : await renderPdf(pdfMake as unknown as PdfMakeLike, files, definition);
    const file = bytes.slice().buffer;
    post({ id, type: 'done', file }, [file]);
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
