import type { Content } from '../model/content';
import { METHOD_VERSION } from '../method/version';
import { analyse } from '../method/analyse';
import type { Results } from '../method/results';
import type { Assessment } from '../model/schema/assessment';
import { REPORT_SECTIONS, type ReportSectionId } from './section-ids';
import { countryStated, makeContext, type ReportContext } from './context';
import type { ReportLanguage, Translate } from './language';
import { BASE_SIZE, FURNITURE, FURNITURE_SIZE, LINE_HEIGHT, MARGINS, PAGE, documentInfo, documentLanguage, expandStyles, furniture, headingPageBreak, type Paper } from './layout';
import { maxTextWidth, oneLine, withDocumentFallbacks } from './fonts';
import type { PdfContent, PdfDocDefinition, PdfNode } from './pdfmake-types';
import { appendixSection } from './sections/appendix';
import { contextSection } from './sections/country';
import { coverSection } from './sections/cover';
import { monitoringSection } from './sections/monitoring';
import { pillarsSection } from './sections/pillars';
import { planSection } from './sections/plan';
import { profileSection } from './sections/profile';
import { roadmapSection } from './sections/roadmap';
import { securitySection } from './sections/security';
import { summarySection } from './sections/summary';

export interface ReportInput {
  content: Content;
  assessment: Assessment;
  /** analyse(content, assessment, { baseline }): every figure the report prints. */
  results: Results;
  /**
   * The previous assessment of the same institution (same questionnaire), the
   * one results.baseline compares with: the report then shows the progress since it.
   */
  baseline?: Assessment;
  /** The report's words in options.language: the catalog's `report` namespace (locales/index.ts reportTranslator). */
  t: Translate;
}

/** The report's input for a consumer that has no Results yet (the CLI, tests): analysed once, here. */
export function reportInput(content: Content, assessment: Assessment, t: Translate, baseline?: Assessment): ReportInput {
  return { content, assessment, results: analyse(content, assessment, { baseline }), baseline, t };
}

export interface ReportOptions {
  language: ReportLanguage;
  paper: Paper;
  /** Sections to print, in report order whatever order they are given in; all by default. */
  sections?: readonly ReportSectionId[];
  /** Confidentiality mark printed on the cover and on every page ("" for none). */
  confidentiality: string;
  /** When the report is generated (ISO date-time); also the PDF's creation date, so output is reproducible. */
  generatedAt: string;
}

/** Longest institution name (in characters) the running header shows before shortening it. */
const HEADER_NAME_MAX = 70;
/** Type size of the running header and footer, and the gap between the header's two columns. */
const HEADER_GAP = 12;

/**
 * Builds the pdfmake document definition of the capacity-building roadmap.
 * Pure: the same input and options give the same definition. User text goes
 * into text nodes only. The definition holds functions (header, footer, page
 * breaks), so build it where pdfmake runs rather than sending it across a
 * worker or IPC boundary.
 */
export function buildReport(input: ReportInput, options: ReportOptions): PdfDocDefinition {
  const generated = new Date(options.generatedAt);
  if (Number.isNaN(generated.getTime())) throw new Error(`generatedAt is not a valid date-time: ${options.generatedAt}`);
  const wanted = new Set<ReportSectionId>(options.sections ?? REPORT_SECTIONS);
  const ctx = makeContext(input.content, input.assessment, input.results, options.language, input.t, options.paper, input.baseline, wanted);
  const content: PdfContent[] = [];
  const start = (blocks: PdfContent[]) => {
    if (blocks.length === 0) return;
    const [first, ...rest] = blocks;
    if (content.length > 0) content[content.length - 1] = withoutTrailingSpace(content.at(-1)!);
    content.push(content.length === 0 ? first! : breakBefore(first!), ...rest);
  };
  for (const id of REPORT_SECTIONS) {
    if (!wanted.has(id)) continue;
    switch (id) {
      case 'cover':
        start(coverSection(ctx, options.confidentiality, options.generatedAt));
        break;
      case 'contents':
        start([{ toc: { title: { text: ctx.runs(ctx.t('contents')), style: 'h1' }, numberStyle: { bold: true }, outlines: false } }]);
        break;
      case 'summary':
        start(summarySection(ctx));
        break;
      case 'context':
        start(contextSection(ctx));
        break;
      case 'profile':
        start(profileSection(ctx));
        break;
      case 'pillars':
        start(pillarsSection(ctx));
        break;
      case 'security':
        start(securitySection(ctx));
        break;
      case 'plan':
        start(planSection(ctx));
        break;
      case 'roadmap':
        start(roadmapSection(ctx));
        break;
      case 'monitoring':
        start(monitoringSection(ctx));
        break;
      case 'appendix':
        start(appendixSection(ctx));
        break;
    }
  }

  const page = PAGE[options.paper];
  const coverFirst = wanted.has('cover');
  const mark = options.confidentiality.trim();
  const institution = shorten(input.assessment.meta.institution, HEADER_NAME_MAX);
  const runningText = `${ctx.t('runningTitle')} · ${institution}`;
  const markWidth = maxTextWidth(mark, ctx.font, FURNITURE_SIZE, true);
  const meta = input.assessment.meta;
  const defaultStyle = { font: ctx.font, fontSize: BASE_SIZE, lineHeight: LINE_HEIGHT };
  return withDocumentFallbacks({
    pageSize: page.name,
    pageOrientation: 'portrait',
    pageMargins: MARGINS,
    // Also tells pdf/bidi-layout that an Arabic report is laid out right to left.
    language: documentLanguage(options.language),
    info: documentInfo(
      {
        title: `${ctx.t('reportTitle')} — ${meta.institution}`,
        author: meta.institution,
        subject: `${ctx.t('reportKind')} (${countryStated(input.assessment) ? `${meta.country}, ` : ''}${meta.assessmentDate})`,
        keywords: `CapaMap; ${input.assessment.id}; ${input.content.questionnaire.id} ${input.content.questionnaire.version}; method ${METHOD_VERSION}`,
      },
      generated,
    ),
    content: expandStyles(content),
    styles: { [FURNITURE]: {} },
    defaultStyle,
    // The running header and footer are laid out again on every page: each text is one piece when it surely fits (see oneLine).
    header: (currentPage) =>
      coverFirst && currentPage === 1
        ? null
        : furniture(
            {
              columns: [
                { text: oneLine(runningText, ctx.font, FURNITURE_SIZE, ctx.width - (mark ? HEADER_GAP + markWidth : 0)), width: '*', style: FURNITURE },
                ...(mark ? [{ text: oneLine(mark, ctx.font, FURNITURE_SIZE, ctx.width, true), width: 'auto', bold: true, alignment: 'right' as const, style: FURNITURE }] : []),
              ],
              columnGap: HEADER_GAP,
            },
            26,
          ),
    footer: (currentPage, pageCount) => {
      if (coverFirst && currentPage === 1) return null;
      const pageOf = ctx.t('pageOf', { page: currentPage, total: pageCount });
      return furniture(
        {
          columns: [
            { text: oneLine(mark, ctx.font, FURNITURE_SIZE, ctx.width - maxTextWidth(pageOf, ctx.font, FURNITURE_SIZE), true), width: '*', bold: true, style: FURNITURE },
            { text: oneLine(pageOf, ctx.font, FURNITURE_SIZE, ctx.width), width: 'auto', alignment: 'right' as const, style: FURNITURE },
          ],
        },
        20,
      );
    },
    pageBreakBefore: headingPageBreak,
    compress: true,
    version: '1.7',
  });
}

/**
 * A section's last block without the space below it: a block ending at the
 * foot of a page would otherwise carry its bottom margin onto an empty page,
 * which the next section's page break then leaves blank.
 */
function withoutTrailingSpace(node: PdfContent): PdfContent {
  if (typeof node !== 'object' || node === null) return node;
  if (Array.isArray(node)) return node.length === 0 ? node : [...node.slice(0, -1), withoutTrailingSpace(node.at(-1)!)];
  const out = { ...(node as PdfNode) } as PdfNode & { margin?: unknown; stack?: PdfContent[] };
  if (Array.isArray(out.margin) && out.margin.length === 4) out.margin = [out.margin[0], out.margin[1], out.margin[2], 0];
  if (Array.isArray(out.stack) && out.stack.length > 0) out.stack = [...out.stack.slice(0, -1), withoutTrailingSpace(out.stack.at(-1)!)];
  return out;
}

function breakBefore(node: PdfContent): PdfContent {
  if (typeof node === 'string' || Array.isArray(node)) return { stack: [node], pageBreak: 'before' };
  return { ...(node as PdfNode), pageBreak: 'before' };
}

/** Cuts a name at a word boundary and adds "…" when it is longer than max characters. */
export function shorten(text: string, max: number): string {
  const chars = [...text.trim()];
  if (chars.length <= max) return text.trim();
  const cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export type { ReportContext, ReportSectionId };
export { REPORT_SECTIONS };
