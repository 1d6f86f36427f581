/*
 * The user guide's Markdown, read into plain data that the guide view turns
 * into React elements. We write the guide ourselves and use a small subset
 * (headings, paragraphs, lists, quotes, images, links, bold, italic, code), so
 * a parser of our own is short; and because its output is data rendered by
 * React, never an HTML string, there is nothing to sanitise: a "<script>" in
 * the text stays text. Headings take an explicit id ("## Saving {#saving}") so
 * links from the app's screens reach the same section in every language.
 */

export type Inline =
  { kind: 'text'; text: string } | { kind: 'strong' | 'em'; children: Inline[] } | { kind: 'code'; text: string } | { kind: 'link'; href: string; children: Inline[] } | { kind: 'image'; src: string; alt: string };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; id: string; children: Inline[] }
  | { kind: 'paragraph'; children: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'quote'; children: Inline[] }
  | { kind: 'image'; src: string; alt: string };

/** A heading's id when it gives none: lower case, letters and digits of any script kept, the rest made dashes. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

const INLINE = /(!?)\[([^\]]*)\]\(([^)\s]*)\)|\*\*(.+?)\*\*|\*(.+?)\*|`([^`]+)`/gu;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    const [, bang, label, href, strong, em, code] = m;
    if (href !== undefined) out.push(bang ? { kind: 'image', src: href, alt: label! } : { kind: 'link', href, children: parseInline(label!) });
    else if (strong !== undefined) out.push({ kind: 'strong', children: parseInline(strong) });
    else if (em !== undefined) out.push({ kind: 'em', children: parseInline(em) });
    else out.push({ kind: 'code', text: code! });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

const HEADING = /^(#{1,4})\s+(.*?)(?:\s+\{#([\w-]+)\})?\s*$/;
const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;
const IMAGE_LINE = /^!\[([^\]]*)\]\(([^)\s]+)\)$/;

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  const isBlank = (line: string | undefined) => line === undefined || line.trim() === '';
  const startsBlock = (line: string) => HEADING.test(line) || BULLET.test(line) || NUMBERED.test(line) || line.startsWith('>');
  while (i < lines.length) {
    const line = lines[i]!;
    const heading = HEADING.exec(line);
    const image = IMAGE_LINE.exec(line.trim());
    if (isBlank(line)) i++;
    else if (heading) {
      const children = parseInline(heading[2]!);
      blocks.push({ kind: 'heading', level: heading[1]!.length as 1 | 2 | 3 | 4, id: heading[3] ?? slugify(heading[2]!), children });
      i++;
    } else if (image) {
      blocks.push({ kind: 'image', alt: image[1]!, src: image[2]! });
      i++;
    } else if (BULLET.test(line) || NUMBERED.test(line)) {
      const ordered = NUMBERED.test(line);
      const marker = ordered ? NUMBERED : BULLET;
      const items: string[] = [];
      // An item runs on over indented lines that start no new item.
      while (i < lines.length && !isBlank(lines[i])) {
        const item = marker.exec(lines[i]!);
        if (item) items.push(item[1]!);
        else if (items.length > 0 && /^\s/.test(lines[i]!)) items[items.length - 1] += ` ${lines[i]!.trim()}`;
        else break;
        i++;
      }
      blocks.push({ kind: 'list', ordered, items: items.map(parseInline) });
    } else if (line.startsWith('>')) {
      const text: string[] = [];
      while (i < lines.length && lines[i]!.startsWith('>')) text.push(lines[i++]!.replace(/^>\s?/, ''));
      blocks.push({ kind: 'quote', children: parseInline(text.join(' ').trim()) });
    } else {
      const text: string[] = [];
      while (i < lines.length && !isBlank(lines[i]) && (text.length === 0 || !startsBlock(lines[i]!))) text.push(lines[i++]!.trim());
      blocks.push({ kind: 'paragraph', children: parseInline(text.join(' ')) });
    }
  }
  return blocks;
}

/** Where a link in the guide leads: a section of this guide, a section of another language's guide, or outside (never followed). */
export type LinkTarget = { kind: 'anchor'; id: string } | { kind: 'guide'; language: string; id: string | null } | { kind: 'outside'; href: string };

export function linkTarget(href: string): LinkTarget {
  if (href.startsWith('#')) return { kind: 'anchor', id: href.slice(1) };
  const guide = /^(?:\.\/)?([a-z]{2})\.md(?:#([\w-]+))?$/.exec(href);
  if (guide) return { kind: 'guide', language: guide[1]!, id: guide[2] ?? null };
  return { kind: 'outside', href };
}
