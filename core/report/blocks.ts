import type { ReportContext } from './context';
import { STYLES, estimateHeight, headingBeforeTable, keepTogether, withHeading } from './layout';
import type { PdfContent, PdfInline, PdfNode, PdfText, PdfTextContent } from './pdfmake-types';

/** A section heading: listed in the table of contents and in the PDF bookmarks. */
export function h1(ctx: ReportContext, text: string, id: string): PdfText {
  return { text: ctx.runs(text), style: 'h1', id, headlineLevel: 1, tocItem: true, tocStyle: STYLES.tocLine, tocMargin: [0, 5, 0, 0], ...outline(text) };
}

/** A sub-section heading, indented in the table of contents. */
export function h2(ctx: ReportContext, text: string, id: string, parent: string, extra: Partial<PdfText> = {}): PdfText {
  return { text: ctx.runs(text), style: 'h2', id, headlineLevel: 2, tocItem: true, tocStyle: STYLES.tocSub, tocMargin: [16, 2, 0, 0], ...outline(text, parent), ...extra };
}

export function h3(ctx: ReportContext, text: string, extra: Partial<PdfText> = {}): PdfText {
  return { text: ctx.runs(text), style: 'h3', headlineLevel: 3, ...extra };
}

function outline(text: string, parent?: string): Partial<PdfText> {
  return { outline: true, outlineText: text, ...(parent ? { outlineParentId: parent } : {}) };
}

/**
 * A heading kept on the same page as the start of what follows it: the first
 * block, and the second as well when the first is only a short lead-in line.
 */
export function headed(ctx: ReportContext, heading: PdfContent[], body: PdfContent[], extra: Partial<PdfNode> = {}): PdfContent[] {
  const first = body[0];
  // A long table is not held back whole: its header stays with its first row (keepWithHeaderRows), and the heading with both.
  if (first !== undefined && typeof first === 'object' && 'table' in first && estimateHeight(first, ctx.width) > ctx.pageHeight * 0.35) {
    return [...headingBeforeTable(heading, first, ctx.width, extra), ...body.slice(1)];
  }
  if (first !== undefined && typeof first === 'object' && !Array.isArray(first) && (first as PdfNode).unbreakable) return [withHeading(heading, first as PdfNode, extra), ...body.slice(1)];
  const take = body.length > 1 && estimateHeight(body[0]!, ctx.width) < 30 ? 2 : 1;
  const kept = keepTogether([...heading, ...body.slice(0, take)], ctx.width, ctx.pageHeight, extra);
  if (kept.length > 1) kept[0] = { stack: [kept[0]!], ...extra } as PdfNode;
  return [...kept, ...body.slice(take)];
}

/**
 * Concatenates text contents into one flat inline list. pdfmake does not
 * pass a parent inline's style on to nested inlines, so styled parts are
 * flattened with their style copied onto each run.
 */
export function join(...parts: Array<PdfTextContent | PdfInline | PdfInline[]>): PdfInline[] {
  const out: PdfInline[] = [];
  const add = (part: string | PdfInline, inherited: Partial<PdfInline>) => {
    if (typeof part === 'string') out.push({ text: part, ...inherited });
    else if (Array.isArray(part.text)) {
      const { text, ...style } = part;
      for (const child of text) add(child, { ...inherited, ...style });
    } else out.push({ ...inherited, ...part });
  };
  for (const part of parts) {
    if (Array.isArray(part)) for (const p of part) add(p, {});
    else add(part, {});
  }
  return out;
}

export function bold(content: PdfTextContent): PdfInline[] {
  return join(content).map((inline) => ({ ...inline, bold: true }));
}

export function italic(content: PdfTextContent): PdfInline[] {
  return join(content).map((inline) => ({ ...inline, italics: true }));
}

/** "p. 12" linking to the node with the given id; pdfmake fills in the number. Put it last on a line: pdfmake reserves room for five digits. */
export function pageRef(ctx: ReportContext, id: string): PdfInline[] {
  return [...join(ctx.runs(ctx.t('pillar.page'))), { text: '00', pageReference: id }];
}

export function bullets(items: PdfContent[], extra: Partial<PdfNode> = {}): PdfNode {
  return { ul: items, margin: [0, 0, 0, 6], ...extra } as PdfNode;
}
