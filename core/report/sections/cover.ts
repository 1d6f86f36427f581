import { METHOD_VERSION } from '../../method/version';
import { countryStated, type ReportContext } from '../context';
import { formatDate } from '../format';
import { CARD_LAYOUT } from '../layout';
import type { PdfContent, PdfTable } from '../pdfmake-types';

const FACTS_LAYOUT = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 8,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

export function coverSection(ctx: ReportContext, confidentiality: string, generatedAt: string): PdfContent[] {
  const { t, assessment, content } = ctx;
  const meta = assessment.meta;
  const fact = (label: string, value: string): PdfContent[] => [
    { text: ctx.runs(label), bold: true, fontSize: 9 },
    { text: ctx.runs(value), fontSize: 9 },
  ];
  const facts: PdfContent[][] = [fact(t('cover.assessmentDate'), formatDate(meta.assessmentDate, ctx.language)), fact(t('cover.generated'), formatDate(generatedAt, ctx.language))];
  if (meta.leadRespondent.trim()) facts.push(fact(t('cover.leadRespondent'), meta.leadRespondent));
  const q = content.questionnaire;
  const versions: PdfContent[][] = [
    fact(t('cover.assessmentId'), assessment.id),
    fact(t('cover.questionnaire'), `${ctx.loc(q.title)} (${q.id} ${q.version})`),
    fact(t('cover.actionLibrary'), `${content.library.id} ${content.library.version}`),
    fact(t('cover.method'), `CapaMap ${METHOD_VERSION}`),
  ];
  const mark = confidentiality.trim();
  const box: PdfTable = {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: ctx.runs(t('cover.confidentiality').toUpperCase()), fontSize: 8, bold: true, characterSpacing: 0.6 },
              mark ? { text: ctx.runs(mark), fontSize: 13, bold: true } : { text: ctx.runs(t('cover.noConfidentiality')), fontSize: 10, italics: true },
            ],
          },
        ],
      ],
    },
    layout: CARD_LAYOUT,
    margin: [0, 24, 0, 0],
  };
  return [
    { canvas: [{ type: 'rect', x: 0, y: 0, w: ctx.width, h: 6, color: '#000000' }], margin: [0, 30, 0, 18] },
    { text: ctx.runs(t('reportKind')), fontSize: 10.5, color: '#333333', margin: [0, 0, 0, 8] },
    { text: ctx.runs(t('reportTitle')), fontSize: 26, bold: true, lineHeight: 1.1, margin: [0, 0, 0, 36] },
    { text: ctx.runs(meta.institution), fontSize: 18, bold: true, lineHeight: 1.15, margin: [0, 0, 0, 4] },
    // A country not stated yet is left out rather than printed as a placeholder.
    countryStated(assessment) ? { text: ctx.runs(meta.country), fontSize: 13, margin: [0, 0, 0, 26] } : { text: '', margin: [0, 0, 0, 22] },
    // Scores from undecided workshop answers are not agreed results: the cover says so first.
    ...(ctx.results.workshop?.provisional ? [{ text: ctx.runs(t('provisional', { count: ctx.results.workshop.undecided })), fontSize: 12, bold: true, margin: [0, 0, 0, 16] as [number, number, number, number] }] : []),
    { table: { widths: ['auto', '*'], body: facts }, layout: FACTS_LAYOUT, margin: [0, 0, 0, 16] },
    { text: ctx.runs(t('cover.versions')), bold: true, fontSize: 10, margin: [0, 0, 0, 4] },
    { table: { widths: ['auto', '*'], body: versions }, layout: FACTS_LAYOUT },
    box,
    { text: ctx.runs(t('cover.footnote')), style: 'small', margin: [0, 40, 0, 0] },
  ];
}
