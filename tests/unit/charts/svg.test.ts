import { describe, expect, it } from 'vitest';
import { escapeAttr, escapeText, num, toReactProps, toSvgString, walkSvg, wrapLabel, type SvgNode } from '../../../core/charts/svg';

describe('toSvgString', () => {
  it('escapes text and attribute values', () => {
    const node: SvgNode = {
      tag: 'svg',
      attrs: { width: 10, height: 10 },
      children: [
        { tag: 'title', attrs: {}, text: '<script>alert(1)</script> & {"text":"x"}' },
        { tag: 'text', attrs: { x: 1, y: 2, class: '"><script>alert(2)</script>' }, text: "O'Brien <b>" },
      ],
    };
    const svg = toSvgString(node);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; {"text":"x"}');
    expect(svg).toContain('class="&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"');
    expect(svg).toContain("O'Brien &lt;b&gt;");
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">')).toBe(true);
    expect(svg.match(/<\//g)?.length).toBe(3);
  });

  it('drops characters XML cannot carry', () => {
    expect(escapeText('a\u0000b\u0007c\ud800d')).toBe('abcd');
    expect(escapeAttr('line\nbreak\t"q"')).toBe('line&#10;break&#9;&quot;q&quot;');
  });

  it('refuses unknown elements, event handlers and links', () => {
    expect(() => toSvgString({ tag: 'script' as never, attrs: {} })).toThrow(/element/);
    expect(() => toSvgString({ tag: 'foreignObject' as never, attrs: {} })).toThrow(/element/);
    expect(() => toSvgString({ tag: 'rect', attrs: { onload: 'alert(1)' } })).toThrow(/attribute/);
    expect(() => toSvgString({ tag: 'rect', attrs: { 'xlink:href': 'javascript:alert(1)' } })).toThrow(/attribute/);
    expect(() => toSvgString({ tag: 'rect', attrs: { 'a b': '1' } })).toThrow(/attribute/);
  });

  it('writes numbers compactly and refuses non-finite ones', () => {
    expect(num(1.23456)).toBe('1.23');
    expect(num(-0.001)).toBe('0');
    expect(num(20)).toBe('20');
    expect(() => num(Number.NaN)).toThrow();
    expect(toSvgString({ tag: 'circle', attrs: { cx: 1 / 3, cy: 2, r: 0.5 } })).toBe('<circle cx="0.33" cy="2" r="0.5"/>');
  });
});

describe('helpers', () => {
  it('renames attributes for React', () => {
    expect(toReactProps({ 'stroke-dasharray': '5 3', class: 'a', 'font-family': 'x', x: 1 })).toEqual({ strokeDasharray: '5 3', className: 'a', fontFamily: 'x', x: 1 });
  });

  it('wraps labels into lines and shortens the last one', () => {
    expect(wrapLabel('Cross-border data security', 70, 9, 3)).toEqual(['Cross-border', 'data security']);
    const lines = wrapLabel('one two three four five six seven eight nine ten', 40, 9, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(wrapLabel('人工智能军事应用与跨境数据', 40, 9, 3).length).toBeGreaterThan(1);
  });

  it('walks every node', () => {
    const seen: string[] = [];
    walkSvg({ tag: 'svg', attrs: {}, children: [{ tag: 'g', attrs: {}, children: [{ tag: 'rect', attrs: {} }] }] }, (n) => seen.push(n.tag));
    expect(seen).toEqual(['svg', 'g', 'rect']);
  });
});
