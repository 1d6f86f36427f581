import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG_LANGUAGES } from '../../../locales';
import { HELP_TOPICS } from '../../../renderer/src/components/help-topics';
import { linkTarget, parseInline, parseMarkdown, slugify, type Block, type Inline } from '../../../renderer/src/guide/markdown';

const GUIDE = join(__dirname, '../../../docs/user-guide');
const guide = (language: string) => parseMarkdown(readFileSync(join(GUIDE, `${language}.md`), 'utf8'));

/** Every link and image of a guide, wherever it sits. */
function inlines(blocks: Block[]): Inline[] {
  const walk = (nodes: Inline[]): Inline[] => nodes.flatMap((n) => [n, ...('children' in n ? walk(n.children) : [])]);
  return blocks.flatMap((b) => {
    if (b.kind === 'image') return [{ kind: 'image' as const, src: b.src, alt: b.alt }];
    if (b.kind === 'list') return b.items.flatMap(walk);
    return walk(b.children);
  });
}
const ids = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'heading' && b.level > 1 ? [b.id] : []));

describe('the guide Markdown reader', () => {
  it('reads headings with their own id or one made from the text', () => {
    expect(parseMarkdown('## Saving your work {#saving}\n\n### Autosave & history')).toEqual([
      { kind: 'heading', level: 2, id: 'saving', children: [{ kind: 'text', text: 'Saving your work' }] },
      { kind: 'heading', level: 3, id: 'autosave-history', children: [{ kind: 'text', text: 'Autosave & history' }] },
    ]);
    expect(slugify('Réponse « ne sait pas »')).toBe('reponse-ne-sait-pas');
    expect(slugify('保存工作')).toBe('保存工作');
  });

  it('joins the lines of a paragraph and of a list item, and tells lists, quotes and images apart', () => {
    const blocks = parseMarkdown('First line\nsecond line.\n\n- one\n  more\n- two\n\n1. first\n2. second\n\n> A tip\n> on two lines\n\n![Alt text](images/en/start.png)');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'list', 'list', 'quote', 'image']);
    expect(blocks[0]).toEqual({ kind: 'paragraph', children: [{ kind: 'text', text: 'First line second line.' }] });
    expect(blocks[1]).toMatchObject({ ordered: false, items: [[{ text: 'one more' }], [{ text: 'two' }]] });
    expect(blocks[2]).toMatchObject({ ordered: true, items: [[{ text: 'first' }], [{ text: 'second' }]] });
    expect(blocks[3]).toEqual({ kind: 'quote', children: [{ kind: 'text', text: 'A tip on two lines' }] });
    expect(blocks[4]).toEqual({ kind: 'image', alt: 'Alt text', src: 'images/en/start.png' });
  });

  it('reads bold, italic, code and links inside text, and keeps markup it does not know as text', () => {
    expect(parseInline('Press **Save** (*Ctrl+S*), see [saving](#saving) and `a.json`')).toEqual([
      { kind: 'text', text: 'Press ' },
      { kind: 'strong', children: [{ kind: 'text', text: 'Save' }] },
      { kind: 'text', text: ' (' },
      { kind: 'em', children: [{ kind: 'text', text: 'Ctrl+S' }] },
      { kind: 'text', text: '), see ' },
      { kind: 'link', href: '#saving', children: [{ kind: 'text', text: 'saving' }] },
      { kind: 'text', text: ' and ' },
      { kind: 'code', text: 'a.json' },
    ]);
    expect(parseInline('<script>alert(1)</script>')).toEqual([{ kind: 'text', text: '<script>alert(1)</script>' }]);
  });

  it('sends links to a section, to another language of the guide, or nowhere when they point outside', () => {
    expect(linkTarget('#saving')).toEqual({ kind: 'anchor', id: 'saving' });
    expect(linkTarget('fr.md')).toEqual({ kind: 'guide', language: 'fr', id: null });
    expect(linkTarget('./es.md#report')).toEqual({ kind: 'guide', language: 'es', id: 'report' });
    expect(linkTarget('https://example.org')).toEqual({ kind: 'outside', href: 'https://example.org' });
  });
});

describe('the user guide (docs/user-guide)', () => {
  const english = ids(guide('en'));

  for (const language of CATALOG_LANGUAGES) {
    it(`${language}: has the same sections as the English guide, and every link and image resolves inside it`, () => {
      const blocks = guide(language);
      expect(blocks[0]).toMatchObject({ kind: 'heading', level: 1 });
      expect(ids(blocks)).toEqual(english);
      for (const node of inlines(blocks)) {
        if (node.kind === 'image') expect(existsSync(join(GUIDE, node.src)), `${language}: ${node.src}`).toBe(true);
        if (node.kind !== 'link') continue;
        const target = linkTarget(node.href);
        expect(target.kind, `${language}: ${node.href}`).not.toBe('outside');
        if (target.kind === 'anchor') expect(english, `${language}: ${node.href}`).toContain(target.id);
        if (target.kind === 'guide') expect(CATALOG_LANGUAGES, `${language}: ${node.href}`).toContain(target.language);
      }
      expect(inlines(blocks).filter((n) => n.kind === 'image').length).toBeGreaterThanOrEqual(7);
    });
  }

  it('has the section that each screen’s help opens', () => {
    for (const { guide: id } of Object.values(HELP_TOPICS)) expect(english).toContain(id);
  });

  it('French puts a no-break space before high punctuation and inside guillemets', () => {
    const text = readFileSync(join(GUIDE, 'fr.md'), 'utf8');
    expect(text.match(/.{0,20} [:;?!»]|« /g)).toBeNull();
  });
});
