import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fontPaths } from '../../../cli/pdf';
import { CJK_COVERAGE, LATIN_COVERAGE, covers } from '../../../core/report/coverage';
import { CJK_FONT, LATIN_FONT, fontRuns, primaryFont, textRuns, withReportFonts } from '../../../core/report/fonts';
import { REPORT_LABELS, REPORT_LANGUAGES } from '../../../core/report/labels';
import type { SvgNode } from '../../../core/charts/svg';

const fontkit = createRequire(__filename)('fontkit') as { openSync(path: string): { characterSet: number[] } };

/** Every string reachable in a labels object, calling sentence functions with sample values. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return strings((value as (...args: unknown[]) => unknown)(12, 34, 5, 6, '7', '8'));
  if (Array.isArray(value)) return value.flatMap(strings);
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
  });

  it('cover every character of every report label (no missing glyphs)', () => {
    for (const language of REPORT_LANGUAGES) {
      const primary = primaryFont(language);
      const coverage = primary === CJK_FONT ? CJK_COVERAGE : LATIN_COVERAGE;
      for (const text of strings(REPORT_LABELS[language]))
        for (const ch of text) {
          const c = ch.codePointAt(0)!;
          expect(covers(coverage, c) || covers(primary === CJK_FONT ? LATIN_COVERAGE : CJK_COVERAGE, c), `${language}: "${ch}" in "${text}"`).toBe(true);
        }
    }
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

  it('sets chart text in the report fonts, with a tspan per script', () => {
    const svg: SvgNode = { tag: 'svg', attrs: { width: 10, height: 10 }, children: [{ tag: 'text', attrs: { x: 1, y: 2 }, text: 'Data 数据' }, { tag: 'text', attrs: { x: 1, y: 2 }, text: 'Data' }] };
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
