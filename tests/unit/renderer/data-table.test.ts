import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable, type DataTableProps } from '../../../renderer/src/components/DataTable';

interface Area {
  id: string;
  name: string;
  score: number | null;
}

const rows: Area[] = [
  { id: 'compute', name: 'Compute', score: 2.6 },
  { id: 'data', name: 'Data', score: null },
];

const props: DataTableProps<Area> = {
  rows,
  rowId: (a) => a.id,
  idAttribute: 'section',
  rowHeader: { header: 'Area', cell: (a) => a.name },
  columns: [
    { col: 'score', header: 'Score', cell: (a) => (a.score === null ? '—' : a.score.toFixed(1)) },
    { header: 'Note', className: 'mono', cell: (a) => a.id.toUpperCase() },
  ],
  labelledBy: 'areas-title',
  testId: 'areas',
};

const render = (p: DataTableProps<Area>) => renderToStaticMarkup(createElement(DataTable<Area>, p));

describe('DataTable', () => {
  it('writes the markup the hand-written tables had: scroll wrapper, aria-labelledby, th scope, data-col, the row named by data-<attribute>', () => {
    expect(render(props)).toBe(
      '<div class="table-scroll"><table class="data-table" aria-labelledby="areas-title" data-testid="areas">' +
        '<thead><tr><th scope="col">Area</th><th scope="col">Score</th><th scope="col">Note</th></tr></thead>' +
        '<tbody>' +
        '<tr data-section="compute"><th scope="row">Compute</th><td data-col="score">2.6</td><td class="mono">COMPUTE</td></tr>' +
        '<tr data-section="data"><th scope="row">Data</th><td data-col="score">—</td><td class="mono">DATA</td></tr>' +
        '</tbody></table></div>',
    );
  });

  it('adds further row attributes and classes, and leaves the wrapper out when asked', () => {
    const html = render({ ...props, className: 'extra', scroll: false, rowAttributes: (a) => ({ 'data-stage': a.score === null ? '' : 3 }) });
    expect(html.startsWith('<table class="data-table extra"')).toBe(true);
    expect(html).toContain('<tr data-section="compute" data-stage="3">');
    expect(html).toContain('<tr data-section="data" data-stage="">');
  });
});
