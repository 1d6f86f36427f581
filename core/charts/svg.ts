/**
 * A tiny SVG node tree: pure data that the PDF report serialises with
 * toSvgString() and the React UI renders element by element. Builders in
 * this folder never touch a DOM and never build markup by concatenation.
 */
export type SvgAttrValue = string | number;

export interface SvgNode {
  tag: SvgTag;
  attrs: Record<string, SvgAttrValue>;
  children?: SvgNode[];
  /** Text content (for text, tspan, title, desc); always escaped on output. */
  text?: string;
}

/** The only elements chart builders produce; toSvgString refuses any other. */
export const SVG_TAGS = ['svg', 'g', 'title', 'desc', 'defs', 'pattern', 'path', 'line', 'polyline', 'polygon', 'rect', 'circle', 'text', 'tspan'] as const;
export type SvgTag = (typeof SVG_TAGS)[number];

const TAGS: ReadonlySet<string> = new Set(SVG_TAGS);
const ATTR_NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;

/** Removes characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF). */
export function xmlSafe(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

export function escapeText(value: string): string {
  return xmlSafe(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** Numbers with at most two decimals and no "-0", so output is compact and stable. */
export function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`chart coordinate is not a finite number: ${value}`);
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function attrValue(value: SvgAttrValue): string {
  return typeof value === 'number' ? num(value) : value;
}

/**
 * Serialises a node tree to SVG markup. Every text and attribute value is
 * escaped; element and attribute names are checked (known elements only, no
 * event handlers), so no caller-supplied string can become markup.
 */
export function toSvgString(node: SvgNode): string {
  if (!TAGS.has(node.tag)) throw new Error(`unexpected SVG element <${String(node.tag)}>`);
  let out = `<${node.tag}`;
  if (node.tag === 'svg' && !('xmlns' in node.attrs)) out += ' xmlns="http://www.w3.org/2000/svg"';
  for (const [name, value] of Object.entries(node.attrs)) {
    if (!ATTR_NAME.test(name) || /^on/i.test(name) || /href$/i.test(name)) throw new Error(`unexpected SVG attribute "${name}"`);
    out += ` ${name}="${escapeAttr(attrValue(value))}"`;
  }
  const inner = (node.text !== undefined ? escapeText(node.text) : '') + (node.children ?? []).map(toSvgString).join('');
  return inner === '' ? `${out}/>` : `${out}>${inner}</${node.tag}>`;
}

/** React spells SVG attributes in camelCase ("stroke-dasharray" → "strokeDasharray", "class" → "className"). */
export function toReactProps(attrs: Readonly<Record<string, SvgAttrValue>>): Record<string, SvgAttrValue> {
  const props: Record<string, SvgAttrValue> = {};
  for (const [name, value] of Object.entries(attrs)) {
    const key = name === 'class' ? 'className' : name.replace(/[-:]([a-z])/g, (_, c: string) => c.toUpperCase());
    props[key] = value;
  }
  return props;
}

/** Every node of a tree, depth first (for tests and for walkers such as font assignment). */
export function walkSvg(node: SvgNode, visit: (node: SvgNode, parent: SvgNode | null) => void, parent: SvgNode | null = null): void {
  visit(node, parent);
  for (const child of node.children ?? []) walkSvg(child, visit, node);
}

/** A copy of the tree with each node replaced by what map returns (children mapped first). */
export function mapSvg(node: SvgNode, map: (node: SvgNode) => SvgNode): SvgNode {
  const children = node.children?.map((c) => mapSvg(c, map));
  return map(children ? { ...node, children } : { ...node });
}

/** Rough width of a label in user units, for layout only (CJK glyphs are about one em wide). */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += isWide(ch) ? 1 : /[A-Z0-9mwMW@%]/.test(ch) ? 0.65 : /[ il.,:;'|!·]/.test(ch) ? 0.3 : 0.52;
  return em * fontSize;
}

export function isWide(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || c >= 0x20000;
}

/**
 * Breaks a label into at most maxLines lines of about maxWidth units; the
 * last line ends with "…" when the label is longer. CJK text breaks
 * between any two characters, other scripts at spaces.
 */
export function wrapLabel(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const tokens = text
    .trim()
    .split(/(\s+)/)
    .flatMap((t) => (/[\u2e80-\u9fff\uff00-\uff60]/.test(t) ? [...t] : [t]))
    .filter((t) => t !== '');
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line.trim() !== '' && estimateTextWidth(candidate.trim(), fontSize) > maxWidth) {
      lines.push(line.trim());
      line = /^\s+$/.test(token) ? '' : token;
    } else line = candidate;
  }
  if (line.trim() !== '') lines.push(line.trim());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 1 && estimateTextWidth(`${last}…`, fontSize) > maxWidth) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** A text element with one tspan per line, centred on y as a block. */
export function multilineText(lines: readonly string[], x: number, y: number, fontSize: number, attrs: Record<string, SvgAttrValue> = {}): SvgNode {
  const lineHeight = fontSize * 1.2;
  const top = y - ((lines.length - 1) * lineHeight) / 2;
  if (lines.length === 1) return { tag: 'text', attrs: { x, y: top, 'font-size': fontSize, ...attrs }, text: lines[0] ?? '' };
  return {
    tag: 'text',
    attrs: { x, y: top, 'font-size': fontSize, ...attrs },
    children: lines.map((line, i) => ({ tag: 'tspan', attrs: { x, y: top + i * lineHeight }, text: line })),
  };
}
