import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { buildReport, type ReportInput, type ReportOptions } from '../core/report/build';
import { REPORT_FONT_FILES, reportFontFiles } from '../core/report/fonts';
import type { PdfDocDefinition } from '../core/report/pdfmake-types';
import { renderPdf, type PdfMakeLike } from '../pdf/render';
import { accelerateInlineMeasure } from '../pdf/inline-measure';
import { accelerateNextLine } from '../pdf/next-line';
import { accelerateStyleLookups } from '../pdf/style-lookup';
import { keepFontShapes } from './shape-cache';

const nodeRequire = createRequire(__filename);
const ROOT = resolve(__dirname, '..');

/** Absolute paths of the report fonts, resolved from the installed font packages. */
export function fontPaths(): Record<string, string> {
  const paths: Record<string, string> = {};
  for (const font of REPORT_FONT_FILES) {
    // The packages export only their JS entry; the fonts sit next to dist/ in the package folder.
    let dir: string;
    try {
      dir = dirname(dirname(nodeRequire.resolve(font.package)));
    } catch {
      dir = join(ROOT, 'node_modules', font.package);
    }
    paths[font.file] = join(dir, 'fonts', font.file);
  }
  return paths;
}

const fontCache = new Map<string, Uint8Array>();

/**
 * One font file, read once per process. Every report of the process gets the
 * same buffer, which is what pdf/pdfkit-cache keeps parsed fonts and shaped
 * words by: a second report (another language too) parses no font again.
 */
function fontFile(name: string): Uint8Array {
  let bytes = fontCache.get(name);
  if (!bytes) {
    const path = fontPaths()[name];
    if (!path) throw new Error(`unknown font file ${name}`);
    bytes = readFileSync(path);
    fontCache.set(name, bytes);
    keepFontShapes(name, path, bytes);
  }
  return bytes;
}

/** Every report font file (the CJK ones are 17 MB: renderDefinition reads only the files a report draws with). */
export function loadFontFiles(): Record<string, Uint8Array> {
  return Object.fromEntries(REPORT_FONT_FILES.map(({ file }) => [file, fontFile(file)]));
}

let instance: PdfMakeLike | null = null;
/** The Node-only speed-ups that took effect on pdfmake's classes. */
const speedUps: Array<'style-lookup' | 'inline-measure' | 'next-line'> = [];

/**
 * pdfmake's Node build, one instance per process; renderPdf prepares it on
 * first use, and its style lookups, word measuring and line filling are made
 * faster here (pdf/style-lookup.ts, pdf/inline-measure.ts, pdf/next-line.ts).
 */
export function nodePdfMake(): PdfMakeLike {
  if (!instance) {
    instance = nodeRequire('pdfmake') as PdfMakeLike;
    const styleStack = pdfmakeClass('StyleContextStack');
    if (accelerateStyleLookups(styleStack)) speedUps.push('style-lookup');
    if (accelerateInlineMeasure(pdfmakeClass('TextInlines'), styleStack)) speedUps.push('inline-measure');
    if (accelerateNextLine(pdfmakeClass('LayoutBuilder'), pdfmakeClass('Line'), pdfmakeClass('TextInlines'))) speedUps.push('next-line');
  }
  return instance;
}

/** Which of pdfmake's classes nodePdfMake made faster: a pdfmake upgrade that moves one shows here. */
export function appliedPdfMakeSpeedUps(): readonly string[] {
  return speedUps;
}

/** One of pdfmake's classes, or null if a pdfmake upgrade moved it (the report then runs as pdfmake ships; a test notices). */
function pdfmakeClass(name: 'StyleContextStack' | 'TextInlines' | 'LayoutBuilder' | 'Line'): unknown {
  try {
    return (nodeRequire(`pdfmake/js/${name}`) as { default?: unknown }).default ?? null;
  } catch {
    return null;
  }
}

/** Renders a built document definition to PDF bytes. */
export function renderDefinition(definition: PdfDocDefinition): Promise<Uint8Array> {
  const files = Object.fromEntries(reportFontFiles(definition).map((name) => [name, fontFile(name)]));
  return renderPdf(nodePdfMake(), files, definition);
}

/** Builds and renders the report: the Node entry point used by the CLI, tests and benchmarks. */
export function renderReportPdf(input: ReportInput, options: ReportOptions): Promise<Uint8Array> {
  return renderDefinition(buildReport(input, options));
}
