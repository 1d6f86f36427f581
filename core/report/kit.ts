import { neutralise } from '../model/sanitize';
import { shorten } from './build';
import { bold, join } from './blocks';
import { CJK_FONT, oneLine, primaryFont, textRuns, withDocumentFallbacks, type ReportFont } from './fonts';
import type { ReportLanguage, Translate } from './language';
import { BASE_SIZE, FURNITURE, FURNITURE_SIZE, LINE_HEIGHT, MARGINS, PAGE, TABLE_LAYOUT, documentInfo, documentLanguage, expandStyles, furniture, headingPageBreak, th, type Paper } from './layout';
import type { PdfContent, PdfDocDefinition, PdfTable, PdfTableLayout, PdfText } from './pdfmake-types';

/** How long the workshop runs: one day or two. */
export const KIT_DAYS = ['1', '2'] as const;
export type KitDays = (typeof KIT_DAYS)[number];

export interface KitOptions {
  language: ReportLanguage;
  paper: Paper;
  days: KitDays;
  /** The lead institution, printed on the agenda, the sign-in sheet and the consent note; "" leaves a line to fill in. */
  institution: string;
  /** When the kit is made (ISO date-time): the PDF's creation date, so the same options give the same file. */
  generatedAt: string;
  /** The kit's words in options.language: the catalog's `kit` namespace. */
  t: Translate;
}

/** One line of an agenda: a session (a key of kit:sessions) from start to end, 24-hour clock. */
interface Slot {
  start: string;
  end: string;
  session: string;
}

/** Sessions without a lead or an output: the row says only what it is. */
const PAUSES = new Set(['break', 'lunch', 'lunchImport']);

/**
 * The agendas, day by day. The one-day workshop answers all five pillars in
 * parallel groups and agrees the answers after lunch; the two-day one answers
 * the pillars in two sessions and gives the consensus a morning of its own.
 */
export const AGENDAS: Record<KitDays, Slot[][]> = {
  '1': [
    [
      { start: '08:30', end: '09:00', session: 'arrival' },
      { start: '09:00', end: '09:30', session: 'opening' },
      { start: '09:30', end: '11:00', session: 'pillars' },
      { start: '11:00', end: '11:15', session: 'break' },
      { start: '11:15', end: '12:30', session: 'security' },
      { start: '12:30', end: '13:30', session: 'lunchImport' },
      { start: '13:30', end: '15:00', session: 'consensus' },
      { start: '15:00', end: '15:15', session: 'break' },
      { start: '15:15', end: '16:15', session: 'resultsRoadmap' },
      { start: '16:15', end: '16:45', session: 'validation' },
      { start: '16:45', end: '17:00', session: 'close' },
    ],
  ],
  '2': [
    [
      { start: '08:30', end: '09:00', session: 'arrival' },
      { start: '09:00', end: '09:45', session: 'opening' },
      { start: '09:45', end: '10:30', session: 'howToAnswer' },
      { start: '10:30', end: '10:45', session: 'break' },
      { start: '10:45', end: '12:30', session: 'pillarsComputeData' },
      { start: '12:30', end: '13:30', session: 'lunch' },
      { start: '13:30', end: '15:00', session: 'pillarsModelsTalent' },
      { start: '15:00', end: '15:15', session: 'break' },
      { start: '15:15', end: '16:30', session: 'security' },
      { start: '16:30', end: '17:00', session: 'collect' },
    ],
    [
      { start: '09:00', end: '09:30', session: 'recap' },
      { start: '09:30', end: '11:00', session: 'consensus' },
      { start: '11:00', end: '11:15', session: 'break' },
      { start: '11:15', end: '12:30', session: 'consensusRisks' },
      { start: '12:30', end: '13:30', session: 'lunch' },
      { start: '13:30', end: '14:30', session: 'results' },
      { start: '14:30', end: '15:30', session: 'roadmap' },
      { start: '15:30', end: '15:45', session: 'break' },
      { start: '15:45', end: '16:30', session: 'validation' },
      { start: '16:30', end: '17:00', session: 'close' },
    ],
  ],
};

/** The people a workshop needs, in the order the roles card lists them (keys of kit:roles.list). */
export const KIT_ROLES = ['facilitator', 'noteTaker', 'pillarLead', 'focalPoint', 'respondent'] as const;

/** The parts of the questionnaire and who usually answers each (keys of kit:split.parts). */
export const KIT_PARTS = ['profile', 'compute', 'data', 'models', 'talent', 'governance', 'military', 'crossBorder', 'misuse', 'health'] as const;

/** The sign-in sheet's columns (keys of kit:signIn.columns), and its empty rows: two landscape pages, for a workshop of twenty or so. */
export const SIGN_IN_COLUMNS = ['number', 'name', 'agency', 'role', 'contact', 'pillars', 'signature'] as const;
export const SIGN_IN_ROWS = 22;

/** Paragraphs of the consent note, in order (keys of kit:consent.points). */
export const CONSENT_POINTS = ['purpose', 'recorded', 'report', 'files', 'choice'] as const;

/** Room to write in a sign-in row and on a signature line, in points. */
const WRITING_HEIGHT = 17;

/** Thin rules on every side: a form to write on, not a data table to read. */
const FORM_LAYOUT: PdfTableLayout = {
  hLineWidth: (i) => (i <= 1 ? 0.8 : 0.5),
  vLineWidth: () => 0.5,
  hLineColor: () => '#000000',
  vLineColor: () => '#000000',
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/**
 * Builds the pdfmake document definition of the facilitator's kit: the agenda
 * (one or two days), the roles card with who answers which part, the sign-in
 * sheet (landscape, its header repeated on each page) and the participants'
 * consent and confidentiality note. Pure: the same options give the same
 * definition. The institution's name goes into text nodes only.
 */
export function buildKit(options: KitOptions): PdfDocDefinition {
  const generated = new Date(options.generatedAt);
  if (Number.isNaN(generated.getTime())) throw new Error(`generatedAt is not a valid date-time: ${options.generatedAt}`);
  const { t } = options;
  const font = primaryFont(options.language);
  const runs = (text: string) => textRuns(text, font);
  const institution = neutralise(options.institution.trim(), 'space');
  const kit: Kit = { t, runs, institution, font };

  const content: PdfContent[] = [
    ...titleBlock(kit),
    ...agenda(kit, options.days),
    { stack: roles(kit), pageBreak: 'before' },
    { stack: signIn(kit), pageBreak: 'before', pageOrientation: 'landscape' },
    { stack: consent(kit), pageBreak: 'before', pageOrientation: 'portrait' },
  ];

  const running = institution ? `${t('title')} · ${shorten(institution, 70)}` : t('title');
  return withDocumentFallbacks({
    pageSize: PAGE[options.paper].name,
    pageOrientation: 'portrait',
    pageMargins: MARGINS,
    language: documentLanguage(options.language),
    info: documentInfo({ title: institution ? `${t('title')} — ${institution}` : t('title'), subject: t('subtitle') }, generated),
    content: expandStyles(content),
    styles: { [FURNITURE]: {} },
    defaultStyle: { font, fontSize: BASE_SIZE, lineHeight: LINE_HEIGHT },
    header: (_page, _count, size) => furniture({ text: oneLine(running, font, FURNITURE_SIZE, size.width - MARGINS[0] - MARGINS[2]) }, 26),
    footer: (page, count, size) => furniture({ text: oneLine(t('pageOf', { page, total: count }), font, FURNITURE_SIZE, size.width - MARGINS[0] - MARGINS[2]), alignment: 'right' as const }, 20),
    pageBreakBefore: headingPageBreak,
    compress: true,
    version: '1.7',
  });
}

interface Kit {
  t: Translate;
  runs: (text: string) => PdfText['text'];
  /** The lead institution, or "" when none was given. */
  institution: string;
  font: ReportFont;
}

function heading(kit: Kit, text: string, level: 'h1' | 'h2'): PdfText {
  return { text: kit.runs(text), style: level, headlineLevel: level === 'h1' ? 1 : 2 };
}

function para(kit: Kit, text: string, style = 'p'): PdfText {
  return { text: kit.runs(text), style };
}

function cell(kit: Kit, text: string, extra: Partial<PdfText> = {}): PdfText {
  return { text: kit.runs(text), style: 'td', ...extra };
}

function titleBlock(kit: Kit): PdfContent[] {
  const { t } = kit;
  return [{ text: kit.runs(t('title')), fontSize: 20, bold: true, margin: [0, 0, 0, 2] }, para(kit, t('subtitle'), 'lead'), ...(kit.institution ? [para(kit, t('preparedFor', { institution: kit.institution }))] : [])];
}

function agenda(kit: Kit, days: KitDays): PdfContent[] {
  const { t } = kit;
  const columns = [t('agenda.columns.time'), t('agenda.columns.session'), t('agenda.columns.who'), t('agenda.columns.output')];
  const out: PdfContent[] = [heading(kit, t(days === '1' ? 'agenda.oneDay' : 'agenda.twoDays'), 'h1'), para(kit, t(days === '1' ? 'agenda.oneDayIntro' : 'agenda.twoDaysIntro'))];
  AGENDAS[days].forEach((slots, index) => {
    // Each day of a longer workshop starts a page, so a day's agenda can be handed out on its own.
    if (AGENDAS[days].length > 1) out.push({ ...heading(kit, t('agenda.day', { day: index + 1 }), 'h2'), ...(index > 0 ? { pageBreak: 'before' as const } : {}) });
    const rows = slots.map((slot): PdfContent[] => {
      const time = cell(kit, `${slot.start}–${slot.end}`, { noWrap: true });
      if (PAUSES.has(slot.session)) return [time, cell(kit, t(`sessions.${slot.session}.title`), { colSpan: 3, italics: true, color: '#444444' }), '', ''];
      return [
        time,
        { stack: [cell(kit, t(`sessions.${slot.session}.title`), { bold: true }), cell(kit, t(`sessions.${slot.session}.detail`), { fontSize: 8 })] },
        cell(kit, t(`sessions.${slot.session}.who`)),
        cell(kit, t(`sessions.${slot.session}.output`)),
      ];
    });
    // Latin text set a little tighter than in the other tables, so that a day's agenda fits its page; Chinese needs the room between lines and fits anyway.
    out.push({ ...table(kit, columns, rows, [54, '*', 80, 96]), lineHeight: kit.font === CJK_FONT ? 1.3 : 1.1, layout: { ...TABLE_LAYOUT, paddingTop: () => 2, paddingBottom: () => 2 } });
  });
  return out;
}

function roles(kit: Kit): PdfContent[] {
  const { t } = kit;
  return [
    heading(kit, t('roles.title'), 'h1'),
    para(kit, t('roles.intro')),
    table(
      kit,
      [t('roles.columns.role'), t('roles.columns.does')],
      KIT_ROLES.map((role) => [cell(kit, t(`roles.list.${role}.name`), { bold: true }), cell(kit, t(`roles.list.${role}.does`))]),
      [110, '*'],
    ),
    // On a page of its own: the focal point sends it with the invitations.
    { ...heading(kit, t('split.title'), 'h1'), pageBreak: 'before' },
    para(kit, t('split.intro')),
    table(
      kit,
      [t('split.columns.part'), t('split.columns.agencies')],
      KIT_PARTS.map((part) => [cell(kit, t(`split.parts.${part}.name`), { bold: true }), cell(kit, t(`split.parts.${part}.agencies`))]),
      [130, '*'],
    ),
    { ...para(kit, t('split.paper'), 'small'), margin: [0, 0, 0, 6] },
  ];
}

function signIn(kit: Kit): PdfContent[] {
  const { t } = kit;
  const line = (label: string, value: string): PdfText => ({ text: join(bold(kit.runs(label)), ' ', value ? kit.runs(value) : { text: '______________________', color: '#666666' }), margin: [0, 0, 0, 4] });
  const header = SIGN_IN_COLUMNS.map((column) => th(kit.runs(t(`signIn.columns.${column}`))));
  const rows = Array.from({ length: SIGN_IN_ROWS }, (_, i): PdfContent[] => [
    cell(kit, String(i + 1), { margin: [0, WRITING_HEIGHT / 2, 0, WRITING_HEIGHT / 2 - 2], color: '#444444' }),
    ...SIGN_IN_COLUMNS.slice(1).map(() => ' '),
  ]);
  return [
    heading(kit, t('signIn.title'), 'h1'),
    {
      columns: [line(t('signIn.institution'), kit.institution), { ...line(t('signIn.date'), ''), width: 150 }, { ...line(t('signIn.place'), ''), width: 170 }],
      columnGap: 16,
      margin: [0, 0, 0, 2],
    },
    { ...para(kit, t('signIn.note'), 'small'), margin: [0, 0, 0, 6] },
    {
      table: { widths: [18, '*', '*', 80, 110, 90, 90], headerRows: 1, dontBreakRows: true, body: [header, ...rows] },
      layout: FORM_LAYOUT,
    } satisfies PdfTable,
  ];
}

function consent(kit: Kit): PdfContent[] {
  const { t } = kit;
  const lead = kit.institution || t('consent.leadDefault');
  // Two fields a row, each a label over a line to write on.
  const field = (label: string): PdfContent => ({ stack: [cell(kit, label, { bold: true }), { text: ' ', margin: [0, WRITING_HEIGHT, 0, 0] }], margin: [0, 4, 0, 0] });
  return [
    heading(kit, t('consent.title'), 'h1'),
    para(kit, t('consent.intro', { lead }), 'lead'),
    ...CONSENT_POINTS.map((point) => ({ stack: [{ text: kit.runs(t(`consent.points.${point}.title`)), style: 'h3' }, para(kit, t(`consent.points.${point}.text`, { lead }))] })),
    { text: kit.runs(t('consent.agree')), bold: true, margin: [0, 8, 0, 4] },
    {
      table: {
        widths: ['*', '*'],
        body: [
          [field(t('consent.name')), field(t('consent.agency'))],
          [field(t('consent.date')), field(t('consent.signature'))],
        ],
      },
      layout: { ...TABLE_LAYOUT, hLineWidth: (i) => (i === 0 ? 0 : 0.6), hLineColor: () => '#000000', paddingLeft: () => 0, paddingRight: () => 12 },
      unbreakable: true,
    } satisfies PdfTable,
  ];
}

/** A table whose header repeats on each page and whose rows never split. */
function table(kit: Kit, columns: string[], rows: PdfContent[][], widths: PdfTable['table']['widths']): PdfTable {
  return {
    table: { widths, headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, body: [columns.map((c) => th(kit.runs(c))), ...rows] },
    layout: TABLE_LAYOUT,
    margin: [0, 2, 0, 10],
  };
}
