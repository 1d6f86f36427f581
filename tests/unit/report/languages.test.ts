import { describe, expect, it } from 'vitest';
import { REPORT_LANGUAGES, isRtl, type ReportLanguage } from '../../../core/report/language';
import { TRANSLATE, demo, sectionHeadings, extract, headings, lines, render, reportContent, squash } from './helpers';

const ARABIC_WORD = /[\u0600-\u06ff\u0750-\u077f]+/g;
const ENGLISH_ONLY = ['Decision brief', 'Investment plan', 'Monitoring framework', 'Where you stand', 'Security priorities', 'Action cards', 'Page 2 of'];

describe.each(REPORT_LANGUAGES.filter((l) => l !== 'en'))('report in %s', (language: ReportLanguage) => {
  const t = TRANSLATE[language];
  /*
   * pdf.js gives the text of a page in drawing order. In Arabic a line is drawn in visual order, so a
   * label mixing Arabic with figures ("الطور 1: 0–12 شهرًا") is looked for word by word: each Arabic
   * word whole (brackets and figures aside) (arabic.test.ts reads whole lines in reading order).
   */
  const found = (all: string, text: string) => (isRtl(language) ? (text.match(ARABIC_WORD) ?? []) : [text]).every((part) => all.includes(squash(part)));

  it('uses the labels of its language for headings, stages, phases, actors and the footer', async () => {
    const pages = await extract(await render(demo(), { language }));
    const all = squash(pages.map((p) => p.text).join('\n'));
    const h1 = headings(pages.slice(1), 18).map((h) => squash(h.text));
    expect(h1).toEqual(sectionHeadings(t).map(squash));
    for (const text of [
      t('reportTitle'),
      t('pillar.stands'),
      t('pillar.exists'),
      t('pillar.next'),
      t('summary.firstActions'),
      t('security.ranked'),
      t('plan.timeline'),
      t('monitoring.indicator'),
      t('phaseTitle', { phase: 1, name: t('phases.1') }),
      t('leadActors.ministry-ict'),
      t('appendix.assumptions'),
      t('cover.confidentiality').toUpperCase(),
    ])
      expect(found(all, text), text).toBe(true);
    expect([1, 2, 3, 4, 5].map((stage) => t(`stages.${stage}`)).filter((stage) => found(all, stage)).length).toBeGreaterThanOrEqual(3);
    const last = lines(pages[1]!).at(-1)!;
    expect(found(squash(last.text), t('pageOf', { page: 2, total: pages.length }))).toBe(true);
    for (const english of ENGLISH_ONLY) expect(all).not.toContain(squash(english));
    // Content is printed in the language too (the bundled questionnaire is translated; the mini fixture marks it).
    const section = reportContent().questionnaire.sections.find((s) => s.kind === 'pillar')!;
    expect(found(all, section.title[language] ?? section.title.en!)).toBe(true);
  });
});

describe('report fonts', () => {
  it('sets a Chinese report in the CJK font and other reports in Noto Sans only', async () => {
    const zh = await render(demo(), { language: 'zh', sections: ['summary'] });
    const en = await render(demo(), { language: 'en', sections: ['summary'] });
    const fonts = (pdf: Uint8Array) =>
      new Set(
        [
          ...Buffer.from(pdf)
            .toString('latin1')
            .matchAll(/\/BaseFont \/[A-Z]{6}\+([A-Za-z-]+)/g),
        ].map((m) => m[1]),
      );
    expect([...fonts(zh)].some((f) => f!.startsWith('NotoSansHans'))).toBe(true);
    expect([...fonts(en)].every((f) => f!.startsWith('NotoSans-'))).toBe(true);
  });
});
