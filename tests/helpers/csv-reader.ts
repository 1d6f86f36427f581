import { AnswerSchema, RISK_RATINGS, type Answer, type Answers, type RiskRating } from '../../core/model/schema/assessment';
import { IdSchema } from '../../core/model/schema/text';
import { CSV_COLUMNS, DONT_KNOW_CELL, type CsvColumn, type CsvRespondent } from '../../core/workshop/csv';

/*
 * Reads back the answers CSV that core/workshop/csv.ts writes: the app only
 * writes CSV, the tests read it to check what was written.
 */

/**
 * The `kind` column: an answer's kind, except that a profile answer holding a
 * list (multiple choice) is "profile-list" with its value as a JSON array.
 */
const CSV_KINDS = ['stage', 'risk', 'dont-know', 'not-applicable', 'profile', 'profile-list'] as const;

const MAX_CSV_BYTES = 20 * 1024 * 1024;

/** A problem the reader found, in English: it serves tests, never a person. */
export interface CsvProblem {
  path: string;
  message: string;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; problems: CsvProblem[] };

const fail = (path: string, message: string): { ok: false; problems: CsvProblem[] } => ({ ok: false, problems: [{ path, message }] });

/** A cell as read: one leading apostrophe removed. */
export function unprotectCell(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
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
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') return fail(`row ${rows.length + 1}`, 'a quoted field is followed by text before the next comma');
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

export interface CsvAnswers {
  /** Rows with an empty respondent_id: the consensus answers. */
  consensus: Answers;
  /** Each respondent's answers, by respondent id. */
  respondents: { respondent: CsvRespondent; answers: Answers }[];
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

  const problems: CsvProblem[] = [];
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
      const unknown: RiskRating[] = [];
      for (const d of RISK_RATINGS) {
        if (get(d).trim() === DONT_KNOW_CELL) {
          unknown.push(d);
          continue;
        }
        const v = stageOf(d, false);
        if (v !== undefined) risk[d] = v;
      }
      if (unknown.length > 0) risk.unknown = unknown;
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
