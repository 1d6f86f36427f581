import { AnswerSchema, type Answer, type Answers, type Assessment } from '../model/schema/assessment';
import { fail, type Parsed, type Problem } from '../model/schema/parse';
import { IdSchema } from '../model/schema/text';

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

export const CSV_COLUMNS = [
  'respondent_id',
  'respondent_name',
  'agency',
  'item_id',
  'section',
  'kind',
  'stage',
  'likelihood',
  'impact',
  'preparedness',
  'confidence',
  'notes',
  'evidence',
  'value',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * The `kind` column: an answer's kind, except that a profile answer holding a
 * list (multiple choice) is "profile-list" with its value as a JSON array.
 */
export const CSV_KINDS = ['stage', 'risk', 'dont-know', 'not-applicable', 'profile', 'profile-list'] as const;

/** respondent_name on consensus rows (their respondent_id is empty). */
export const CONSENSUS_NAME = 'Consensus';
export const MAX_CSV_BYTES = 20 * 1024 * 1024;

const FORMULA_START = /^[=+\-@\t\r'\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A cell as written: an apostrophe in front of anything a spreadsheet would run as a formula. */
export function protectCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A cell as read: one leading apostrophe removed. */
export function unprotectCell(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
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

/**
 * Reads RFC 4180 CSV (CRLF, LF or CR line ends; a leading byte-order mark is
 * skipped) into rows of cells, removing the formula protection.
 */
export function parseCsv(text: string): Parsed<string[][]> {
  if (text.length > MAX_CSV_BYTES) return fail('$', `the file is too large (over ${Math.round(MAX_CSV_BYTES / 1024)} KB)`);
  const src = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  const endCell = () => {
    row.push(unprotectCell(cell));
    cell = '';
    quoted = false;
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < src.length) {
    const c = src[i]!;
    if (c === '"' && cell === '' && !quoted) {
      // A quoted field: runs to the next lone quote.
      let j = i + 1;
      let value = '';
      for (;;) {
        const k = src.indexOf('"', j);
        if (k === -1) return fail(`row ${rows.length + 1}`, 'a quoted field is never closed');
        value += src.slice(j, k);
        if (src[k + 1] === '"') {
          value += '"';
          j = k + 2;
        } else {
          j = k + 1;
          break;
        }
      }
      cell = value;
      quoted = true;
      i = j;
      const next = src[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n')
        return fail(`row ${rows.length + 1}`, 'a quoted field is followed by text before the next comma');
      continue;
    }
    if (c === '"' && !quoted) return fail(`row ${rows.length + 1}`, 'a quote inside an unquoted field (put the field in quotes and double the quote)');
    if (c === ',') endCell();
    else if (c === '\r' || c === '\n') {
      endRow();
      if (c === '\r' && src[i + 1] === '\n') i++;
    } else cell += c;
    i++;
  }
  if (cell !== '' || quoted || row.length > 0) endRow();
  return { ok: true, value: rows };
}

/** Who a group of CSV rows belongs to; role is not in the CSV. */
export interface CsvRespondent {
  id: string;
  name: string;
  agency: string;
}

export interface CsvAnswers {
  /** Rows with an empty respondent_id: the consensus answers. */
  consensus: Answers;
  /** Each respondent's answers, by respondent id. */
  respondents: { respondent: CsvRespondent; answers: Answers }[];
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

function answerRow(r: CsvRespondent, itemId: string, answer: Answer): string[] {
  const cells: Record<CsvColumn, string> = {
    respondent_id: r.id,
    respondent_name: r.name,
    agency: r.agency,
    item_id: itemId,
    section: itemId.split('.')[0]!,
    kind: answer.kind === 'profile' && Array.isArray(answer.value) ? 'profile-list' : answer.kind,
    stage: answer.kind === 'stage' ? String(answer.stage) : '',
    likelihood: answer.kind === 'risk' && answer.likelihood !== undefined ? String(answer.likelihood) : '',
    impact: answer.kind === 'risk' && answer.impact !== undefined ? String(answer.impact) : '',
    preparedness: answer.kind === 'risk' && answer.preparedness !== undefined ? String(answer.preparedness) : '',
    confidence: answer.kind !== 'profile' ? (answer.confidence ?? '') : '',
    notes: answer.kind !== 'profile' ? (answer.notes ?? '') : '',
    evidence: answer.kind !== 'profile' ? (answer.evidence ?? '') : '',
    value: answer.kind === 'profile' ? (Array.isArray(answer.value) ? JSON.stringify(answer.value) : answer.value) : '',
  };
  return CSV_COLUMNS.map((c) => cells[c]);
}

/**
 * Reads answers back from CSV written by answersToCsv (or edited in a
 * spreadsheet): columns are found by their header, in any order; blank rows
 * are skipped; every row is checked and problems name the row.
 */
export function parseAnswersCsv(text: string): Parsed<CsvAnswers> {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const [header, ...rows] = parsed.value;
  if (!header) return fail('row 1', 'the file is empty');
  const column = new Map(header.map((name, i) => [name.trim().toLowerCase(), i]));
  const missing = CSV_COLUMNS.filter((c) => !column.has(c));
  if (missing.length > 0) return fail('row 1', `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);

  const problems: Problem[] = [];
  const consensus: Answers = {};
  const respondents = new Map<string, { respondent: CsvRespondent; answers: Answers }>();
  rows.forEach((cells, r) => {
    if (cells.every((c) => c.trim() === '')) return;
    const at = `row ${r + 2}`;
    const get = (c: CsvColumn) => cells[column.get(c)!] ?? '';
    const rowProblems: string[] = [];
    const respondentId = get('respondent_id');
    const itemId = get('item_id');
    if (respondentId !== '' && !IdSchema.safeParse(respondentId).success) rowProblems.push(`respondent_id "${respondentId}" is not a valid id`);
    if (!IdSchema.safeParse(itemId).success) rowProblems.push(`item_id "${itemId}" is not a valid id`);
    // Who the row belongs to is settled by the first row naming them, valid answer or not.
    let group: { respondent: CsvRespondent; answers: Answers } | undefined;
    if (respondentId !== '' && rowProblems.length === 0) {
      const name = get('respondent_name');
      const agency = get('agency');
      group = respondents.get(respondentId);
      if (!group) {
        if (name.trim() === '') rowProblems.push(`respondent "${respondentId}" has no name`);
        group = { respondent: { id: respondentId, name, agency }, answers: {} };
        respondents.set(respondentId, group);
      } else if (group.respondent.name !== name || group.respondent.agency !== agency) {
        rowProblems.push(`respondent "${respondentId}" has another name or agency than on an earlier row`);
      }
    }
    const answer = rowAnswer(get, rowProblems);
    if (rowProblems.length > 0 || !answer) {
      problems.push(...rowProblems.map((message) => ({ path: at, message })));
      return;
    }
    const target = group ? group.answers : consensus;
    if (itemId in target) {
      problems.push({ path: at, message: group ? `respondent "${respondentId}" answers "${itemId}" twice` : `the consensus answers "${itemId}" twice` });
      return;
    }
    target[itemId] = answer;
  });
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, 50) };
  return { ok: true, value: { consensus, respondents: [...respondents.keys()].sort().map((id) => respondents.get(id)!) } };
}

function rowAnswer(get: (c: CsvColumn) => string, problems: string[]): Answer | null {
  const kind = get('kind').trim();
  if (!(CSV_KINDS as readonly string[]).includes(kind)) {
    problems.push(`kind "${kind}" is not one of ${CSV_KINDS.join(', ')}`);
    return null;
  }
  const stageOf = (c: 'stage' | 'likelihood' | 'impact' | 'preparedness', required: boolean): number | undefined => {
    const text = get(c).trim();
    if (text === '') {
      if (required) problems.push(`${c} is required for a "${kind}" answer`);
      return undefined;
    }
    if (!/^[1-5]$/.test(text)) problems.push(`${c} "${text}" is not a whole number from 1 to 5`);
    return Number(text);
  };
  const mustBeEmpty = (columns: readonly CsvColumn[]) => {
    for (const c of columns) if (get(c) !== '') problems.push(`${c} must be empty for a "${kind}" answer`);
  };
  const extras = () => {
    const out: { confidence?: string; notes?: string; evidence?: string } = {};
    const confidence = get('confidence').trim();
    if (confidence !== '') out.confidence = confidence;
    if (get('notes') !== '') out.notes = get('notes');
    if (get('evidence') !== '') out.evidence = get('evidence');
    return out;
  };
  let candidate: unknown;
  switch (kind) {
    case 'stage':
      mustBeEmpty(['likelihood', 'impact', 'preparedness', 'value']);
      candidate = { kind, stage: stageOf('stage', true), ...extras() };
      break;
    case 'risk': {
      mustBeEmpty(['stage', 'value']);
      const risk: Record<string, unknown> = { kind };
      for (const d of ['likelihood', 'impact', 'preparedness'] as const) {
        const v = stageOf(d, false);
        if (v !== undefined) risk[d] = v;
      }
      candidate = { ...risk, ...extras() };
      break;
    }
    case 'dont-know':
    case 'not-applicable':
      mustBeEmpty(['stage', 'likelihood', 'impact', 'preparedness', 'value']);
      candidate = { kind, ...extras() };
      break;
    case 'profile':
      mustBeEmpty(['stage', 'likelihood', 'impact', 'preparedness', 'confidence', 'notes', 'evidence']);
      candidate = { kind, value: get('value') };
      break;
    default: {
      mustBeEmpty(['stage', 'likelihood', 'impact', 'preparedness', 'confidence', 'notes', 'evidence']);
      let list: unknown;
      try {
        list = JSON.parse(get('value'));
      } catch {
        list = null;
      }
      if (!Array.isArray(list)) problems.push('value of a "profile-list" answer is a JSON list such as ["a","b"]');
      candidate = { kind: 'profile', value: list };
    }
  }
  if (problems.length > 0) return null;
  const result = AnswerSchema.safeParse(candidate);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    problems.push(`${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
    return null;
  }
  return result.data;
}
