import { createElement, type ReactNode } from 'react';
import { SVG_TAGS, toReactProps, type SvgNode } from '../../../core/charts/svg';

const TAGS: ReadonlySet<string> = new Set(SVG_TAGS);
const SAFE_ATTR = /^[a-zA-Z][a-zA-Z0-9:-]*$/;

function renderNode(node: SvgNode, key: string | undefined, extra: Record<string, string> = {}): ReactNode {
  // The same guard as toSvgString: only chart elements, no event handlers, no links.
  if (!TAGS.has(node.tag)) return null;
  const attrs = Object.fromEntries(Object.entries(node.attrs).filter(([name]) => SAFE_ATTR.test(name) && !/^on/i.test(name) && !/href$/i.test(name)));
  const children: ReactNode[] = [];
  if (node.text !== undefined) children.push(node.text);
  node.children?.forEach((child, i) => children.push(renderNode(child, String(i))));
  return createElement(node.tag, { ...toReactProps(attrs), ...extra, key }, ...children);
}

/**
 * Draws a core/charts node tree as React SVG elements, element by element
 * (no markup strings). The chart's title and description become its
 * accessible name and description.
 */
export function SvgTree({ node, idPrefix, className }: { node: SvgNode; idPrefix: string; className?: string }) {
  let described = false;
  const children = (node.children ?? []).map((child, i) => {
    if (child.tag === 'title') return renderNode(child, String(i), { id: `${idPrefix}-title` });
    if (child.tag === 'desc') {
      described = true;
      return renderNode(child, String(i), { id: `${idPrefix}-desc` });
    }
    return renderNode(child, String(i));
  });
  const { width: _width, height: _height, ...attrs } = node.attrs;
  return createElement(
    'svg',
    {
      ...toReactProps(attrs),
      className,
      role: 'img',
      'aria-labelledby': `${idPrefix}-title`,
      ...(described ? { 'aria-describedby': `${idPrefix}-desc` } : {}),
      focusable: 'false',
    },
    ...children,
  );
}
