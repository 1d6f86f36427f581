import { describe, expect, it } from 'vitest';
import { answersToCsv, CSV_COLUMNS, protectCell, toCsv } from '../../../core/workshop/csv';
import { parseAnswersCsv, parseCsv, unprotectCell } from '../../helpers/csv-reader';
import { importResponses } from '../../../core/workshop/merge';
import type { Answers } from '../../../core/model/schema/assessment';
import { emptyAssessment, miniContent, response, stage } from './merge.helpers';

const { questionnaire: q } = miniContent();
const HEADER = CSV_COLUMNS.join(',');

describe('CSV writing', () => {
  it('writes one row per respondent × answered item, consensus first, with a BOM and CRLF', () => {
    const { assessment } = importResponses(q, emptyAssessment(), [
      response('b-chen', { 'compute.hpc-access': { ...stage(2), confidence: 'high', notes: 'GPU, "pilot"\nonly' } }),
      response('a-diallo', { 'compute.hpc-access': stage(2), 'military.unchecked-autonomy': { kind: 'risk', likelihood: 2, preparedness: 1 }, 'profile.ai-strategy': { kind: 'profile', value: 'adopted' } }),
    ]);
    const csv = answersToCsv(assessment);
    expect(csv.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      HEADER,
      ',Consensus,,profile.ai-strategy,profile,profile,,,,,,,,adopted',
      ',Consensus,,compute.hpc-access,compute,stage,2,,,,high,"GPU, ""pilot""\nonly",,',
      ',Consensus,,military.unchecked-autonomy,military,risk,,2,,1,,,,',
      'a-diallo,A DIALLO,Agency of a-diallo,profile.ai-strategy,profile,profile,,,,,,,,adopted',
      'a-diallo,A DIALLO,Agency of a-diallo,compute.hpc-access,compute,stage,2,,,,,,,',
      'a-diallo,A DIALLO,Agency of a-diallo,military.unchecked-autonomy,military,risk,,2,,1,,,,',
      'b-chen,B CHEN,Agency of b-chen,compute.hpc-access,compute,stage,2,,,,high,"GPU, ""pilot""\nonly",,',
      '',
    ]);
    expect(answersToCsv(assessment, { consensus: false, bom: false }).split('\r\n')).toHaveLength(1 + 4 + 1);
  });

  it('writes lists as "profile-list" with a JSON value', () => {
    const csv = answersToCsv({ answers: { 'profile.languages': { kind: 'profile', value: ['en', 'fr'] } } }, { bom: false });
    expect(csv).toContain(',profile.languages,profile,profile-list,,,,,,,,"[""en"",""fr""]"\r\n');
  });

  it('defuses formulas: = + - @ tab CR and full-width forms get an apostrophe, as does a leading apostrophe', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠', "'"]) expect(protectCell(`${start}1+1`)).toBe(`'${start}1+1`);
    for (const safe of ['1+1', ' =1', 'a=b', '', 'Évaluation']) expect(protectCell(safe)).toBe(safe);
    expect(toCsv([['=HYPERLINK("http://x","y")', '@SUM(A1)', '-2+3']], { bom: false })).toBe(`"'=HYPERLINK(""http://x"",""y"")",'@SUM(A1),'-2+3\r\n`);
    const answers: Answers = { 'compute.hpc-access': { ...stage(2), notes: "=cmd|' /C calc'!A0", evidence: "'quoted" } };
    const csv = answersToCsv({ answers });
    expect(csv).toContain(",'=cmd|' /C calc'!A0,");
    expect(csv).toContain("''quoted");
    expect(parseAnswersCsv(csv)).toEqual({ ok: true, value: { consensus: answers, respondents: [] } });
  });

  it('quotes fields with surrounding spaces so spreadsheets keep them', () => {
    expect(toCsv([[' a', 'b ', 'c']], { bom: false })).toBe('" a","b ",c\r\n');
    // A cell starting with a byte-order mark is quoted, or a reader would take the mark for the file's.
    expect(parseCsv(toCsv([['\uFEFFx', 'y']], { bom: false }))).toEqual({ ok: true, value: [['\uFEFFx', 'y']] });
  });
});

describe('CSV reading', () => {
  it('reads RFC 4180: quotes, doubled quotes, line breaks in fields, LF or CR line ends', () => {
    expect(parseCsv('a,"b,c","d ""e""\r\nf"\r\n1,,3\n\r\nx\ry')).toEqual({ ok: true, value: [['a', 'b,c', 'd "e"\r\nf'], ['1', '', '3'], [''], ['x'], ['y']] });
    expect(parseCsv('')).toEqual({ ok: true, value: [] });
    expect(parseCsv('a,b')).toEqual({ ok: true, value: [['a', 'b']] });
    expect(parseCsv('a,\r\n')).toEqual({ ok: true, value: [['a', '']] });
    expect(parseCsv('""')).toEqual({ ok: true, value: [['']] });
    expect(unprotectCell("''x")).toBe("'x");
  });

  it('refuses broken quoting with the row', () => {
    expect(parseCsv('a,b\r\n"open')).toEqual({ ok: false, problems: [{ path: 'row 2', message: 'a quoted field is never closed' }] });
    expect(parseCsv('"a"b,c')).toEqual({ ok: false, problems: [{ path: 'row 1', message: 'a quoted field is followed by text before the next comma' }] });
    expect(parseCsv('a"b,c')).toEqual({ ok: false, problems: [{ path: 'row 1', message: expect.stringContaining('a quote inside an unquoted field') as unknown }] });
  });

  it('finds columns by header in any order and skips blank rows', () => {
    const text = [
      'kind,item_id,stage,respondent_id,respondent_name,agency,section,likelihood,impact,preparedness,confidence,notes,evidence,value,extra',
      'stage,compute.hpc-access,3,chen,Chen,NSO,compute,,,,,,,,ignored',
      ',,,,,,,,,,,,,,',
    ].join('\n');
    expect(parseAnswersCsv(text)).toEqual({ ok: true, value: { consensus: {}, respondents: [{ respondent: { id: 'chen', name: 'Chen', agency: 'NSO' }, answers: { 'compute.hpc-access': stage(3) } }] } });
  });

  it('names the row and the reason for each bad row', () => {
    const rows = [
      HEADER,
      'chen,Chen,,compute.hpc-access,compute,stage,7,,,,,,,',
      'chen,Chen,,compute.connectivity,compute,stage,,,,,,,,',
      'chen,Chen,,data.open-data,data,guess,,,,,,,,',
      'Chen Wei,Chen,,data.open-data,data,dont-know,,,,,,,,',
      'chen,Chen,,profile.languages,profile,profile-list,,,,,,,,en;fr',
      'chen,Chen,,profile.ai-strategy,profile,profile,,,,,high,,,adopted',
      'chen,Chen,,military.x,military,risk,,2,,,sure,,,',
      'chen,Other name,,talent.x,talent,dont-know,,,,,,,,',
      'chen,Chen,,talent.y,talent,dont-know,,,,,,,,',
      'chen,Chen,,talent.y,talent,not-applicable,,,,,,,,',
    ];
    const parsed = parseAnswersCsv(rows.join('\r\n'));
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      { path: 'row 2', message: 'stage "7" is not a whole number from 1 to 5' },
      { path: 'row 3', message: 'stage is required for a "stage" answer' },
      { path: 'row 4', message: 'kind "guess" is not one of stage, risk, dont-know, not-applicable, profile, profile-list' },
      { path: 'row 5', message: 'respondent_id "Chen Wei" is not a valid id' },
      { path: 'row 6', message: 'value of a "profile-list" answer is a JSON list such as ["a","b"]' },
      { path: 'row 7', message: 'confidence must be empty for a "profile" answer' },
      { path: 'row 8', message: expect.stringContaining('confidence') as unknown },
      { path: 'row 9', message: 'respondent "chen" has another name or agency than on an earlier row' },
      { path: 'row 11', message: 'respondent "chen" answers "talent.y" twice' },
    ]);
    expect(parseAnswersCsv('')).toEqual({ ok: false, problems: [{ path: 'row 1', message: 'the file is empty' }] });
    expect(parseAnswersCsv('respondent_id,item_id\r\n')).toEqual({ ok: false, problems: [{ path: 'row 1', message: expect.stringMatching(/^the header lacks the columns respondent_name, agency, section/) as unknown }] });
  });
});
