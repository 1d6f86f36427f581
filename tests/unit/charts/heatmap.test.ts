import { describe, expect, it } from 'vitest';
import { cellShade, heatMapOverflow, riskHeatMap, riskMarkLabel, type HeatMapLabels, type HeatRisk } from '../../../core/charts/heatmap';
import { estimateTextWidth, toSvgString, walkSvg, type SvgNode } from '../../../core/charts/svg';
import { priorityBand, riskPriority } from '../../../core/method/priorities';

const LABELS: HeatMapLabels = {
  title: 'Risks',
  likelihood: 'Likelihood',
  impact: 'Impact',
  preparednessPrefix: 'Prep.',
  markLegend: '3 · Prep. 2 = priority rank 3, preparedness at stage 2 of 5. Heavy border: high priority; dashed border: low priority.',
  shadeLegend: 'Darker: higher likelihood × impact',
  risks: { 'm.a': 'Deepfakes <b>', 'm.b': 'Fraud', 'm.c': 'Cyberattacks' },
};

function risk(id: string, likelihood: number, impact: number, preparedness: number, rank: number): HeatRisk {
  const priority = riskPriority(likelihood, impact, preparedness);
  return { id, likelihood, impact, preparedness, band: priorityBand(priority), rank };
}

function byClass(root: SvgNode, cls: string): SvgNode[] {
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

const RISKS = [risk('m.a', 5, 5, 1, 1), risk('m.b', 4, 5, 2, 2), risk('m.c', 1, 2, 4, 3)];

describe('riskHeatMap', () => {
  it('draws a 5 × 5 grid shaded darker as likelihood × impact grows', () => {
    const svg = riskHeatMap(RISKS, LABELS);
    const cells = byClass(svg, 'heat-cell');
    expect(cells).toHaveLength(25);
    const lightness = (hex: string) => parseInt(hex.slice(1, 3), 16);
    for (let l = 1; l <= 5; l++) for (let i = 1; i <= 5; i++) for (let l2 = l; l2 <= 5; l2++) for (let i2 = i; i2 <= 5; i2++) expect(lightness(cellShade(l2, i2))).toBeLessThanOrEqual(lightness(cellShade(l, i)));
    expect(new Set(cells.map((c) => c.attrs.fill)).size).toBe(4);
  });

  it('marks each risk once with its rank and preparedness, inside its cell', () => {
    const svg = riskHeatMap(RISKS, LABELS);
    const marks = byClass(svg, 'heat-mark');
    expect(marks).toHaveLength(RISKS.length);
    expect(marks.map((m) => m.children![1]!.text)).toEqual(expect.arrayContaining(['1 · Prep.\u00a01', '2 · Prep.\u00a02', '3 · Prep.\u00a04']));
    const cells = byClass(svg, 'heat-cell');
    const cellOf = (likelihood: number, impact: number) => cells[(likelihood - 1) * 5 + (impact - 1)]!;
    for (const r of RISKS) {
      const mark = marks.find((m) => m.children![1]!.text === riskMarkLabel(r, 'Prep.'))!;
      const box = mark.children![0]!.attrs;
      const cell = cellOf(r.likelihood, r.impact).attrs;
      expect(Number(box.x)).toBeGreaterThanOrEqual(Number(cell.x));
      expect(Number(box.x) + Number(box.width)).toBeLessThanOrEqual(Number(cell.x) + Number(cell.width));
      expect(Number(box.y)).toBeGreaterThanOrEqual(Number(cell.y));
      expect(Number(box.y) + Number(box.height)).toBeLessThanOrEqual(Number(cell.y) + Number(cell.height));
    }
    // Likelihood 5 is on the top row, impact 5 in the right column.
    expect(Number(cellOf(5, 5).attrs.y)).toBeLessThan(Number(cellOf(1, 5).attrs.y));
    expect(Number(cellOf(5, 5).attrs.x)).toBeGreaterThan(Number(cellOf(5, 1).attrs.x));
  });

  it('tells bands apart without colour: heavy border for high, dashed for low', () => {
    const svg = riskHeatMap(RISKS, LABELS);
    const high = byClass(svg, 'heat-mark-high')[0]!;
    const low = byClass(svg, 'heat-mark-low')[0]!;
    expect(Number(high.children![0]!.attrs['stroke-width'])).toBeGreaterThan(Number(low.children![0]!.attrs['stroke-width']));
    expect(high.children![1]!.attrs['font-weight']).toBe('bold');
    expect(low.children![0]!.attrs['stroke-dasharray']).toBeDefined();
    expect(high.children![0]!.attrs['stroke-dasharray']).toBeUndefined();
  });

  it('shows "+n" when a cell holds more risks than fit', () => {
    const crowded = Array.from({ length: 9 }, (_, i) => risk(`r.${i}`, 3, 3, 2, i + 1));
    const svg = riskHeatMap(crowded, { ...LABELS, risks: {} });
    const marks = byClass(svg, 'heat-mark');
    const more = byClass(svg, 'heat-more');
    expect(more).toHaveLength(1);
    expect(marks.length + Number(more[0]!.text!.slice(1))).toBe(9);
    expect(marks.map((m) => m.children![1]!.text)).toContain('1 · Prep.\u00a02');
  });

  it('names the risks a crowded cell leaves out, so a view can list them, and none when all fit', () => {
    const crowded = [...Array.from({ length: 9 }, (_, i) => risk(`r.${i}`, 3, 3, 2, i + 1)), risk('alone', 1, 1, 4, 10)];
    const svg = riskHeatMap(crowded, { ...LABELS, risks: {} }, { size: 330 });
    const drawn = new Set(byClass(svg, 'heat-mark').map((m) => m.children![1]!.text));
    const hidden = heatMapOverflow(crowded, LABELS, { size: 330 });
    expect(hidden.length).toBe(Number(byClass(svg, 'heat-more')[0]!.text!.slice(1)));
    // Drawn and listed together are every risk, once each.
    expect(new Set([...drawn, ...hidden.map((r) => riskMarkLabel(r, 'Prep.'))]).size).toBe(crowded.length);
    for (const r of hidden) expect(drawn.has(riskMarkLabel(r, 'Prep.'))).toBe(false);
    expect(hidden.map((r) => r.rank)).toEqual([...hidden.map((r) => r.rank)].sort((a, b) => a - b));
    expect(heatMapOverflow(RISKS, LABELS)).toEqual([]);
  });

  it('draws an empty grid when no risk is assessed, and escapes names in the description', () => {
    expect(byClass(riskHeatMap([], LABELS), 'heat-mark')).toHaveLength(0);
    const markup = toSvgString(riskHeatMap(RISKS, LABELS));
    expect(markup).toContain('Deepfakes &lt;b&gt;');
    expect(markup).not.toContain('<b>');
    expect(markup).toContain('Likelihood');
  });

  it('says "Prep." in the marks, never a bare "P" a reader takes for priority', () => {
    const texts = byClass(riskHeatMap(RISKS, LABELS), 'heat-mark').map((m) => m.children![1]!.text!);
    for (const text of texts) expect(text).toMatch(/^\d+ · Prep\.\u00a0[1-5]$/);
  });

  it('keeps the words of a mark inside its box on a small map (a slide)', () => {
    const crowded = [risk('a', 5, 5, 1, 1), risk('b', 3, 3, 2, 12), risk('c', 3, 3, 1, 13)];
    for (const size of [200, 280, 360]) {
      for (const mark of byClass(riskHeatMap(crowded, LABELS, { size }), 'heat-mark')) {
        const [box, text] = mark.children!;
        const bold = text!.attrs['font-weight'] === 'bold' ? 1.12 : 1;
        expect(estimateTextWidth(text!.text!, Number(text!.attrs['font-size'])) * bold + 2, `size ${size}`).toBeLessThanOrEqual(Number(box!.attrs.width));
      }
    }
  });

  it('wraps its legend inside the drawing, every word kept, or leaves it to the page', () => {
    for (const size of [240, 330]) {
      const svg = riskHeatMap(RISKS, LABELS, { size });
      const legend = byClass(svg, 'heat-legend')[0]!;
      const lines = legend.children ? legend.children.map((c) => c.text!) : [legend.text!];
      for (const line of lines) expect(4 + estimateTextWidth(line, 8), line).toBeLessThanOrEqual(size);
      expect(lines.join(' ')).toBe(`${LABELS.markLegend} ${LABELS.shadeLegend}`);
      // The last line's baseline, and its descenders, above the bottom edge.
      expect(Number(legend.attrs.y) + (lines.length - 1) * 8 * 1.2 + 2).toBeLessThanOrEqual(Number(svg.attrs.height));
    }
    const bare = riskHeatMap(RISKS, LABELS, { size: 330, legend: false });
    expect(byClass(bare, 'heat-legend')).toHaveLength(0);
    expect(Number(bare.attrs.height)).toBeLessThan(Number(riskHeatMap(RISKS, LABELS, { size: 330 }).attrs.height));
  });
});
