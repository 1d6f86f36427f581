import { escapeAttr, escapeText } from '../core/charts/svg';
import { CJK_FONT, LATIN_FONT, PDF_FONTS } from '../core/report/fonts';
import { MARGINS, PAGE, STYLES } from '../core/report/layout';
import type { PdfContent, PdfDocDefinition, PdfInline, PdfNode, PdfStyle, PdfTextContent } from '../core/report/pdfmake-types';

export interface HtmlOptions {
  /** URL of each font file (keys: REPORT_FONT_FILES names), for @font-face. */
  fontUrls: Readonly<Record<string, string>>;
}

/**
 * The report as one printable HTML page, from the same document definition:
 * used to compare pdfmake with printing HTML in Chromium. Every text is
 * escaped; the chart SVG comes from toSvgString, which escapes its text.
 * What HTML cannot do alone (page numbers in the table of contents) is left
 * out.
 */
export function reportToHtml(doc: PdfDocDefinition, options: HtmlOptions): string {
  const page = doc.pageSize === 'A4' ? PAGE.a4 : PAGE.letter;
  const fontFaces = Object.entries(PDF_FONTS)
    .flatMap(([family, faces]) =>
      (['normal', 'bold', 'italics', 'bolditalics'] as const).map((face) => {
        const url = options.fontUrls[faces[face]];
        if (!url) return '';
        return `@font-face{font-family:"${family}";src:url("${escapeAttr(url)}");font-weight:${face.startsWith('bold') ? 700 : 400};font-style:${face.endsWith('italics') ? 'italic' : 'normal'}}`;
      }),
    )
    .join('\n');
  const classes = Object.entries(STYLES)
    .map(([name, style]) => `.${name}{${css(style)}}`)
    .join('\n');
  const toc: string[] = [];
  collectToc(doc.content, toc);
  const body = doc.content.map((c) => node(c, toc)).join('\n');
  const base = doc.defaultStyle;
  return `<!doctype html>
<html lang="${escapeAttr(doc.language ?? 'en')}"><head><meta charset="utf-8"><title>${escapeText(doc.info.title)}</title>
<style>
${fontFaces}
@page{size:${page.width}pt ${page.height}pt;margin:${MARGINS[1]}pt ${MARGINS[2]}pt ${MARGINS[3]}pt ${MARGINS[0]}pt}
html{font-family:"${base.font ?? LATIN_FONT}","${base.font === CJK_FONT ? LATIN_FONT : CJK_FONT}",sans-serif;font-size:${base.fontSize ?? 10}pt;line-height:${(base.lineHeight ?? 1.2) * 1.36}}
body{margin:0}
p{margin:0}
table{border-collapse:collapse;width:100%}
thead{display:table-header-group}
tr,.keep{break-inside:avoid}
th,td{text-align:left;vertical-align:top;padding:3pt 4pt;border-bottom:0.4pt solid #9a9a9a}
thead td{border-bottom:0.8pt solid #000}
.cols{display:flex;gap:8pt}
.cols>*{flex:1 1 0}
.cols>.auto{flex:0 0 auto}
svg{display:block;margin:0 auto}
${classes}
</style></head><body>
${body}
</body></html>`;
}

function css(style: PdfStyle): string {
  const out: string[] = [];
  if (style.fontSize) out.push(`font-size:${style.fontSize}pt`);
  if (style.bold) out.push('font-weight:700');
  if (style.italics) out.push('font-style:italic');
  if (style.color) out.push(`color:${style.color}`);
  if (style.fillColor) out.push(`background:${style.fillColor}`);
  if (style.alignment) out.push(`text-align:${style.alignment}`);
  if (style.font) out.push(`font-family:"${style.font}"`);
  if (style.margin !== undefined) {
    const m = typeof style.margin === 'number' ? [style.margin, style.margin, style.margin, style.margin] : style.margin.length === 2 ? [style.margin[0], style.margin[1], style.margin[0], style.margin[1]] : style.margin;
    out.push(`margin:${m[1]}pt ${m[2]}pt ${m[3]}pt ${m[0]}pt`);
  }
  return out.join(';');
}

function attrs(n: PdfNode, extraClass = ''): string {
  const names = [...(n.style === undefined ? [] : Array.isArray(n.style) ? n.style : [n.style]).filter((s) => /^[a-zA-Z0-9]+$/.test(s)), ...(n.unbreakable ? ['keep'] : []), ...(extraClass ? [extraClass] : [])];
  const style = css(n) + (n.pageBreak === 'before' ? ';break-before:page' : '');
  return `${names.length ? ` class="${names.join(' ')}"` : ''}${style ? ` style="${escapeAttr(style)}"` : ''}${n.id ? ` id="${escapeAttr(n.id)}"` : ''}`;
}

function inline(content: PdfTextContent): string {
  if (typeof content === 'string') return escapeText(content);
  if (Array.isArray(content)) return content.map(inline).join('');
  const run = content as PdfInline;
  const text = run.pageReference ? '' : inline(run.text as PdfTextContent);
  const style = css(run);
  return style ? `<span style="${escapeAttr(style)}">${text}</span>` : text;
}

function collectToc(content: PdfContent, out: string[]): void {
  if (typeof content === 'string') return;
  if (Array.isArray(content)) return content.forEach((c) => collectToc(c, out));
  if ('text' in content && content.tocItem) {
    const level = content.headlineLevel ?? content._headline;
    out.push(`<li class="${level === 1 ? 'tocLine' : 'tocSub'}" style="${level === 1 ? '' : 'margin-left:16pt'}">${inline(content.text)}</li>`);
  }
  for (const key of ['stack', 'columns', 'ul', 'ol'] as const) if (key in content) collectToc((content as unknown as Record<string, PdfContent[]>)[key]!, out);
}

function node(content: PdfContent, toc: readonly string[]): string {
  if (typeof content === 'string') return `<p>${escapeText(content)}</p>`;
  if (Array.isArray(content)) return content.map((c) => node(c, toc)).join('');
  const n = content;
  if ('text' in n) {
    const headline = n.headlineLevel ?? n._headline;
    const level = headline !== undefined && headline <= 3 ? headline : 0;
    const tag = level ? `h${level}` : 'p';
    return `<${tag}${attrs(n)}>${inline(n.text)}</${tag}>`;
  }
  if ('stack' in n) return `<div${attrs(n)}>${n.stack.map((c) => node(c, toc)).join('')}</div>`;
  if ('columns' in n) return `<div${attrs(n, 'cols')}>${n.columns.map((c) => `<div${typeof c === 'object' && !Array.isArray(c) && c.width === 'auto' ? ' class="auto"' : ''}>${node(c, toc)}</div>`).join('')}</div>`;
  if ('table' in n) {
    const rows = n.table.body.map((row) => `<tr>${row.map((cell) => `<td${typeof cell === 'object' && !Array.isArray(cell) ? attrs(cell as PdfNode) : ''}>${node(cell, toc)}</td>`).join('')}</tr>`);
    const head = n.table.headerRows ?? 0;
    return `<table${attrs(n)}>${head ? `<thead>${rows.slice(0, head).join('')}</thead>` : ''}<tbody>${rows.slice(head).join('')}</tbody></table>`;
  }
  if ('ul' in n || 'ol' in n) {
    const tag = 'ol' in n ? 'ol' : 'ul';
    return `<${tag}${attrs(n)}>${(n.ul ?? n.ol ?? []).map((c) => `<li>${node(c, toc)}</li>`).join('')}</${tag}>`;
  }
  if ('svg' in n) return `<div${attrs(n)}>${n.svg}</div>`;
  if ('toc' in n) return `<nav${attrs(n)}>${n.toc.title ? `<h1${attrs(n.toc.title)}>${inline(n.toc.title.text)}</h1>` : ''}<ul style="list-style:none;padding:0">${toc.join('')}</ul></nav>`;
  if ('canvas' in n) return `<hr${attrs(n)} style="border:0;border-top:6pt solid #000">`;
  return '';
}
