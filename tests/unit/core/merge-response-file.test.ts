import { describe, expect, it } from 'vitest';
import { serializeAssessment } from '../../../core/model/assessment-file';
import { isResponseDocument, parseResponse, responseFromAssessment, serializeResponse, stableHash, suggestedResponseFileName, suggestRespondentId } from '../../../core/workshop/response-file';
import { MAX_RESPONSE_ANSWERS, MAX_RESPONSE_BYTES, ResponseFileSchema, type ResponseFile } from '../../../core/model/schema/response';
import { emptyAssessment, response, stage } from './merge.helpers';

const FILE: ResponseFile = response(
  'amina-diallo-mdei',
  { 'compute.hpc-access': { ...stage(2), notes: 'Évaluation — 能力 — تقييم' }, 'profile.ai-strategy': { kind: 'profile', value: 'adopted' } },
  '2026-03-02T11:00:00.000Z',
  {
    assessmentId: 'workshop-0001',
  },
);

describe('response files', () => {
  it('round-trip through text', () => {
    const text = serializeResponse(FILE);
    expect(parseResponse(text)).toStrictEqual({ ok: true, value: FILE });
    expect(parseResponse(`\uFEFF${text}`)).toStrictEqual({ ok: true, value: FILE });
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['format', 'kind', 'questionnaire', 'assessmentId', 'respondent', 'answers', 'exportedAt']);
  });

  it('fill in agency and role when missing', () => {
    const doc = JSON.parse(serializeResponse(FILE)) as { respondent: Record<string, unknown> };
    doc.respondent = { id: 'a', name: 'A' };
    const parsed = parseResponse(JSON.stringify(doc));
    expect(parsed.ok && parsed.value.respondent).toEqual({ id: 'a', name: 'A', agency: '', role: '' });
  });

  it('say when the file is an assessment, or something else', () => {
    expect(parseResponse(serializeAssessment(emptyAssessment()))).toEqual({ ok: false, problems: [{ path: '$', code: 'format.assessmentNotResponse', params: {} }] });
    expect(parseResponse('{"format":1}')).toEqual({ ok: false, problems: [{ path: '$', code: 'format.notResponse', params: {} }] });
    expect(parseResponse('[]')).toEqual({ ok: false, problems: [{ path: '$', code: 'format.notResponse', params: {} }] });
    expect(parseResponse('{"kind":')).toEqual({ ok: false, problems: [{ path: '$', code: 'file.notJson', params: {} }] });
  });

  it('refuse a newer format with a request to update', () => {
    const parsed = parseResponse(JSON.stringify({ ...FILE, format: 2 }));
    expect(parsed).toEqual({ ok: false, problems: [{ path: '$.format', code: 'format.newer', params: { version: 2 } }] });
  });

  it('are strict: unknown keys, bad ids, bad answers and bad times are refused with their place', () => {
    const cases: [unknown, string][] = [
      [{ ...FILE, extra: 1 }, '$'],
      [{ ...FILE, respondent: { ...FILE.respondent, id: 'Amina Diallo' } }, '$.respondent.id'],
      [{ ...FILE, respondent: { ...FILE.respondent, name: '' } }, '$.respondent.name'],
      [{ ...FILE, answers: { 'compute.hpc-access': { kind: 'stage', stage: 6 } } }, '$.answers.compute.hpc-access.stage'],
      [{ ...FILE, answers: { 'compute.hpc-access': { kind: 'stage', stage: 2, colour: 'red' } } }, '$.answers.compute.hpc-access'],
      [{ ...FILE, exportedAt: '2 March' }, '$.exportedAt'],
      [{ ...FILE, assessmentId: 'x' }, '$.assessmentId'],
      [{ ...FILE, kind: 'capamap.response', questionnaire: { id: 'mini' } }, '$.questionnaire.version'],
    ];
    for (const [doc, path] of cases) {
      const parsed = parseResponse(JSON.stringify(doc));
      expect(parsed.ok ? [] : parsed.problems.map((p) => p.path)).toEqual([path]);
    }
  });

  it('have size limits and refuse prototype keys', () => {
    const big = JSON.stringify({ ...FILE, answers: { 'compute.hpc-access': { kind: 'stage', stage: 2, notes: 'x'.repeat(MAX_RESPONSE_BYTES) } } });
    expect(parseResponse(big)).toEqual({ ok: false, problems: [{ path: '$', code: 'file.tooLarge', params: { limitKb: 2048 } }] });
    const many = Object.fromEntries(Array.from({ length: MAX_RESPONSE_ANSWERS + 1 }, (_, i) => [`s.i${i}`, { kind: 'dont-know' }]));
    expect(ResponseFileSchema.safeParse({ ...FILE, answers: many }).success).toBe(false);
    const polluted = serializeResponse(FILE).replace('"answers": {', '"answers": { "__proto__": { "kind": "dont-know" },');
    expect(parseResponse(polluted)).toEqual({ ok: false, problems: [{ path: '$', code: 'file.forbiddenKey', params: { key: '__proto__' } }] });
  });

  it('are recognised by their kind', () => {
    expect(isResponseDocument(FILE)).toBe(true);
    expect(isResponseDocument(emptyAssessment())).toBe(false);
    expect(isResponseDocument(null)).toBe(false);
    expect(isResponseDocument([FILE])).toBe(false);
  });

  it('can be made from a respondent’s own copy of the assessment', () => {
    const a = emptyAssessment({ answers: { 'compute.hpc-access': stage(3) } });
    const r = responseFromAssessment(a, { id: 'chen', name: 'Chen Wei', agency: 'NSO', role: '' }, '2026-03-02T12:00:00.000Z');
    expect(r).toEqual({
      format: 1,
      kind: 'capamap.response',
      questionnaire: a.questionnaire,
      assessmentId: a.id,
      respondent: { id: 'chen', name: 'Chen Wei', agency: 'NSO', role: '' },
      answers: a.answers,
      exportedAt: '2026-03-02T12:00:00.000Z',
    });
    expect(r.answers).not.toBe(a.answers);
    expect(parseResponse(serializeResponse(r))).toEqual({ ok: true, value: r });
  });
});

describe('names', () => {
  it('suggest a safe file name', () => {
    expect(suggestedResponseFileName(FILE)).toBe('AMINA-DIALLO-MDEI-Agency-of-amina-diallo-mdei-2026-03-02.capamap-response.json');
    const odd = { ...FILE, respondent: { ...FILE.respondent, name: '../../etc/passwd', agency: 'C:\\Windows' } };
    expect(suggestedResponseFileName(odd)).toBe('etc-passwd-C-Windows-2026-03-02.capamap-response.json');
    const chinese = { ...FILE, respondent: { ...FILE.respondent, name: '陈伟', agency: '国家统计局' } };
    expect(suggestedResponseFileName(chinese)).toBe('陈伟-国家统计局-2026-03-02.capamap-response.json');
  });

  it('suggest a respondent id from name and agency', () => {
    expect(suggestRespondentId('Amina Diallo', 'Ministry of Digital Economy and Innovation')).toBe('amina-diallo-mdei');
    expect(suggestRespondentId('María López', 'Data Protection Authority')).toBe('maria-lopez-dpa');
    expect(suggestRespondentId('Chen Wei', 'NSO')).toBe('chen-wei-nso');
    expect(suggestRespondentId('Chen Wei')).toBe('chen-wei');
    expect(suggestRespondentId('陈伟', '国家统计局')).toMatch(/^respondent-[0-9a-f]{8}$/);
    expect(suggestRespondentId('陈伟', '国家统计局')).toBe(suggestRespondentId('陈伟', '国家统计局'));
    expect(suggestRespondentId('陈伟', '国家统计局')).not.toBe(suggestRespondentId('王芳', '国家统计局'));
    for (const id of [suggestRespondentId('  --Jean-Pierre  Mbeki--  ', 'of the'), suggestRespondentId('x'.repeat(300), 'y')]) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('hash stably', () => {
    expect(stableHash('')).toBe('811c9dc5');
    expect(stableHash('a')).toBe('e40c292c');
  });
});
