import type { Answer, Assessment, RiskRating } from '../model/schema/assessment';

/*
 * Answers as CSV, for spreadsheets: RFC 4180 (comma separated, CRLF line
 * ends, fields with a comma, quote, CR, LF or surrounding spaces in double
 * quotes, quotes doubled), UTF-8 with a byte-order mark so Excel reads
 * accents and Chinese correctly.
 *
 * Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a
 * tab or carriage return, or their full-width forms) as a formula. Every cell
 * that starts with one of those, or with an apostrophe, is written with an
 * apostrophe in front ('=SUM(A1) is shown as text). CapaMap's reader removes
 * exactly one leading apostrophe, so every value reads back unchanged.
 */

export const CSV_COLUMNS = ['respondent_id', 'respondent_name', 'agency', 'item_id', 'section', 'kind', 'stage', 'likelihood', 'impact', 'preparedness', 'confidence', 'notes', 'evidence', 'value'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** respondent_name on consensus rows (their respondent_id is empty). */
export const CONSENSUS_NAME = 'Consensus';

const FORMULA_START = /^[=+\-@\t\r'\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A cell as written: an apostrophe in front of anything a spreadsheet would run as a formula. */
export function protectCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Quoted when RFC 4180 needs it, when spaces surround it, or when it starts with a byte-order mark (a reader would drop it). */
function quote(cell: string): string {
  return /[",\r\n]|^[\s\uFEFF]|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows as RFC 4180 CSV, every cell protected against formula injection. */
export function toCsv(rows: readonly (readonly string[])[], options: { bom?: boolean } = {}): string {
  const body = rows.map((row) => row.map((cell) => quote(protectCell(cell))).join(',')).join('\r\n');
  return `${options.bom === false ? '' : '\uFEFF'}${body}\r\n`;
}

/** Who a group of CSV rows belongs to; role is not in the CSV. */
export interface CsvRespondent {
  id: string;
  name: string;
  agency: string;
}

type CsvSource = Pick<Assessment, 'answers'> & Partial<Pick<Assessment, 'respondents' | 'responses'>>;

/**
 * One row per respondent × answered item: the consensus answers first (empty
 * respondent_id, unless `consensus: false`), then each respondent by id.
 * Empty notes and evidence are left out (an empty cell reads back as none).
 */
export function answersToCsv(source: CsvSource, options: { consensus?: boolean; bom?: boolean } = {}): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  if (options.consensus !== false) for (const [id, answer] of Object.entries(source.answers)) rows.push(answerRow({ id: '', name: CONSENSUS_NAME, agency: '' }, id, answer));
  const byId = new Map((source.respondents ?? []).map((r) => [r.id, r]));
  for (const id of Object.keys(source.responses ?? {}).sort()) {
    const r = byId.get(id) ?? { id, name: id, agency: '' };
    for (const [itemId, answer] of Object.entries(source.responses![id]!)) rows.push(answerRow({ id, name: r.name, agency: r.agency }, itemId, answer));
  }
  return toCsv(rows, { bom: options.bom });
}

/** A risk rating as a cell: its value, "dont-know", or empty. */
function ratingCell(answer: Answer, rating: RiskRating): string {
  if (answer.kind !== 'risk') return '';
  if ((answer.unknown ?? []).includes(rating)) return DONT_KNOW_CELL;
  return answer[rating] === undefined ? '' : String(answer[rating]);
}

/** How a "don't know" rating is written in a rating column. */
/** A risk rating answered "don't know". */
export const DONT_KNOW_CELL = 'dont-know';

function answerRow(r: CsvRespondent, itemId: string, answer: Answer): string[] {
  const cells: Record<CsvColumn, string> = {
    respondent_id: r.id,
    respondent_name: r.name,
    agency: r.agency,
    item_id: itemId,
    section: itemId.split('.')[0]!,
    kind: answer.kind === 'profile' && Array.isArray(answer.value) ? 'profile-list' : answer.kind,
    stage: answer.kind === 'stage' ? String(answer.stage) : '',
    likelihood: ratingCell(answer, 'likelihood'),
    impact: ratingCell(answer, 'impact'),
    preparedness: ratingCell(answer, 'preparedness'),
    confidence: answer.kind !== 'profile' ? (answer.confidence ?? '') : '',
    notes: answer.kind !== 'profile' ? (answer.notes ?? '') : '',
    evidence: answer.kind !== 'profile' ? (answer.evidence ?? '') : '',
    value: answer.kind === 'profile' ? (Array.isArray(answer.value) ? JSON.stringify(answer.value) : answer.value) : '',
  };
  return CSV_COLUMNS.map((c) => cells[c]);
}
