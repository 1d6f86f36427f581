import { describe, expect, it } from 'vitest';
import { localize } from '../../../core/model/localize';
import type { Item } from '../../../core/model/schema/questionnaire';
import { buildBlankQuestionnaire } from '../../../core/report/blank-questionnaire';
import { REPORT_LANGUAGES, primaryFont, reportFontFiles } from '../../../core/report';
import type { PdfContent, PdfInline, PdfTextContent } from '../../../core/report/pdfmake-types';
import { reportTranslator } from '../../../locales';
import { reportContent } from '../report/helpers';

const q = reportContent().questionnaire;
const items = q.sections.flatMap((s) => s.items);
const GENERATED = '2026-03-01T10:00:00.000Z';

function plain(text: PdfTextContent | PdfInline[]): string {
  if (typeof text === 'string') return text;
  if (Array.isArray(text)) return text.map((t) => (typeof t === 'string' ? t : plain(t.text))).join('');
  return plain(text.text);
}

/** Every paragraph's whole text, and the number of tick boxes, walking the definition. */
function walk(content: PdfContent[]): { texts: string[]; boxes: number; breaks: number } {
  const out = { texts: [] as string[], boxes: 0, breaks: 0 };
  const visit = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as Record<string, unknown>;
    if (n.pageBreak === 'before') out.breaks++;
    if ('text' in n) out.texts.push(plain(n.text as PdfTextContent));
    if (Array.isArray(n.canvas)) out.boxes += (n.canvas as { type: string }[]).filter((c) => c.type === 'rect').length;
    for (const key of ['stack', 'columns', 'ul', 'table', 'body']) if (key in n) visit(n[key]);
  };
  visit(content);
  return out;
}

/** Tick boxes an item gets: each stage, "don't know", "not applicable" and three confidence marks; a risk adds likelihood and impact (five and "don't know" each); a profile question one per option. */
function boxesOf(item: Item): number {
  if (item.type === 'indicator') return 5 + 2 + 3;
  if (item.type === 'risk') return 2 * 6 + 5 + 2 + 3;
  return item.options?.length ?? 0;
}

describe.each(REPORT_LANGUAGES)('the blank questionnaire in %s', (language) => {
  it('prints every item with its question and its five stage descriptors, each once', async () => {
    const t = await reportTranslator(language);
    const definition = buildBlankQuestionnaire(q, t, { language, paper: 'a4', generatedAt: GENERATED });
    const { texts } = walk(definition.content);
    const count = (wanted: string) => texts.filter((text) => text === wanted).length;
    let descriptors = 0;
    for (const item of items) {
      const question = localize('statement' in item ? item.statement : item.label, language);
      expect(
        texts.some((text) => text.endsWith(question) && text.startsWith(item.id)),
        `${item.id}: ${question}`,
      ).toBe(true);
      const stages = item.type === 'indicator' ? item.stages : item.type === 'risk' ? item.preparedness : [];
      for (const stage of stages) {
        expect(count(localize(stage, language)), `${item.id}: ${localize(stage, language)}`).toBeGreaterThanOrEqual(1);
        descriptors++;
      }
      for (const option of item.type === 'choice' || item.type === 'multi' ? item.options! : []) expect(texts.some((text) => text.endsWith(`. ${localize(option.label, language)}`))).toBe(true);
    }
    const withStages = items.filter((i) => i.type === 'indicator' || i.type === 'risk').length;
    expect(descriptors).toBe(withStages * 5);
    expect(texts.filter((text) => /^[1-5] · /.test(text))).toHaveLength(withStages * 5);
    // No key of the catalog is printed as it is (an untranslated or missing key).
    expect(texts.filter((text) => /\bblank\.|\bstages\.|\bconfidence\./.test(text))).toEqual([]);
  });

  it('has a tick box for every stage, "don\'t know", "not applicable", confidence and option, and one part per section', async () => {
    const t = await reportTranslator(language);
    const definition = buildBlankQuestionnaire(q, t, { language, paper: 'letter', generatedAt: GENERATED });
    const { boxes, breaks, texts } = walk(definition.content);
    // The front page has one box per section: the parts the respondent answers.
    expect(boxes).toBe(q.sections.length + items.reduce((sum, item) => sum + boxesOf(item), 0));
    expect(breaks).toBe(q.sections.length);
    expect(texts.filter((text) => text === t('blank.respondent.name'))).toHaveLength(q.sections.length + 1);
    expect(definition.pageSize).toBe('LETTER');
    expect(definition.defaultStyle.font).toBe(primaryFont(language));
    expect(reportFontFiles(definition).some((f) => f.startsWith('NotoSansHans'))).toBe(language === 'zh');
  });
});

it('is the same for the same input, and refuses an invalid date', async () => {
  const t = await reportTranslator('fr');
  const build = () => buildBlankQuestionnaire(q, t, { language: 'fr', paper: 'a4', generatedAt: GENERATED });
  expect(JSON.stringify(build())).toBe(JSON.stringify(build()));
  expect(() => buildBlankQuestionnaire(q, t, { language: 'fr', paper: 'a4', generatedAt: 'yesterday' })).toThrow(/generatedAt/);
});
