import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fontPaths } from '../../../cli/pdf';
import { ARABIC_COVERAGE, CJK_COVERAGE, LATIN_COVERAGE, covers } from '../../../core/report/coverage';
import {
  ARABIC_FONT,
  ARABIC_LINE_SCALE,
  ASCII_ADVANCES,
  CJK_FONT,
  CJK_PIECE,
  LATIN_FONT,
  fontFor,
  withDocumentFallbacks,
  PDF_FONTS,
  cjkPieces,
  fontRuns,
  maxTextWidth,
  oneLine,
  primaryFont,
  reportFontFiles,
  textRuns,
  withReportFonts,
} from '../../../core/report/fonts';
import { buildReport, reportInput, type ReportSectionId } from '../../../core/report/build';
import { REPORT_LANGUAGES } from '../../../core/report/language';
import { RESOURCES } from '../../../locales/all';
import type { SvgNode } from '../../../core/charts/svg';
import { TRANSLATE, demo, miniContent, options } from './helpers';

interface FontkitFont {
  characterSet: number[];
  unitsPerEm: number;
  glyphForCodePoint(c: number): { advanceWidth: number };
  layout(text: string): { advanceWidth: number };
}
const fontkit = createRequire(__filename)('fontkit') as { openSync(path: string): FontkitFont };

/** Every string of a catalog namespace. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('font coverage tables', () => {
  it('match the characters of the bundled font files', () => {
    const paths = fontPaths();
    const check = (files: string[], coverage: typeof LATIN_COVERAGE) => {
      const sets = files.map((f) => new Set(fontkit.openSync(paths[f]!).characterSet));
      const inAll = [...sets[0]!].filter((c) => sets.every((s) => s.has(c)));
      for (const c of inAll) expect(covers(coverage, c), `U+${c.toString(16)}`).toBe(true);
      let covered = 0;
      for (const [first, last] of coverage) covered += last - first + 1;
      expect(covered).toBe(inAll.length);
    };
    check(['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf', 'NotoSans-Italic.ttf', 'NotoSans-BoldItalic.ttf'], LATIN_COVERAGE);
    check(['NotoSansHans-Regular.otf', 'NotoSansHans-Bold.otf'], CJK_COVERAGE);
    check(['NotoNaskhArabic-Regular.ttf', 'NotoNaskhArabic-Bold.ttf'], ARABIC_COVERAGE);
  });

  it('cover every character of the report catalog (no missing glyphs)', () => {
    const coverage = { [LATIN_FONT]: LATIN_COVERAGE, [CJK_FONT]: CJK_COVERAGE, [ARABIC_FONT]: ARABIC_COVERAGE };
    for (const language of REPORT_LANGUAGES) {
      const primary = primaryFont(language);
      for (const text of strings(RESOURCES[language].report))
        for (const ch of text) {
          const c = ch.codePointAt(0)!;
          expect(covers(coverage[fontFor(c, primary)], c), `${language}: "${ch}" in "${text}"`).toBe(true);
        }
    }
  });
});

describe('text widths', () => {
  const paths = fontPaths();
  const open = (family: keyof typeof PDF_FONTS, bold: boolean) => fontkit.openSync(paths[PDF_FONTS[family][bold ? 'bold' : 'normal']]!);

  it('match the advance widths of printable ASCII in the font files', () => {
    for (const family of [LATIN_FONT, CJK_FONT, ARABIC_FONT] as const)
      for (const bold of [false, true]) {
        const font = open(family, bold);
        const widths = ASCII_ADVANCES[family][bold ? 'bold' : 'normal'];
        expect(widths).toHaveLength(95);
        widths.forEach((w, i) => expect(w, `${family} ${bold} U+${(0x20 + i).toString(16)}`).toBe(Math.round((font.glyphForCodePoint(0x20 + i).advanceWidth * 1000) / font.unitsPerEm)));
      }
  });

  it('never underestimate the width a text takes on one line', () => {
    const samples = [
      ...REPORT_LANGUAGES.flatMap((language) => [TRANSLATE[language]('runningTitle'), TRANSLATE[language]('pageOf', { page: 38, total: 40 }), TRANSLATE[language]('cover.confidentiality')]),
      'Ministry of Digital Economy and Innovation',
      'Ministère de la Transformation numérique, de l’Innovation et de l’Économie',
      'WWW MMM @@@ %%% ——— …',
      '数据中心的备用电源 Data',
      'خارطة طريق بناء القدرات · Ministry of Finance 2025',
    ];
    for (const text of samples)
      for (const primary of [LATIN_FONT, CJK_FONT, ARABIC_FONT] as const)
        for (const bold of [false, true]) {
          let width = 0;
          for (const run of fontRuns(text, primary)) {
            const font = open(run.font, bold);
            width += (font.layout(run.text).advanceWidth / font.unitsPerEm) * 7.5;
          }
          expect(maxTextWidth(text, primary, 7.5, bold), `${text} ${primary} ${bold}`).toBeGreaterThanOrEqual(width);
        }
  });

  it('set a text as one piece only when it surely fits', () => {
    expect(oneLine('For official use', LATIN_FONT, 7.5, 200, true)).toEqual([{ text: 'For official use', noWrap: true }]);
    expect(oneLine('For official use', LATIN_FONT, 7.5, 20, true)).toBe('For official use');
    expect(oneLine('Two\nlines', LATIN_FONT, 7.5, 500)).toEqual(textRuns('Two\nlines', LATIN_FONT));
    expect(oneLine('', LATIN_FONT, 7.5, 500)).toBe('');
    // As one piece, an Arabic name with a vowelled hamza keeps the composition rule textRuns gives it (fonts.ts).
    expect(oneLine('Ministry أُنجزت', LATIN_FONT, 7.5, 500)).toEqual([
      { text: 'Ministry ', noWrap: true },
      { text: 'أُنجزت', noWrap: true, font: ARABIC_FONT, fontFeatures: { ccmp: false } },
    ]);
  });
});

describe('Arabic text', () => {
  it('is set in Noto Naskh Arabic, a Latin name in it in Noto Sans through its spaces and figures', () => {
    expect(primaryFont('ar')).toBe(ARABIC_FONT);
    expect(fontRuns('يقود Ministry of Finance 2025 العمل', ARABIC_FONT)).toEqual([
      { text: 'يقود ', font: ARABIC_FONT },
      { text: 'Ministry of Finance 2025 ', font: LATIN_FONT },
      { text: 'العمل', font: ARABIC_FONT },
    ]);
    // A line break switches no font (it used to start a CJK run that Latin text then carried on).
    expect(fontRuns('يقيّم\nRates the country', ARABIC_FONT)).toEqual([
      { text: 'يقيّم\n', font: ARABIC_FONT },
      { text: 'Rates the country', font: LATIN_FONT },
    ]);
    // An Arabic name in an English report finds its font too.
    expect(fontRuns('Dr. سامي', LATIN_FONT).at(-1)).toEqual({ text: 'سامي', font: ARABIC_FONT });
  });

  it('gives text a section wrote without font runs its runs, keeping widths, style names and the inline style', () => {
    const definition = withDocumentFallbacks({
      pageSize: 'A4',
      pageMargins: [54, 60, 54, 60],
      info: { title: '', creator: '', producer: '', creationDate: new Date(0), modDate: new Date(0) },
      styles: {},
      defaultStyle: { font: ARABIC_FONT, lineHeight: 1.2 },
      content: [{ table: { widths: ['*', 'auto'], body: [['#', { text: [{ text: 'Q1', bold: true }] }]] }, style: 'td', lineHeight: 1.1 }],
    });
    expect(definition.defaultStyle.lineHeight).toBeCloseTo(1.2 * ARABIC_LINE_SCALE, 6);
    expect(definition.content).toEqual([
      { table: { widths: ['*', 'auto'], body: [[{ text: [{ text: '#', font: LATIN_FONT }] }, { text: [{ text: 'Q1', bold: true, font: LATIN_FONT }] }]] }, style: 'td', lineHeight: 1.1 * ARABIC_LINE_SCALE },
    ]);
  });

  it('spaces lines as Noto Sans does: ARABIC_LINE_SCALE matches the fonts', () => {
    const paths = fontPaths();
    const line = (file: string) => {
      const font = fontkit.openSync(paths[file]!) as FontkitFont & { ascent: number; descent: number; lineGap: number };
      return (font.ascent - font.descent + font.lineGap) / font.unitsPerEm;
    };
    expect(ARABIC_LINE_SCALE).toBeCloseTo(line('NotoSans-Regular.ttf') / line('NotoNaskhArabic-Regular.ttf'), 3);
  });
});

describe('font runs', () => {
  it('switches to the CJK font for Chinese text inside a Latin report and back', () => {
    expect(fontRuns('Note: 数据中心。 Done', LATIN_FONT)).toEqual([
      { text: 'Note: ', font: LATIN_FONT },
      { text: '数据中心。', font: CJK_FONT },
      { text: ' Done', font: LATIN_FONT },
    ]);
  });

  it('keeps Chinese reports in the CJK font, switching only for characters it lacks', () => {
    const latinOnly = [...'ŴŵŶŷẀẁ'].find((ch) => covers(LATIN_COVERAGE, ch.codePointAt(0)!) && !covers(CJK_COVERAGE, ch.codePointAt(0)!));
    expect(latinOnly).toBeDefined();
    expect(fontRuns('数据 CapaMap 2025', CJK_FONT)).toEqual([{ text: '数据 CapaMap 2025', font: CJK_FONT }]);
    expect(fontRuns(`数据${latinOnly}`, CJK_FONT)).toEqual([
      { text: '数据', font: CJK_FONT },
      { text: latinOnly, font: LATIN_FONT },
    ]);
  });

  it('returns plain strings when one font draws everything, inlines otherwise, with the text unchanged', () => {
    expect(textRuns('<script>alert(1)</script>', LATIN_FONT)).toBe('<script>alert(1)</script>');
    const mixed = textRuns('{"text":"x"} 中文', LATIN_FONT);
    expect(mixed).toEqual([{ text: '{"text":"x"} ' }, { text: '中文', font: CJK_FONT }]);
    expect(textRuns('', LATIN_FONT)).toBe('');
  });

  it('cuts long stretches of Chinese into pieces pdfmake keeps whole, only between two ideographs', () => {
    const text = '上一版路线图中的 30 项库内行动有 5 项现已完成：触发这些行动的每道题目现在都已高于其触发范围。';
    const pieces = cjkPieces(text);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    const ideograph = /[\u4e00-\u9fff]/u;
    for (const [i, piece] of pieces.entries()) {
      if (!piece.noWrap) continue;
      expect([...piece.text].filter((ch) => ideograph.test(ch)).length).toBeLessThanOrEqual(CJK_PIECE + 1);
      const next = pieces[i + 1];
      // A line may break after a piece: between two ideographs, never before a closing mark.
      if (next?.noWrap) {
        expect(ideograph.test([...piece.text].at(-1)!)).toBe(true);
        expect(ideograph.test([...next.text][0]!)).toBe(true);
      }
    }
    expect(pieces.filter((p) => !p.noWrap).map((p) => p.text)).toEqual([' 30 ', ' 5 ']);
    // Short labels (a narrow column header) and Latin text are left to pdfmake; a known term is kept whole.
    expect(cjkPieces('风险较高')).toEqual([
      { text: '风险', noWrap: true },
      { text: '较高', noWrap: false },
    ]);
    expect(cjkPieces('较高的')).toEqual([{ text: '较高的', noWrap: false }]);
    expect(cjkPieces('Ministry of Digital Economy')).toEqual([{ text: 'Ministry of Digital Economy', noWrap: false }]);
    expect(textRuns('较高的', CJK_FONT)).toBe('较高的');
    expect(textRuns('人工智能军事应用', CJK_FONT)).toEqual([{ text: '人工智能军事应用', noWrap: true }]);
    expect(textRuns('加强数据保护机构的执法', CJK_FONT)).toEqual([
      { text: '加强', noWrap: true },
      { text: '数据保护机构', noWrap: true },
      { text: '的执法', noWrap: true },
    ]);
    // In a Latin report the Chinese pieces keep their font.
    expect(textRuns('Note: 数据中心的备用电源已经测试。', LATIN_FONT)).toEqual([
      { text: 'Note: ' },
      { text: '数据中', noWrap: true, font: CJK_FONT },
      { text: '心的备', noWrap: true, font: CJK_FONT },
      { text: '用电源', noWrap: true, font: CJK_FONT },
      { text: '已经测', noWrap: true, font: CJK_FONT },
      { text: '试。', noWrap: true, font: CJK_FONT },
    ]);
  });

  it('sets chart text in the report fonts, with a tspan per script', () => {
    const svg: SvgNode = {
      tag: 'svg',
      attrs: { width: 10, height: 10 },
      children: [
        { tag: 'text', attrs: { x: 1, y: 2 }, text: 'Data 数据' },
        { tag: 'text', attrs: { x: 1, y: 2 }, text: 'Data' },
      ],
    };
    const out = withReportFonts(svg, LATIN_FONT);
    expect(out.attrs['font-family']).toBe(LATIN_FONT);
    expect(out.children![0]!.text).toBeUndefined();
    expect(out.children![0]!.children).toEqual([
      { tag: 'tspan', attrs: { 'font-family': LATIN_FONT }, text: 'Data ' },
      { tag: 'tspan', attrs: { 'font-family': CJK_FONT }, text: '数据' },
    ]);
    expect(out.children![1]).toEqual(svg.children![1]);
  });
});

describe('font files a report needs', () => {
  const LATIN = ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf', 'NotoSans-Italic.ttf', 'NotoSans-BoldItalic.ttf'];
  const CJK = ['NotoSansHans-Regular.otf', 'NotoSansHans-Bold.otf'];
  const files = (edit: (a: ReturnType<typeof demo>) => void, language: 'en' | 'zh' = 'en', sections?: ReportSectionId[]) =>
    reportFontFiles(buildReport(reportInput(miniContent(), demo(miniContent(), edit), TRANSLATE[language]), options({ language, sections })));

  it('are the Latin faces alone for a report in a Latin script', () => {
    expect(files(() => {})).toEqual(LATIN);
  });

  it('include the CJK faces for a Chinese report', () => {
    expect(files(() => {}, 'zh')).toEqual([...LATIN, ...CJK]);
  });

  it('include the CJK faces when Chinese text appears in another report: a note, or only the running header', () => {
    expect(
      files((a) => {
        const id = Object.keys(a.answers).find((key) => a.answers[key]?.kind === 'stage')!;
        a.answers[id] = { kind: 'stage', stage: 2, notes: '数据中心' };
      }),
    ).toEqual([...LATIN, ...CJK]);
    // The institution's name is in the running header, drawn page by page from a function.
    expect(files((a) => (a.meta.institution = '国家统计局'), 'en', ['profile'])).toEqual([...LATIN, ...CJK]);
  });
});
