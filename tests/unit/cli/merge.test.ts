import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/index';
import { loadBundled } from '../../../cli/content';
import { parseAssessment, serializeAssessment } from '../../../core/model/assessment-file';
import { parseAnswersCsv } from '../../helpers/csv-reader';
import { mergeView, resolveConflict } from '../../../core/workshop/merge';
import { parseResponse, serializeResponse } from '../../../core/workshop/response-file';
import { checkAssessment } from '../../../core/model/validate';

const dir = mkdtempSync(join(tmpdir(), 'capamap-merge-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const core = loadBundled().get('capamap-core')!;
/** Every item of the bundled questionnaire: a demo response file answers them all. */
const ITEMS = core.questionnaire.sections.reduce((n, s) => n + s.items.length, 0);

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { log: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out, err };
}

const responseFiles = (folder: string) =>
  readdirSync(folder)
    .sort()
    .map((f) => join(folder, f));
const read = (file: string) => {
  const parsed = parseAssessment(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
};

describe('cli demo --respondents', () => {
  it('writes N plausible, partly disagreeing response files, the same for the same seed', async () => {
    const a = join(dir, 'seed-7-a');
    const b = join(dir, 'seed-7-b');
    const run = await cli('demo', '--respondents', '6', '--seed', '7', '--out-dir', a);
    expect(run).toMatchObject({ code: 0, err: [] });
    expect(run.out).toEqual([`${a}: 6 response files written (seed 7, ${ITEMS} answers each)`]);
    await cli('demo', '--respondents', '6', '--seed', '7', '--out-dir', b);
    const filesA = responseFiles(a);
    expect(filesA).toHaveLength(6);
    expect(filesA.every((f) => f.endsWith('.capamap-response.json'))).toBe(true);
    expect(filesA.map((f) => readFileSync(f, 'utf8'))).toEqual(responseFiles(b).map((f) => readFileSync(f, 'utf8')));
    const parsed = filesA.map((f) => parseResponse(readFileSync(f, 'utf8')));
    expect(parsed.every((p) => p.ok)).toBe(true);
    const ids = parsed.map((p) => (p.ok ? p.value.respondent.id : ''));
    expect(new Set(ids).size).toBe(6);

    const other = join(dir, 'seed-8');
    await cli('demo', '--respondents', '6', '--seed', '8', '--out-dir', other);
    expect(responseFiles(other).map((f) => readFileSync(f, 'utf8'))).not.toEqual(filesA.map((f) => readFileSync(f, 'utf8')));
  });

  it('explains wrong combinations', async () => {
    expect(await cli('demo', '--respondents', '3', '-o', join(dir, 'x.json'))).toMatchObject({ code: 1, err: [expect.stringContaining('--respondents N --out-dir') as unknown] });
    expect(await cli('demo', '--out-dir', dir)).toMatchObject({ code: 1 });
    expect(await cli('demo', '--respondents', '0', '--out-dir', dir)).toMatchObject({ code: 1, err: ['--respondents: at least 1 respondent'] });
    expect(await cli('demo', '--respondents', 'many', '--out-dir', dir)).toMatchObject({ code: 1 });
  });
});

describe('cli merge', () => {
  const folder = join(dir, 'workshop');
  const merged = join(dir, 'merged.capamap.json');

  it('merges response files into a new assessment and prints the conflict summary', async () => {
    await cli('demo', '--respondents', '5', '--seed', '3', '--out-dir', folder);
    const run = await cli('merge', ...responseFiles(folder), '-o', merged, '--institution', 'Ministry of Digital Economy', '--country', 'Asterra');
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    const assessment = read(merged);
    expect(checkAssessment(assessment, core.questionnaire)).toEqual([]);
    expect(assessment.meta).toMatchObject({ institution: 'Ministry of Digital Economy', country: 'Asterra', assessmentDate: '2026-01-15' });
    const view = mergeView(core.questionnaire, assessment);
    const t = view.totals;
    expect(t.respondents).toBe(5);
    expect(t.conflicts).toBeGreaterThan(0);
    expect(t.agreed).toBeGreaterThan(0);
    expect(run.out[0]).toBe(`${merged}: 5 respondents (5 added), ${t.agreed} items agreed, ${t.conflicts} conflicts, 0 resolved, ${t.unanswered} unanswered`);
    expect(run.out[1]).toMatch(/^Disagreement \(mean spread in stages\): compute \d\.\d, data/);
    expect(run.out[2]).toBe('Most contested:');
    expect(run.out.slice(3)).toHaveLength(5);
    expect(run.out[3]).toContain(view.contested[0]!.itemId);
  });

  it('asks for the institution and country a merge of response files alone leaves unstated; the report never prints a placeholder', async () => {
    const bare = join(dir, 'bare.capamap.json');
    const run = await cli('merge', ...responseFiles(folder), '-o', bare);
    expect(run.code).toBe(0);
    expect(run.err).toEqual([`${bare}: institution and country not stated yet; the report will ask first (or run merge again with --institution "…" --country "…")`]);
    const pdf = join(dir, 'bare.pdf');
    const refused = await cli('report', bare, '-o', pdf, '--sections', 'cover');
    expect(refused).toMatchObject({ code: 1, out: [] });
    expect(refused.err).toEqual([
      `${bare}: the report needs the institution and country, which this workshop (merged from response files alone) does not state yet: add --institution "…" --country "…", or state them in the app`,
    ]);
    expect(() => readFileSync(pdf)).toThrow();
    const stated = await cli('report', bare, '-o', pdf, '--sections', 'cover', '--institution', 'Ministry of Digital Economy', '--country', 'Asterra');
    expect(stated).toMatchObject({ code: 0, err: [] });
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('is the same whatever the order of the files', async () => {
    const reversed = join(dir, 'reversed.capamap.json');
    await cli('merge', ...responseFiles(folder).reverse(), '-o', reversed, '--institution', 'Ministry of Digital Economy', '--country', 'Asterra');
    expect(readFileSync(reversed, 'utf8')).toBe(readFileSync(merged, 'utf8'));
  });

  it('re-imports into an assessment: replaced, never duplicated; resolutions kept', async () => {
    const before = read(merged);
    const contested = mergeView(core.questionnaire, before).contested[0]!;
    const resolved = resolveConflict(core.questionnaire, before, { itemId: contested.itemId, answer: contested.suggestion, note: 'Agreed in plenary', decidedAt: '2026-01-15T16:00:00.000Z' });
    const withResolution = join(dir, 'resolved.capamap.json');
    writeFileSync(withResolution, serializeAssessment(resolved));

    // One respondent sends a corrected file later in the day.
    const first = responseFiles(folder)[0]!;
    const parsed = parseResponse(readFileSync(first, 'utf8'));
    if (!parsed.ok) throw new Error('demo file');
    const corrected = { ...parsed.value, exportedAt: '2026-01-15T17:00:00.000Z', answers: { ...parsed.value.answers, 'compute.hpc-access': { kind: 'stage' as const, stage: 5 } } };
    const correctedFile = join(dir, 'corrected.capamap-response.json');
    writeFileSync(correctedFile, serializeResponse(corrected));

    const out = join(dir, 'again.capamap.json');
    const run = await cli('merge', withResolution, ...responseFiles(folder), correctedFile, '-o', out);
    expect(run).toMatchObject({ code: 0, err: [] });
    expect(run.out).toContain(`${first}: another file from ${corrected.respondent.name} (exported 2026-01-15T17:00:00.000Z) was imported instead of this one`);
    expect(run.out.find((l) => l.startsWith(out))).toMatch(/5 respondents \(0 added, 1 replaced, 4 unchanged\), \d+ items agreed, \d+ conflicts, 1 resolved/);
    const after = read(out);
    expect(after.respondents).toHaveLength(5);
    expect(after.responses[corrected.respondent.id]!['compute.hpc-access']).toEqual({ kind: 'stage', stage: 5 });
    expect(after.resolutions).toEqual(resolved.resolutions);
    expect(after.answers[contested.itemId]).toEqual(resolved.answers[contested.itemId]);
    expect(after.updatedAt).toBe('2026-01-15T17:00:00.000Z');
  });

  it('refuses files of another questionnaire and writes nothing', async () => {
    const parsed = parseResponse(readFileSync(responseFiles(folder)[1]!, 'utf8'));
    if (!parsed.ok) throw new Error('demo file');
    const foreign = join(dir, 'foreign.capamap-response.json');
    writeFileSync(foreign, serializeResponse({ ...parsed.value, questionnaire: { id: 'other-questionnaire', version: '1.0.0' } }));
    const out = join(dir, 'never.capamap.json');
    const run = await cli('merge', responseFiles(folder)[0]!, foreign, '-o', out);
    expect(run.code).toBe(1);
    expect(run.err).toEqual([
      `${foreign}: refused: it answers another questionnaire (“other-questionnaire”; this assessment uses “capamap-core”), so nothing was taken from it`,
      'nothing was written: 1 file was refused',
    ]);
    expect(() => readFileSync(out)).toThrow();
  });

  it('reports answers to items a newer questionnaire version dropped', async () => {
    const parsed = parseResponse(readFileSync(responseFiles(folder)[2]!, 'utf8'));
    if (!parsed.ok) throw new Error('demo file');
    const old = join(dir, 'old-version.capamap-response.json');
    writeFileSync(old, serializeResponse({ ...parsed.value, questionnaire: { id: 'capamap-core', version: '0.9.0' }, answers: { ...parsed.value.answers, 'compute.retired-indicator': { kind: 'stage', stage: 2 } } }));
    const run = await cli('merge', old, '-o', join(dir, 'old.capamap.json'), '--country', 'Asterra');
    expect(run).toMatchObject({ code: 0, err: [] });
    expect(run.out).toContain(`${old}: ${parsed.value.respondent.name} answered version 0.9.0 of the questionnaire; this assessment uses version ${core.questionnaire.version}`);
    expect(run.out).toContain(`${old}: 1 answer left out (compute.retired-indicator: no longer in version ${core.questionnaire.version} of the questionnaire)`);
  });

  it('explains bad input in one line', async () => {
    const assessmentFile = join(dir, 'demo.capamap.json');
    await cli('demo', '-o', assessmentFile);
    const first = responseFiles(folder)[0]!;
    expect(await cli('merge', first, assessmentFile, '-o', join(dir, 'x.json'))).toMatchObject({ code: 1, err: [`${assessmentFile}: is not a response file (only the first file may be an assessment)`] });
    expect(await cli('merge', assessmentFile, '-o', join(dir, 'x.json'))).toMatchObject({ code: 1, err: ['arguments: name at least one response file to merge'] });
    expect(await cli('merge', first)).toMatchObject({ code: 1, err: ['--out: name the merged file with -o'] });
    expect(await cli('merge', join(dir, 'missing.json'), '-o', join(dir, 'x.json'))).toMatchObject({ code: 1, err: [expect.stringContaining('no such file') as unknown] });
    const broken = join(dir, 'broken.capamap-response.json');
    writeFileSync(broken, '{"format":1,"kind":"capamap.response","respondent":{}}');
    const run = await cli('merge', broken, '-o', join(dir, 'x.json'));
    expect(run.code).toBe(1);
    // One plain line: the file, what is wrong, what to do; the JSON paths only with --verbose.
    expect(run.err).toEqual([`${broken}: this file is damaged: the entry “questionnaire” is missing (and 4 more problems). Ask the respondent to export the answers again and send the new file.`]);
    const verbose = await cli('merge', broken, '-o', join(dir, 'x.json'), '--verbose');
    expect(verbose.err[0]).toBe(run.err[0]);
    expect(verbose.err.slice(1)).toEqual(['  $.questionnaire: is missing', '  $.respondent.id: is missing', '  $.respondent.name: is missing', '  $.answers: is missing', '  $.exportedAt: is missing']);
  });
});

describe('cli export', () => {
  const merged = join(dir, 'export-source.capamap.json');

  it('writes answers as CSV that reads back', async () => {
    const folder = join(dir, 'export-workshop');
    await cli('demo', '--respondents', '3', '--seed', '11', '--out-dir', folder);
    await cli('merge', ...responseFiles(folder), '-o', merged);
    const csvFile = join(dir, 'answers.csv');
    const run = await cli('export', merged, '--csv', '-o', csvFile);
    expect(run).toMatchObject({ code: 0, err: [] });
    const assessment = read(merged);
    const rows = Object.keys(assessment.answers).length + 3 * ITEMS;
    expect(run.out).toEqual([`${csvFile}: CSV written (${rows} rows, 3 respondents and the consensus)`]);
    const text = readFileSync(csvFile, 'utf8');
    expect(text.startsWith('\uFEFFrespondent_id,respondent_name,agency,item_id,section,kind,stage,likelihood,impact,preparedness,confidence,notes,evidence,value\r\n')).toBe(true);
    const parsed = parseAnswersCsv(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.consensus).toEqual(assessment.answers);
    expect(parsed.value.respondents.map((r) => r.answers)).toEqual(Object.values(assessment.responses));

    const noConsensus = await cli('export', merged, '--csv', '--no-consensus', '-o', csvFile);
    expect(noConsensus.out).toEqual([`${csvFile}: CSV written (${3 * ITEMS} rows, 3 respondents)`]);
  });

  it('writes the assessment, or one respondent’s response file, as JSON', async () => {
    const json = join(dir, 'export.capamap.json');
    expect(await cli('export', merged, '--json', '-o', json)).toMatchObject({ code: 0, out: [`${json}: assessment written`] });
    expect(readFileSync(json, 'utf8')).toBe(readFileSync(merged, 'utf8'));
    const assessment = read(merged);
    const who = assessment.respondents[1]!;
    const one = join(dir, 'one.capamap-response.json');
    expect(await cli('export', merged, '--json', '--respondent', who.id, '-o', one)).toMatchObject({ code: 0, out: [`${one}: response file of ${who.name} written`] });
    const parsed = parseResponse(readFileSync(one, 'utf8'));
    expect(parsed.ok && parsed.value).toMatchObject({ respondent: { id: who.id, name: who.name }, answers: assessment.responses[who.id], exportedAt: who.exportedAt, assessmentId: assessment.id });
  });

  it('explains bad options', async () => {
    expect(await cli('export', merged, '-o', join(dir, 'x'))).toMatchObject({ code: 1, err: ['--csv: choose one of --csv or --json'] });
    expect(await cli('export', merged, '--csv', '--json', '-o', join(dir, 'x'))).toMatchObject({ code: 1, err: ['--csv: choose one of --csv or --json'] });
    expect(await cli('export', merged, '--csv', '--respondent', 'x', '-o', join(dir, 'x'))).toMatchObject({ code: 1, err: ['--respondent: a single respondent is exported with --json (a response file)'] });
    expect(await cli('export', merged, '--json', '--respondent', 'nobody', '-o', join(dir, 'x'))).toMatchObject({ code: 1, err: [expect.stringContaining('"nobody" has no answers') as unknown] });
    expect(await cli('export', merged, '--csv')).toMatchObject({ code: 1, err: ['--out: name the output file with -o'] });
  });

  it('exports a format-1 file too (migrated on the way)', async () => {
    const format1 = join(dir, 'format-1.capamap.json');
    const { responses: _r, resolutions: _s, ...rest } = JSON.parse(readFileSync(merged, 'utf8')) as Record<string, unknown>;
    const consensus = Object.keys(read(merged).answers).length;
    writeFileSync(format1, JSON.stringify({ ...rest, format: 1, respondents: [] }));
    const csvFile = join(dir, 'format-1.csv');
    const run = await cli('export', format1, '--csv', '-o', csvFile);
    expect(run).toMatchObject({ code: 0, out: [`${csvFile}: CSV written (${consensus} rows, 0 respondents and the consensus)`] });
  });

  it('refuses exactly what validate refuses, with the same line', async () => {
    const mini = join(__dirname, '..', '..', 'fixtures', 'assessments', 'format-1.capamap.json');
    const validate = await cli('validate', mini);
    const run = await cli('export', mini, '--csv', '-o', join(dir, 'mini.csv'));
    expect(run.code).toBe(1);
    expect(run.err).toEqual([`${mini}: questionnaire "mini" is not installed`]);
    expect(validate.out).toEqual([`${mini}: $.questionnaire.id: questionnaire "mini" is not installed`]);
    const unknown = join(dir, 'unknown-ids.capamap.json');
    const assessment = read(merged);
    writeFileSync(unknown, serializeAssessment({ ...assessment, answers: { ...assessment.answers, 'compute.no-such-item': { kind: 'dont-know' } } }));
    expect((await cli('validate', unknown)).code).toBe(1);
    expect(await cli('export', unknown, '--json', '-o', join(dir, 'unknown-out.json'))).toMatchObject({ code: 1, err: [expect.stringContaining('compute.no-such-item') as unknown] });
  });
});

describe('cli merge: a file reusing a respondent id for someone else', () => {
  it('is refused with a line naming both people, and nothing is written', async () => {
    const folder = join(dir, 'spoof');
    await cli('demo', '--respondents', '2', '--seed', '5', '--out-dir', folder);
    const [genuineFile] = responseFiles(folder);
    const merged = join(dir, 'spoof-merged.capamap.json');
    expect((await cli('merge', ...responseFiles(folder), '-o', merged)).code).toBe(0);
    const genuine = parseResponse(readFileSync(genuineFile!, 'utf8'));
    if (!genuine.ok) throw new Error('demo file');
    const spoofFile = join(dir, 'spoof.capamap-response.json');
    writeFileSync(spoofFile, serializeResponse({ ...genuine.value, respondent: { ...genuine.value.respondent, name: 'Eve Intruder', agency: 'Nowhere' }, exportedAt: '2099-01-01T00:00:00.000Z' }));
    const before = readFileSync(merged, 'utf8');
    const out = join(dir, 'spoof-out.capamap.json');
    const run = await cli('merge', merged, spoofFile, '-o', out);
    expect(run.code).toBe(1);
    const { id, name, agency } = genuine.value.respondent;
    expect(run.err).toEqual([
      `${spoofFile}: refused: it says respondent "${id}" is Eve Intruder (Nowhere), but the assessment already has ${name} (${agency}) under that id; give the file its own respondent id, or decide in CapaMap’s workshop screen`,
      'nothing was written: 1 file was refused',
    ]);
    expect(readFileSync(merged, 'utf8')).toBe(before);
  });
});
