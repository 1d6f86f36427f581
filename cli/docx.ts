import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildReport, type ReportInput, type ReportOptions } from '../core/report/build';
import { resvgRasterizer } from '../word/raster';
import { renderDocx } from '../word/render';
import { loadFontFiles } from './pdf';

const nodeRequire = createRequire(__filename);

/** Builds the report and renders it as a Word document: the Node entry point used by the CLI and tests. */
export function renderReportDocx(input: ReportInput, options: ReportOptions): Promise<Uint8Array> {
  const rasterize = resvgRasterizer(async () => readFileSync(nodeRequire.resolve('@resvg/resvg-wasm/index_bg.wasm')), loadFontFiles());
  return renderDocx(buildReport(input, options), rasterize);
}
