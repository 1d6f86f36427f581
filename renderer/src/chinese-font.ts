import bold from '../../node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Bold.otf?url';
import regular from '../../node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf?url';

/** What the interface draws with Noto Sans SC: ideographs, CJK punctuation, full-width forms. */
const CHINESE_RANGE = 'U+2E80-2FDF, U+3000-303F, U+3100-31BF, U+3400-4DBF, U+4E00-9FFF, U+F900-FAFF, U+FE30-FE4F, U+FF00-FFEF';

let added = false;

/**
 * Adds the interface's Chinese faces (the report's, see fonts.css) to the page, once. They are
 * not in the style sheet: a face there is fetched as soon as one of its characters is drawn, and
 * the language menu draws 中文 on every screen, so an English page read and checked 8 MB of font
 * while opening its first section. Each face is still fetched only when such characters appear.
 */
export function addChineseFaces(): void {
  if (added || typeof FontFace === 'undefined') return;
  added = true;
  for (const [url, weight] of [
    [regular, '400'],
    [bold, '600 700'],
  ] as const) {
    document.fonts.add(new FontFace('CapaMap Sans', `url(${url}) format('opentype')`, { weight, display: 'swap', unicodeRange: CHINESE_RANGE }));
  }
}
