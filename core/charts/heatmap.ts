import { estimateTextWidth, multilineText, num, wrapLabel, type SvgNode } from './svg';

export interface HeatMapLabels {
  title: string;
  likelihood: string;
  impact: string;
  /** The word before the preparedness stage in a mark: "Prep." gives "3 · Prep. 2" (a bare "P" read as "priority"). */
  preparednessPrefix: string;
  /** Explains a mark, e.g. "3 · Prep. 2 = priority rank 3, preparedness stage 2". */
  markLegend: string;
  /** Explains the shading, e.g. "Darker cells: higher likelihood × impact". */
  shadeLegend: string;
  /** Display name of each risk id, for the accessible description. */
  risks: Readonly<Record<string, string>>;
}

export interface HeatMapOptions {
  /** Width of the drawing in user units (default 360). */
  size?: number;
  /** Draw the legend under the grid (default). A screen leaves it out and sets the same words as text that wraps with the page. */
  legend?: boolean;
}

const FONT = 8;
const MARK_FONT = 7.5;
const MARK_HEIGHT = 11;
/** How much wider bold type runs than estimateTextWidth (made for regular type) says. */
const BOLD_WIDTH = 1.12;

/** Grey shade of a cell by likelihood × impact (1–25): four steps, light to dark. */
export function cellShade(likelihood: number, impact: number): string {
  const product = likelihood * impact;
  if (product >= 15) return '#8c8c8c';
  if (product >= 10) return '#b3b3b3';
  if (product >= 5) return '#d9d9d9';
  return '#f2f2f2';
}

/** The label of one risk mark: its rank and its preparedness stage (a no-break space keeps the word with its number). */
export function riskMarkLabel(risk: Pick<HeatRisk, 'rank' | 'preparedness'>, prefix: string): string {
  return `${risk.rank} · ${prefix}\u00a0${risk.preparedness}`;
}

/**
 * 5 × 5 likelihood × impact grid (likelihood rises upwards, impact to the
 * right), cells shaded in four grey steps by likelihood × impact. Each risk
 * is a white box marked with its priority rank and preparedness stage
 * ("3 · P2"); high-priority risks have a heavy border and bold text,
 * low-priority ones a dashed border, so the chart reads in black and white.
 */
/** A risk placed on the map: rated on all three scales and ranked. */
export interface HeatRisk {
  id: string;
  likelihood: number;
  impact: number;
  preparedness: number;
  rank: number;
  band: 'high' | 'medium' | 'low';
}

const LEFT = 34;

function cellSize(width: number): number {
  return Math.min(width - LEFT - 6, 330) / 5;
}

/** The risks of one cell, most pressing first. */
function inCell(risks: readonly HeatRisk[], likelihood: number, impact: number): HeatRisk[] {
  return risks.filter((r) => r.likelihood === likelihood && r.impact === impact).sort((a, b) => a.rank - b.rank);
}

/**
 * How a cell's marks are stacked: up to two columns of as many rows as fit;
 * when they do not all fit, the last slot says "+n" and `hidden` holds the
 * risks left out, which a view must list beside the chart.
 */
function cellLayout(here: readonly HeatRisk[], cell: number, prefix: string) {
  const rows = Math.max(1, Math.floor((cell - 4) / (MARK_HEIGHT + 2)));
  const widest = Math.max(0, ...here.map((r) => estimateTextWidth(riskMarkLabel(r, prefix), MARK_FONT))) + 8;
  const columns = here.length > rows && widest * 2 + 6 <= cell ? 2 : 1;
  const capacity = rows * columns;
  const shown = here.length > capacity ? here.slice(0, capacity - 1) : [...here];
  return { rows, widest, columns, capacity, shown, hidden: here.slice(shown.length) };
}

/** Risks the map has no room to draw (crowded cells), most pressing first: list them beside it. */
export function heatMapOverflow(risks: readonly HeatRisk[], labels: Pick<HeatMapLabels, 'preparednessPrefix'>, options: HeatMapOptions = {}): HeatRisk[] {
  const cell = cellSize(options.size ?? 360);
  const hidden: HeatRisk[] = [];
  for (let likelihood = 1; likelihood <= 5; likelihood++) for (let impact = 1; impact <= 5; impact++) hidden.push(...cellLayout(inCell(risks, likelihood, impact), cell, labels.preparednessPrefix).hidden);
  return hidden.sort((a, b) => a.rank - b.rank);
}

export function riskHeatMap(risks: readonly HeatRisk[], labels: HeatMapLabels, options: HeatMapOptions = {}): SvgNode {
  const width = options.size ?? 360;
  const left = LEFT;
  const cell = cellSize(width);
  const gridSize = cell * 5;
  const top = 6;
  // Widths are estimated without the font: wrap a tenth short of the edge, and never cut the legend to a fixed number of lines.
  const legendWidth = (width - 8) * 0.9;
  const legendLines = options.legend === false ? [] : [...wrapLabel(labels.markLegend, legendWidth, FONT, 8), ...wrapLabel(labels.shadeLegend, legendWidth, FONT, 4)];
  const legendTop = top + gridSize + 32;
  const height = legendLines.length > 0 ? legendTop + legendLines.length * FONT * 1.2 + 6 : legendTop;

  const cells: SvgNode[] = [];
  const marks: SvgNode[] = [];
  for (let likelihood = 1; likelihood <= 5; likelihood++) {
    for (let impact = 1; impact <= 5; impact++) {
      const x = left + (impact - 1) * cell;
      const y = top + (5 - likelihood) * cell;
      cells.push({ tag: 'rect', attrs: { class: 'heat-cell', x, y, width: cell, height: cell, fill: cellShade(likelihood, impact), stroke: '#ffffff', 'stroke-width': 1.5 } });
      const here = inCell(risks, likelihood, impact);
      marks.push(...cellMarks(here, x, y, cell, labels.preparednessPrefix));
    }
  }

  const axes: SvgNode[] = [];
  for (let i = 1; i <= 5; i++) {
    axes.push({ tag: 'text', attrs: { x: left + (i - 0.5) * cell, y: top + gridSize + 11, 'font-size': FONT, 'text-anchor': 'middle', fill: '#000000' }, text: String(i) });
    axes.push({ tag: 'text', attrs: { x: left - 5, y: top + (5 - i + 0.5) * cell + 3, 'font-size': FONT, 'text-anchor': 'end', fill: '#000000' }, text: String(i) });
  }
  axes.push({
    tag: 'text',
    attrs: { class: 'heat-axis-title', x: left + gridSize / 2, y: top + gridSize + 25, 'font-size': FONT + 1, 'text-anchor': 'middle', 'font-weight': 'bold', fill: '#000000' },
    text: labels.impact,
  });
  const lx = 12;
  const ly = top + gridSize / 2;
  axes.push({
    tag: 'text',
    attrs: { class: 'heat-axis-title', x: lx, y: ly, 'font-size': FONT + 1, 'text-anchor': 'middle', 'font-weight': 'bold', fill: '#000000', transform: `rotate(-90 ${num(lx)} ${num(ly)})` },
    text: labels.likelihood,
  });

  const legend: SvgNode[] = legendLines.length > 0 ? [multilineText(legendLines, 4, legendTop + FONT + ((legendLines.length - 1) * FONT * 1.2) / 2, FONT, { class: 'heat-legend', fill: '#000000' })] : [];

  return {
    tag: 'svg',
    attrs: { width, height, viewBox: `0 0 ${num(width)} ${num(height)}`, role: 'img', 'font-family': 'sans-serif' },
    children: [
      { tag: 'title', attrs: {}, text: labels.title },
      {
        tag: 'desc',
        attrs: {},
        text: risks.map((r) => `${r.rank}. ${labels.risks[r.id] ?? r.id}: ${labels.likelihood} ${r.likelihood}, ${labels.impact} ${r.impact}, ${labels.preparednessPrefix} ${r.preparedness}`).join('; '),
      },
      { tag: 'g', attrs: { class: 'heat-grid' }, children: cells },
      { tag: 'g', attrs: { class: 'heat-axes' }, children: axes },
      { tag: 'g', attrs: { class: 'heat-marks' }, children: marks },
      ...legend,
    ],
  };
}

/** Marks stacked as cellLayout says; when a cell overflows, the last slot says "+n" (heatMapOverflow lists them). */
function cellMarks(here: readonly HeatRisk[], x: number, y: number, cell: number, prefix: string): SvgNode[] {
  if (here.length === 0) return [];
  const { rows, widest, columns, capacity, shown } = cellLayout(here, cell, prefix);
  const markWidth = Math.min(columns === 2 ? (cell - 6) / 2 : cell - 6, Math.max(widest, 30));
  const used = Math.min(rows, Math.ceil((shown.length + (here.length > capacity ? 1 : 0)) / columns));
  const startY = y + (cell - used * (MARK_HEIGHT + 2) + 2) / 2;
  const startX = x + (cell - (columns * markWidth + (columns - 1) * 4)) / 2;
  // A small map (a slide) may leave a mark narrower than its words: the words shrink to fit inside the box
  // (bold words, about a tenth wider than the estimate for regular type, shrink a little more).
  const fontSize = (label: string, bold: boolean) => Math.min(MARK_FONT, (MARK_FONT * (markWidth - 4)) / Math.max(1, estimateTextWidth(label, MARK_FONT) * (bold ? BOLD_WIDTH : 1)));
  const slot = (i: number) => ({ mx: startX + (i % columns) * (markWidth + 4), my: startY + Math.floor(i / columns) * (MARK_HEIGHT + 2) });
  const nodes: SvgNode[] = shown.map((risk, i): SvgNode => {
    const { mx, my } = slot(i);
    const high = risk.band === 'high';
    return {
      tag: 'g',
      attrs: { class: `heat-mark heat-mark-${risk.band}` },
      children: [
        {
          tag: 'rect',
          attrs: { x: mx, y: my, width: markWidth, height: MARK_HEIGHT, rx: 2, fill: '#ffffff', stroke: '#000000', 'stroke-width': high ? 1.6 : 0.7, ...(risk.band === 'low' ? { 'stroke-dasharray': '2 1.5' } : {}) },
        },
        {
          tag: 'text',
          attrs: {
            x: mx + markWidth / 2,
            y: my + MARK_HEIGHT - 3,
            'font-size': Math.round(fontSize(riskMarkLabel(risk, prefix), high) * 100) / 100,
            'text-anchor': 'middle',
            fill: '#000000',
            ...(high ? { 'font-weight': 'bold' } : {}),
          },
          text: riskMarkLabel(risk, prefix),
        },
      ],
    };
  });
  if (here.length > capacity) {
    const { mx, my } = slot(capacity - 1);
    nodes.push({ tag: 'text', attrs: { class: 'heat-more', x: mx + markWidth / 2, y: my + MARK_HEIGHT - 3, 'font-size': MARK_FONT, 'text-anchor': 'middle', fill: '#000000' }, text: `+${here.length - shown.length}` });
  }
  return nodes;
}
