import { describe, expect, it } from 'vitest';
import { radarChart, type RadarAxis } from '../../../core/charts/radar';
import { num, toSvgString, walkSvg, type SvgNode } from '../../../core/charts/svg';

function find(root: SvgNode, cls: string): SvgNode[] {
  const out: SvgNode[] = [];
  walkSvg(root, (n) => {
    if (
      String(n.attrs.class ?? '')
        .split(' ')
        .includes(cls)
    )
      out.push(n);
  });
  return out;
}

function texts(root: SvgNode): string[] {
  const out: string[] = [];
  walkSvg(root, (n) => {
    if ((n.tag === 'text' || n.tag === 'tspan') && n.text !== undefined) out.push(n.text);
  });
  return out;
}

const AXES: RadarAxis[] = [
  { label: 'Compute', current: 1.6, target: 3 },
  { label: 'Data', current: 2.9, target: 4 },
  { label: 'Models', current: null, target: 3 },
  { label: 'Talent', current: 2.2, target: 3 },
];

describe('radarChart', () => {
  it('draws one spoke, label and target mark per axis and a current mark per known value', () => {
    for (const n of [3, 4, 5, 7]) {
      const axes = Array.from({ length: n }, (_, i) => ({ label: `Axis ${i}`, current: i === 1 ? null : 1 + (i % 5), target: 5 }));
      const svg = radarChart(axes, 400);
      expect(find(svg, 'radar-spoke')).toHaveLength(n);
      expect(find(svg, 'radar-axis-label')).toHaveLength(n);
      expect(find(svg, 'radar-target-mark')).toHaveLength(n);
      expect(find(svg, 'radar-current-mark')).toHaveLength(n - 1);
      expect(find(svg, 'radar-ring')).toHaveLength(5);
    }
  });

  it('places values on the 1–5 scale: stage 5 on the outer ring, the first axis straight up', () => {
    const svg = radarChart(
      [
        { label: 'A', current: 5, target: 5 },
        { label: 'B', current: 5, target: 5 },
        { label: 'C', current: 5, target: 5 },
      ],
      400,
    );
    const outer = find(svg, 'radar-ring')[4]!.attrs.points as string;
    const [first] = find(svg, 'radar-current-mark');
    expect(outer.split(' ')[0]).toBe(`${num(Number(first!.attrs.cx))},${num(Number(first!.attrs.cy))}`);
    expect(first!.attrs.cx).toBeCloseTo(200, 1);
    const half = radarChart(
      [
        { label: 'A', current: 2.5, target: 5 },
        { label: 'B', current: 5, target: 5 },
        { label: 'C', current: 5, target: 5 },
      ],
      400,
    );
    const centreY = Number(first!.attrs.cy) + 100; // radius is a quarter of the width
    expect(Number(find(half, 'radar-current-mark')[0]!.attrs.cy)).toBeCloseTo(centreY - 50, 1);
  });

  it('reads in black and white: solid hatched current, dashed target, both in the legend', () => {
    const svg = radarChart(AXES, 400, { current: 'Current stage', target: 'Target stage' });
    const target = find(svg, 'radar-target')[0]!.children![0]!;
    expect(target.attrs['stroke-dasharray']).toBe('5 3');
    expect(target.attrs.fill).toBe('none');
    const current = find(svg, 'radar-current')[0]!.children![0]!;
    expect(current.attrs['stroke-dasharray']).toBeUndefined();
    const legend = find(svg, 'radar-legend')[0]!;
    expect(texts(legend)).toEqual(['Current stage', 'Target stage']);
    expect(legend.children!.filter((c) => c.tag === 'line').map((c) => c.attrs['stroke-dasharray'])).toEqual([undefined, '5 3']);
    const full = radarChart(
      AXES.map((a) => ({ ...a, current: a.current ?? 2 })),
      400,
    );
    expect(find(full, 'radar-current')[0]!.children![0]!.attrs.fill).toBe('url(#radar-hatch)');
  });

  it('marks an axis without data instead of inventing a value', () => {
    const svg = radarChart(AXES, 400, { noData: 'no data' });
    expect(texts(svg).join(' ')).toContain('(no data)');
    const path = find(svg, 'radar-current')[0]!.children![0]!;
    expect(path.tag).toBe('path');
    expect((path.attrs.d as string).match(/M/g)).toHaveLength(2);
  });

  it('escapes labels in the SVG string and describes the data for screen readers', () => {
    const svg = radarChart([{ label: '<script>x</script>', current: 2, target: 3 }, ...AXES.slice(1)], 400, { title: 'Profile & gaps' });
    const markup = toSvgString(svg);
    expect(markup).not.toContain('<script>');
    expect(markup).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(markup).toContain('<title>Profile &amp; gaps</title>');
    expect(svg.children!.find((c) => c.tag === 'desc')!.text).toContain('Data: Current stage 2.9, Target stage 4');
    expect(Number(svg.attrs.width)).toBe(400);
    expect(svg.attrs.viewBox).toBe(`0 0 400 ${svg.attrs.height}`);
  });
});
