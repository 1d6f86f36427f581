import { Packer } from 'docx';
import JSZip from 'jszip';
import type { PdfDocDefinition } from '../core/report/pdfmake-types';
import { chartsOf, definitionToDocument, svgWithFontNames, type ChartSvg } from './convert';

/** Draws charts as PNG images (one per chart, in order) for Word readers that show no SVG. */
export type Rasterize = (charts: ChartSvg[]) => Promise<Uint8Array[]>;

/**
 * Renders a report document definition as a Word document, its charts as
 * SVG with PNG copies drawn by rasterize. The same definition and pictures
 * give the same bytes: every date in the package is the definition's
 * creation date.
 */
export async function renderDocx(definition: PdfDocDefinition, rasterize: Rasterize): Promise<Uint8Array> {
  const svgs = chartsOf(definition);
  const pngs = await rasterize(svgs);
  if (pngs.length !== svgs.length) throw new Error(`${svgs.length} charts but ${pngs.length} pictures`);
  const charts = svgs.map(({ svg }, i) => ({ svg: svgWithFontNames(svg), png: pngs[i]! }));
  const packed = await Packer.toArrayBuffer(definitionToDocument(definition, charts));
  return reproducible(new Uint8Array(packed), definition.info.creationDate);
}

/**
 * docx stamps the package with the time of packing and numbers bookmarks,
 * contents entries and pictures with counters that run on from document to document in one
 * process. This rewrites the package with the given date everywhere and the
 * numbers counted from the start of the document.
 */
export async function reproducible(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    let data: string | Uint8Array = await entry.async('uint8array');
    if (entry.name === 'docProps/core.xml') {
      data = new TextDecoder().decode(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${stamp}$2`);
    } else if (entry.name === 'word/document.xml') {
      data = renumber(new TextDecoder().decode(data));
    }
    out.file(entry.name, data, { date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

function renumber(xml: string): string {
  const bookmarks = new Map<string, number>();
  const bookmark = (id: string) => {
    if (!bookmarks.has(id)) bookmarks.set(id, bookmarks.size + 1);
    return bookmarks.get(id)!;
  };
  const tocs = new Map<string, number>();
  let picture = 0;
  return xml
    .replace(/_Toc(\d+)/g, (_all, n: string) => {
      if (!tocs.has(n)) tocs.set(n, tocs.size + 1);
      return `_Toc${tocs.get(n)!}`;
    })
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g, (_all, head: string, id: string) => `${head}${bookmark(id)}"`)
    .replace(/(<wp:docPr\b[^>]*?\bid=")(\d+)"/g, (_all, head: string) => `${head}${++picture}"`);
}
