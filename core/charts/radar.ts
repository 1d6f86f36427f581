import { estimateTextWidth, multilineText, num, wrapLabel, type SvgNode } from './svg';

export interface RadarAxis {
  label: string;
  /** Current stage (1–5); null when the pillar has no answered indicator. */
  current: number | null;
  /** Target stage (1–5). */
  target: number;
}

export interface RadarLabels {
  /** Chart title, also read by screen readers. */
  title: string;
  current: string;
  target: string;
  /** Shown after an axis label when that axis has no current value. */
  noData: string;
}

const DEFAULT_LABELS: RadarLabels = { title: 'Capacity profile: current and target stage', current: 'Current stage', target: 'Target stage', noData: 'no data' };

const STAGES = 5;
const FONT = 9;
const LEGEND_HEIGHT = 26;

/**
 * Radar (spider) chart of current against target stages on the 1–5 scale.
 * Reads in black and white: the current profile is a solid line with round
 * markers over a hatched area, the target a dashed line with square markers,
 * and a legend names both. The drawing is size units wide; its height
 * follows from the plot (about 0.75 × size) plus the legend.
 */
export function radarChart(axes: readonly RadarAxis[], size: number, labels: Partial<RadarLabels> = {}): SvgNode {
  const l = { ...DEFAULT_LABELS, ...labels };
  const n = axes.length;
  const radius = size * 0.25;
  const cx = size / 2;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / Math.max(n, 1);
  const LABEL_AT = STAGES * 1.1;
  // Axis labels are wrapped first: the room they take above and below the plot sets its height.
  const wrapped = axes.map((a, i) => {
    const cos = Math.cos(angle(i));
    const sin = Math.sin(angle(i));
    const x = cx + radius * (LABEL_AT / STAGES) * cos;
    const anchor = Math.abs(cos) < 0.3 ? 'middle' : cos > 0 ? 'start' : 'end';
    const room = anchor === 'middle' ? size * 0.5 : Math.max(40, (anchor === 'start' ? size - x : x) - 4);
    const text = a.current === null ? `${a.label} (${l.noData})` : a.label;
    // The labels are bold, wider than the width estimate (made for regular type) says: wrap with room to spare.
    return { anchor, sin, lines: wrapLabel(text, room / 1.15, FONT, 3) };
  });
  const linesWhere = (test: (sin: number) => boolean) => Math.max(0, ...wrapped.filter((w) => test(w.sin)).map((w) => w.lines.length));
  const topLines = linesWhere((sin) => sin < -0.3);
  const bottomLines = linesWhere((sin) => sin > 0.3);
  const cy = 8 + (topLines > 0 ? topLines * FONT * 1.2 + 4 : 0) + radius * 1.1;
  const point = (i: number, value: number) => [cx + radius * (value / STAGES) * Math.cos(angle(i)), cy + radius * (value / STAGES) * Math.sin(angle(i))] as const;
  const pts = (values: readonly number[]) => values.map((v, i) => point(i, v).map(num).join(',')).join(' ');
  const plotBottom = cy + radius * 1.1 + (bottomLines > 0 ? FONT + 4 + (bottomLines - 1) * FONT * 1.2 : 0) + 10;
  const height = plotBottom + LEGEND_HEIGHT;

  const children: SvgNode[] = [
    { tag: 'title', attrs: {}, text: l.title },
    {
      tag: 'desc',
      attrs: {},
      text: axes.map((a) => `${a.label}: ${l.current} ${a.current === null ? l.noData : num(a.current)}, ${l.target} ${num(a.target)}`).join('; '),
    },
    {
      tag: 'defs',
      attrs: {},
      children: [
        {
          tag: 'pattern',
          attrs: { id: 'radar-hatch', patternUnits: 'userSpaceOnUse', width: 5, height: 5 },
          children: [{ tag: 'path', attrs: { d: 'M0,5 L5,0 M-1,1 L1,-1 M4,6 L6,4', stroke: '#555555', 'stroke-width': 0.7 } }],
        },
      ],
    },
  ];

  // Grid: one ring per stage, one spoke per axis, the stage numbers along the first spoke.
  const grid: SvgNode[] = [];
  for (let stage = 1; stage <= STAGES; stage++) {
    grid.push({
      tag: 'polygon',
      attrs: { class: 'radar-ring', points: pts(axes.map(() => stage)), fill: 'none', stroke: stage === STAGES ? '#777777' : '#bbbbbb', 'stroke-width': stage === STAGES ? 0.8 : 0.5 },
    });
  }
  axes.forEach((_, i) => {
    const [x, y] = point(i, STAGES);
    grid.push({ tag: 'line', attrs: { class: 'radar-spoke', x1: cx, y1: cy, x2: x, y2: y, stroke: '#999999', 'stroke-width': 0.5 } });
  });
  for (let stage = 1; stage <= STAGES; stage++) {
    const [x, y] = point(0, stage);
    grid.push({ tag: 'text', attrs: { class: 'radar-stage', x: x + 6, y: y - 2, 'font-size': 7, fill: '#555555' }, text: String(stage) });
  }
  children.push({ tag: 'g', attrs: { class: 'radar-grid' }, children: grid });

  // Target: dashed outline, square markers.
  children.push({
    tag: 'g',
    attrs: { class: 'radar-target' },
    children: [
      { tag: 'polygon', attrs: { points: pts(axes.map((a) => a.target)), fill: 'none', stroke: '#000000', 'stroke-width': 1.2, 'stroke-dasharray': '5 3' } },
      ...axes.map((a, i): SvgNode => {
        const [x, y] = point(i, a.target);
        return { tag: 'rect', attrs: { class: 'radar-target-mark', x: x - 2.6, y: y - 2.6, width: 5.2, height: 5.2, fill: '#ffffff', stroke: '#000000', 'stroke-width': 1 } };
      }),
    ],
  });

  // Current: hatched area and solid outline between neighbouring axes that both have data.
  const current: SvgNode[] = [];
  const known = axes.map((a) => a.current);
  if (known.every((v) => v !== null)) {
    current.push({ tag: 'polygon', attrs: { points: pts(known as number[]), fill: 'url(#radar-hatch)', stroke: '#000000', 'stroke-width': 2 } });
  } else {
    const segments: string[] = [];
    axes.forEach((a, i) => {
      const next = axes[(i + 1) % n]!;
      if (n > 1 && a.current !== null && next.current !== null && (i + 1 < n || n > 2)) {
        const [x1, y1] = point(i, a.current);
        const [x2, y2] = point((i + 1) % n, next.current);
        segments.push(`M${num(x1)},${num(y1)} L${num(x2)},${num(y2)}`);
      }
    });
    if (segments.length > 0) current.push({ tag: 'path', attrs: { d: segments.join(' '), fill: 'none', stroke: '#000000', 'stroke-width': 2 } });
  }
  axes.forEach((a, i) => {
    if (a.current === null) return;
    const [x, y] = point(i, a.current);
    current.push({ tag: 'circle', attrs: { class: 'radar-current-mark', cx: x, cy: y, r: 3, fill: '#000000' } });
  });
  children.push({ tag: 'g', attrs: { class: 'radar-current' }, children: current });

  // Axis labels outside the outer ring, anchored away from the centre.
  const labelNodes = axes.map((_, i): SvgNode => {
    const [x, y] = point(i, LABEL_AT);
    const { anchor, sin, lines } = wrapped[i]!;
    const block = ((lines.length - 1) * FONT * 1.2) / 2;
    const dy = sin > 0.3 ? FONT + 2 + block : sin < -0.3 ? -4 - block : FONT * 0.35;
    return multilineText(lines, x, y + dy, FONT, { class: 'radar-axis-label', 'text-anchor': anchor, 'font-weight': 'bold', fill: '#000000' });
  });
  children.push({ tag: 'g', attrs: { class: 'radar-labels' }, children: labelNodes });

  // Legend: both samples on one line, centred under the plot.
  const ly = plotBottom + 6;
  const currentWidth = 32 + estimateTextWidth(l.current, FONT);
  const legendWidth = currentWidth + 18 + 32 + estimateTextWidth(l.target, FONT);
  const lx = Math.max(2, cx - legendWidth / 2);
  const tx = lx + currentWidth + 18;
  children.push({
    tag: 'g',
    attrs: { class: 'radar-legend' },
    children: [
      { tag: 'line', attrs: { x1: lx, y1: ly, x2: lx + 26, y2: ly, stroke: '#000000', 'stroke-width': 2 } },
      { tag: 'circle', attrs: { cx: lx + 13, cy: ly, r: 3, fill: '#000000' } },
      { tag: 'text', attrs: { x: lx + 32, y: ly + 3, 'font-size': FONT, fill: '#000000' }, text: l.current },
      { tag: 'line', attrs: { x1: tx, y1: ly, x2: tx + 26, y2: ly, stroke: '#000000', 'stroke-width': 1.2, 'stroke-dasharray': '5 3' } },
      { tag: 'rect', attrs: { x: tx + 10.4, y: ly - 2.6, width: 5.2, height: 5.2, fill: '#ffffff', stroke: '#000000', 'stroke-width': 1 } },
      { tag: 'text', attrs: { x: tx + 32, y: ly + 3, 'font-size': FONT, fill: '#000000' }, text: l.target },
    ],
  });

  return {
    tag: 'svg',
    attrs: { width: size, height, viewBox: `0 0 ${num(size)} ${num(height)}`, role: 'img', 'font-family': 'sans-serif' },
    children,
  };
}
