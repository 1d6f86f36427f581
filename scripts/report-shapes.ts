import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pdfMake from 'pdfmake/build/pdfmake';
import { loadBundled } from '../cli/content';
import { fontPaths, loadFontFiles } from '../cli/pdf';
import { makeDemoAssessment } from '../core/demo/assessment';
import { analyse } from '../core/method/analyse';
import { buildReport, REPORT_LANGUAGES, type ReportLanguage } from '../core/report';
import { reportTranslator } from '../locales';
import { emptyShapes, type BundledShapes } from '../pdf/kept-shapes';
import { keepShapes, type KeptShapes } from '../pdf/pdfkit-cache';
import { renderPdf, type PdfMakeLike } from '../pdf/render';

/**
 * Writes the shapes the app's report worker starts from (out/report-shapes/shapes-<language>.json,
 * bundled by the renderer's build; renderer/src/report/bundled-shapes.ts): the
 * shape of every word of demo reports of the bundled questionnaire, in each
 * report language, laid out by the very pdfmake build the worker runs. Shaping
 * every word afresh (fontkit, on a cold worker) was some 900 ms of the app's
 * first report in a Chromium profile (docs/performance.md).
 *
 * Shapes depend only on the font file and the word, so a set made from older
 * content or code is never wrong, only less complete. The files are made again
 * when anything they are drawn from changes (the key below); otherwise the
 * build reuses them.
 */

const ROOT = resolve(__dirname, '..');
const SHAPES_DIR = join(ROOT, 'out', 'report-shapes');
const DATE = '2026-01-01T00:00:00.000Z';

const filesUnder = (dir: string, test: (name: string) => boolean): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(test)
    .sort()
    .map((name) => join(dir, name));

/**
 * What the shapes are drawn from: the bundled content, the report's words, the fonts and pdfmake
 * (with its fontkit). Not the report's code: a change there seldom prints new words, and would
 * make every build after it shape them all again.
 */
function key(): string {
  const hash = createHash('sha256');
  const inputs = [
    __filename,
    join(ROOT, 'node_modules/pdfmake/package.json'),
    ...filesUnder(join(ROOT, 'questionnaires'), (name) => name.endsWith('.json')),
    ...filesUnder(join(ROOT, 'locales'), (name) => name.endsWith('report.json')),
  ];
  for (const file of inputs) hash.update(file.slice(ROOT.length)).update(readFileSync(file));
  for (const [name, path] of Object.entries(fontPaths())) hash.update(`${name} ${readFileSync(path).length}`);
  return hash.digest('hex');
}

const pdfmake = pdfMake as unknown as PdfMakeLike;

/**
 * Demo assessments whose reports between them print most of the questionnaire's
 * stage descriptions and actions (a report prints the stage answered and the
 * actions its gaps call for): one alone left a fifth of another assessment's words unshaped.
 */
const SEEDS = [1, 2, 3, 4, 5];

/** The shapes of the demo reports in one language, per font file they draw with. */
async function shapesOf(language: ReportLanguage): Promise<BundledShapes> {
  const content = loadBundled().get('capamap-core');
  if (!content) throw new Error('the bundled questionnaire capamap-core is missing');
  const t = await reportTranslator(language);
  // Fresh copies of the font files: fonts parsed for another language would answer from what they shaped then.
  const fonts = Object.fromEntries(Object.entries(loadFontFiles()).map(([name, bytes]) => [name, new Uint8Array(bytes)]));
  const fresh = new Map<string, KeptShapes>();
  for (const [name, bytes] of Object.entries(fonts)) {
    fresh.set(name, emptyShapes());
    keepShapes(bytes, emptyShapes(), fresh.get(name));
    pdfmake.virtualfs.writeFileSync(name, bytes);
  }
  for (const seed of SEEDS) {
    const assessment = makeDemoAssessment(content.questionnaire, { seed, now: DATE });
    const results = analyse(content, assessment);
    await renderPdf(pdfmake, fonts, buildReport({ content, assessment, results, t }, { language, paper: 'a4', confidentiality: '', generatedAt: DATE }));
  }
  const shapes: BundledShapes = { fonts: {} };
  for (const [name, { words, runs }] of fresh) {
    if (Object.keys(words).length + Object.keys(runs).length > 0) shapes.fonts[name] = { bytes: fonts[name]!.length, words, runs };
  }
  return shapes;
}

export async function writeReportShapes(): Promise<void> {
  const stamp = key();
  const keyFile = join(SHAPES_DIR, 'key');
  try {
    if (readFileSync(keyFile, 'utf8') === stamp) return;
  } catch {
    // Not made yet.
  }
  mkdirSync(SHAPES_DIR, { recursive: true });
  for (const language of REPORT_LANGUAGES) writeFileSync(join(SHAPES_DIR, `shapes-${language}.json`), JSON.stringify(await shapesOf(language)));
  writeFileSync(keyFile, stamp);
}

if (typeof require !== 'undefined' && require.main === module) {
  writeReportShapes().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
