import { localize } from '../model/localize';
import { scaleLevel, type RatingScaleName } from '../model/questionnaire';
import type { Item, ProfileQuestion, Questionnaire, Section } from '../model/schema/questionnaire';
import type { LocalizedText } from '../model/schema/text';
import { oneLine, primaryFont, textRuns, withDocumentFallbacks, type ReportFont } from './fonts';
import type { ReportLanguage, Translate } from './language';
import { BASE_SIZE, FURNITURE, FURNITURE_SIZE, LINE_HEIGHT, MARGINS, PAGE, contentBox, documentInfo, documentLanguage, expandStyles, furniture, type Paper } from './layout';
import type { PdfContent, PdfDocDefinition, PdfNode, PdfTableLayout, PdfText } from './pdfmake-types';

/*
 * The blank questionnaire: every item of the questionnaire with its question,
 * its five stage descriptors and tick boxes, for agencies that answer on
 * paper. Each section starts on a page of its own, with a box for the
 * respondent's name, so a facilitator can hand each agency its part. The
 * facilitator then types the answers in (the data-entry screen), which
 * makes a response file like any other.
 */

export interface BlankOptions {
  language: ReportLanguage;
  paper: Paper;
  /** The PDF's creation date (ISO date-time), so output is reproducible. */
  generatedAt: string;
}

/** Side of a tick box, in points. */
const BOX = 8;
const SMALL = 8;
const RISK_SCALES: readonly RatingScaleName[] = ['likelihood', 'impact'];
const CONFIDENCE = ['low', 'medium', 'high'] as const;

interface Blank {
  t: Translate;
  /** The questionnaire's one definition of the stage rule and the risk scales. */
  scales: Questionnaire['scales'];
  font: ReportFont;
  width: number;
  language: ReportLanguage;
  loc(text: LocalizedText): string;
  p(text: string, extra?: Partial<PdfText>): PdfText;
}

/** Builds the pdfmake definition of the blank questionnaire. Pure: the same input gives the same definition. */
export function buildBlankQuestionnaire(questionnaire: Questionnaire, t: Translate, options: BlankOptions): PdfDocDefinition {
  const generated = new Date(options.generatedAt);
  if (Number.isNaN(generated.getTime())) throw new Error(`generatedAt is not a valid date-time: ${options.generatedAt}`);
  const font = primaryFont(options.language);
  const b: Blank = {
    t,
    scales: questionnaire.scales,
    font,
    width: contentBox(options.paper).width,
    language: options.language,
    loc: (text) => localize(text, options.language),
    p: (text, extra = {}) => ({ text: textRuns(text, font), ...extra }),
  };
  const title = b.loc(questionnaire.title);
  const content: PdfContent[] = [...frontPage(b, questionnaire), ...questionnaire.sections.map((section) => sectionPages(b, section))];
  const footerText = t('blank.footer', { questionnaire: title, version: questionnaire.version });
  return withDocumentFallbacks({
    pageSize: PAGE[options.paper].name,
    pageOrientation: 'portrait',
    pageMargins: [MARGINS[0], 44, MARGINS[2], 50],
    language: documentLanguage(options.language),
    info: documentInfo({ title: `${t('blank.title')} — ${title}`, subject: `${questionnaire.id} ${questionnaire.version}` }, generated),
    content: expandStyles(content),
    styles: { [FURNITURE]: {} },
    defaultStyle: { font, fontSize: BASE_SIZE, lineHeight: LINE_HEIGHT },
    footer: (currentPage, pageCount) => {
      const pageOf = t('pageOf', { page: currentPage, total: pageCount });
      return furniture(
        {
          columns: [
            { text: oneLine(footerText, font, FURNITURE_SIZE, b.width - 80), width: '*' },
            { text: oneLine(pageOf, font, FURNITURE_SIZE, 80), width: 'auto', alignment: 'right' as const },
          ],
        },
        18,
      );
    },
    compress: true,
    version: '1.7',
  });
}

/** The title, how to answer, and the respondent's details with the parts they answer. */
function frontPage(b: Blank, q: Questionnaire): PdfContent[] {
  const { t } = b;
  return [
    b.p(t('blank.title'), { style: 'h1' }),
    b.p(t('blank.subtitle', { questionnaire: b.loc(q.title), version: q.version }), { style: 'lead' }),
    b.p(t('blank.intro'), { style: 'p' }),
    respondentBox(b, true),
    b.p(t('blank.coveredHint'), { style: 'label', margin: [0, 10, 0, 4] }),
    { columns: [tickList(b, q.sections.slice(0, Math.ceil(q.sections.length / 2))), tickList(b, q.sections.slice(Math.ceil(q.sections.length / 2)))], columnGap: 12 },
    b.p(t('blank.howTitle'), { style: 'h2' }),
    { ul: (['stage', 'dontKnow', 'confidence', 'notes', 'risk', 'return'] as const).map((key) => b.p(t(`blank.how.${key}`))), margin: [0, 0, 0, 6] } as PdfNode,
  ];
}

function tickList(b: Blank, sections: Section[]): PdfContent {
  return { stack: sections.map((s) => tick(b, b.loc(s.title), { margin: [0, 0, 0, 4] })) };
}

/** One section on pages of its own: its title, the respondent box, its intro, then its items. */
function sectionPages(b: Blank, section: Section): PdfContent {
  const { t } = b;
  const head: PdfContent[] = [
    b.p(t(`blank.kinds.${section.kind}`), { style: 'small', margin: [0, 0, 0, 2] }),
    b.p(b.loc(section.title), { style: 'h1', margin: [0, 0, 0, 6] }),
    respondentBox(b, false),
    b.p(b.loc(section.intro), { style: ['small'], margin: [0, 8, 0, 6] }),
  ];
  if (section.optional) head.push(b.p(t('blank.optionalModule'), { bold: true, fontSize: SMALL, margin: [0, 0, 0, 6] }));
  if (section.kind !== 'profile') head.push(b.p(b.loc(b.scales.stageRule), { bold: true, fontSize: SMALL, margin: [0, 0, 0, 6] }));
  if (section.items.some((i) => i.type === 'risk')) head.push(scaleLegend(b));
  return { stack: [...head, ...section.items.map((item) => itemBlock(b, item))], pageBreak: 'before' };
}

/** Boxes to write the respondent's name, agency and the date in (and the role on the front page). */
function respondentBox(b: Blank, withRole: boolean): PdfNode {
  const fields = withRole ? (['name', 'agency', 'role', 'date'] as const) : (['name', 'agency', 'date'] as const);
  const cell = (key: string) => ({ stack: [b.p(b.t(`blank.respondent.${key}`), { fontSize: SMALL, color: '#333333' })], margin: [2, 1, 2, 16] as [number, number, number, number] });
  return {
    table: { widths: fields.map((f) => (f === 'date' ? 80 : '*')), body: [fields.map(cell)] },
    layout: BOXED,
  } as PdfNode;
}

/** The likelihood and impact scales, stated once at the top of a section with risks. */
function scaleLegend(b: Blank): PdfNode {
  const cell = (scale: RatingScaleName, n: number) => {
    const level = scaleLevel(b, scale, n, b.language);
    return { text: [{ text: `${n} · ${level.label} `, bold: true }, ...runsOf(b, level.meaning)], fontSize: 7 } as PdfText;
  };
  const body = [RISK_SCALES.map((scale) => b.p(b.loc(b.scales[scale].title), { bold: true, fontSize: SMALL })), ...[1, 2, 3, 4, 5].map((n) => RISK_SCALES.map((scale) => cell(scale, n)))];
  return {
    stack: [b.p(b.t('blank.scaleTitle'), { style: 'label', margin: [0, 0, 0, 3] }), { table: { widths: ['*', '*'], body }, layout: LIGHT } as PdfNode],
    margin: [0, 0, 0, 8],
    unbreakable: true,
  };
}

/** One item as an unbreakable block: its code and question, the answer's tick boxes, confidence and notes. */
function itemBlock(b: Blank, item: Item): PdfNode {
  const title = b.loc('statement' in item ? item.statement : item.label);
  const parts: PdfContent[] = [
    {
      text: [{ text: `${item.id}${'scope' in item ? ` · ${b.t(`itemScope.${item.scope}`)}` : ''}  `, fontSize: 7, color: '#555555' }, ...textRunsBold(b, title)],
      margin: [0, 0, 0, 3],
    },
  ];
  if (item.relevant !== undefined) parts.push(b.p(b.t('blank.conditional'), { fontSize: SMALL, italics: true, margin: [0, 0, 0, 3] }));
  if (item.type === 'indicator') parts.push(stageTable(b, item.stages), dontKnowRow(b), confidenceRow(b), notesLines(b));
  else if (item.type === 'risk') {
    parts.push(
      b.p(b.loc(item.description), { fontSize: SMALL, margin: [0, 0, 0, 4] }),
      ratingTable(b),
      b.p(b.t('blank.preparedness'), { bold: true, fontSize: SMALL, margin: [0, 4, 0, 2] }),
      stageTable(b, item.preparedness),
      dontKnowRow(b),
      confidenceRow(b),
      notesLines(b),
    );
  } else parts.push(...profileAnswer(b, item));
  return { stack: parts, unbreakable: true, margin: [0, 10, 0, 4] };
}

function runsOf(b: Blank, text: string) {
  const runs = textRuns(text, b.font);
  return Array.isArray(runs) ? runs : [runs];
}

function textRunsBold(b: Blank, text: string) {
  const runs = textRuns(text, b.font);
  return (Array.isArray(runs) ? runs : [runs]).map((r) => (typeof r === 'string' ? { text: r, bold: true } : { ...r, bold: true }));
}

/** The five stages, a box and the stage's name beside its descriptor. */
function stageTable(b: Blank, stages: readonly LocalizedText[]): PdfNode {
  const body = stages.map((descriptor, i) => [tick(b, `${i + 1} · ${b.t(`stages.${i + 1}`)}`, { bold: true, fontSize: SMALL }), b.p(b.loc(descriptor), { fontSize: SMALL })]);
  return { table: { widths: [88, '*'], body, dontBreakRows: true }, layout: LIGHT } as PdfNode;
}

/** Likelihood and impact, each a row of five boxes and "don't know". */
function ratingTable(b: Blank): PdfNode {
  const row = (scale: RatingScaleName) => [
    b.p(b.loc(b.scales[scale].title), { bold: true, fontSize: SMALL }),
    ...[1, 2, 3, 4, 5].map((n) => tick(b, `${n} ${scaleLevel(b, scale, n, b.language).label}`, { fontSize: 7 })),
    tick(b, b.t('blank.dontKnow'), { fontSize: 7 }),
  ];
  return { table: { widths: [84, '*', '*', '*', '*', '*', 52], body: RISK_SCALES.map(row) }, layout: LIGHT } as PdfNode;
}

function dontKnowRow(b: Blank): PdfNode {
  return {
    columns: [
      { ...tick(b, b.t('blank.dontKnow')), width: 'auto' },
      { ...tick(b, b.t('blank.notApplicable')), width: 'auto' },
    ],
    columnGap: 24,
    fontSize: SMALL,
    margin: [0, 4, 0, 0],
  } as PdfNode;
}

function confidenceRow(b: Blank): PdfNode {
  return {
    columns: [{ ...b.p(`${b.t('blank.confidence')}${b.t('colon')}`, { bold: true }), width: 'auto' }, ...CONFIDENCE.map((c) => ({ ...tick(b, b.t(`confidence.${c}`)), width: 'auto' }))],
    columnGap: 16,
    fontSize: SMALL,
    margin: [0, 3, 0, 0],
  } as PdfNode;
}

/** "Notes and evidence:" and a line to write on. */
function notesLines(b: Blank): PdfNode {
  return { stack: [b.p(`${b.t('blank.notes')}${b.t('colon')}`, { bold: true, fontSize: SMALL }), writingLine(b)], margin: [0, 3, 0, 0] };
}

function writingLine(b: Blank): PdfNode {
  return { canvas: [{ type: 'line', x1: 0, y1: 0, x2: b.width, y2: 0, lineWidth: 0.5, lineColor: '#777777' }], margin: [0, 14, 0, 0] };
}

/** A profile question: its options with boxes (numbered, as the data-entry screen takes them), or lines to write on. */
function profileAnswer(b: Blank, item: ProfileQuestion): PdfContent[] {
  if (item.type === 'text' || !item.options) return [b.p(b.t('blank.writeIn'), { fontSize: SMALL, italics: true }), writingLine(b)];
  const options = item.options.map((o, i) => tick(b, `${i + 1}. ${b.loc(o.label)}`, { fontSize: SMALL, margin: [0, 0, 0, 2] }));
  const half = Math.ceil(options.length / 2);
  return [
    b.p(b.t(item.type === 'multi' ? 'blank.tickAll' : 'blank.tickOne'), { fontSize: SMALL, italics: true, margin: [0, 0, 0, 3] }),
    { columns: [{ stack: options.slice(0, half) }, { stack: options.slice(half) }], columnGap: 12 },
  ];
}

/** A tick box and its label. */
function tick(b: Blank, label: string, extra: Partial<PdfNode> = {}): PdfNode {
  return {
    columns: [
      { canvas: [{ type: 'rect', x: 0, y: 1.5, w: BOX, h: BOX, lineWidth: 0.8, lineColor: '#000000' }], width: BOX + 4 },
      { text: textRuns(label, b.font), width: 'auto' },
    ],
    columnGap: 0,
    ...extra,
  } as PdfNode;
}

const GREY = '#999999';

/** Hairlines around every cell. */
const LIGHT: PdfTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => GREY,
  vLineColor: () => GREY,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** Darker lines for the boxes to write in. */
const BOXED: PdfTableLayout = { ...LIGHT, hLineColor: () => '#444444', vLineColor: () => '#444444' };
