import type { ReactNode } from 'react';

/** One column: its header and what each row shows under it. */
export interface Column<Row> {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Written on every cell as data-col, the name tests and styles select the column by. */
  col?: string;
  className?: string;
}

/** Further data-* attributes of a row. */
export type RowAttributes = Record<`data-${string}`, string | number>;

export interface DataTableProps<Row> {
  rows: readonly Row[];
  /** Names each row: its key, and what `idAttribute` writes. */
  rowId: (row: Row) => string;
  /** Writes the row's id as data-<idAttribute> (data-section, data-risk…), which tests select rows by. */
  idAttribute?: string;
  /** The first column, whose cells are row headers (th scope="row"). */
  rowHeader: Column<Row>;
  columns: readonly Column<Row>[];
  rowAttributes?: (row: Row) => RowAttributes;
  /** Id of the heading that names the table. */
  labelledBy: string;
  testId?: string;
  /** Classes beside `data-table`. */
  className?: string;
  /** Wrapped so that a wide table scrolls sideways instead of widening the page; on unless said otherwise. */
  scroll?: boolean;
}

/** The app's one table: column headers, a row header per row, cells named by data-col. */
export function DataTable<Row>({ rows, rowId, idAttribute, rowHeader, columns, rowAttributes, labelledBy, testId, className, scroll = true }: DataTableProps<Row>) {
  const table = (
    <table className={className ? `data-table ${className}` : 'data-table'} aria-labelledby={labelledBy} data-testid={testId}>
      <thead>
        <tr>
          {[rowHeader, ...columns].map((c, i) => (
            <th scope="col" key={c.col ?? i}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowId(row)} {...(idAttribute ? { [`data-${idAttribute}`]: rowId(row) } : {})} {...rowAttributes?.(row)}>
            <th scope="row" data-col={rowHeader.col} className={rowHeader.className}>
              {rowHeader.cell(row)}
            </th>
            {columns.map((c, i) => (
              <td key={c.col ?? i} data-col={c.col} className={c.className}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return scroll ? <div className="table-scroll">{table}</div> : table;
}
