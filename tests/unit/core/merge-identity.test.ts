import { describe, expect, it } from 'vitest';
import { assessmentFromResponses, importResponses } from '../../../core/workshop/merge';
import { hasUnsafeChars } from '../../../core/model/sanitize';
import { emptyAssessment, miniContent, response, stage } from './merge.helpers';

const { questionnaire: q } = miniContent();
const NOW = '2026-03-02T18:00:00.000Z';
const amina = (answers = { 'compute.hpc-access': stage(2) }, exportedAt = '2026-03-02T11:00:00.000Z') =>
  response('amina', answers, exportedAt, { respondent: { id: 'amina', name: 'Amina Diallo', agency: 'Ministry of Digital Economy', role: '' } });
const spoof = (exportedAt = '2099-01-01T00:00:00.000Z') => response('amina', { 'compute.hpc-access': stage(5) }, exportedAt, { respondent: { id: 'amina', name: 'Eve Intruder', agency: 'Nowhere Agency', role: '' } });

describe('respondents are identified by id and name and institution', () => {
  it('a file reusing a respondent id under another name is held back for the facilitator, whatever its date', () => {
    const first = importResponses(q, emptyAssessment(), [amina()], { now: NOW }).assessment;
    const { assessment, report } = importResponses(q, first, [spoof()], { now: NOW });
    expect(assessment).toBe(first);
    expect(report.imported).toEqual([]);
    expect(report.conflicts).toEqual([
      { file: 0, respondent: 'amina', claimed: { name: 'Eve Intruder', agency: 'Nowhere Agency' }, held: { name: 'Amina Diallo', agency: 'Ministry of Digital Economy' }, otherFiles: [] },
    ]);
    // Her genuine, newer file still goes in: the spoof's 2099 date locked nobody out.
    const genuine = importResponses(q, assessment, [amina({ 'compute.hpc-access': stage(3) }, '2026-03-02T15:00:00.000Z')], { now: NOW });
    expect(genuine.report.replaced).toEqual(['amina']);
    expect(genuine.assessment.responses.amina).toEqual({ 'compute.hpc-access': stage(3) });
    expect(genuine.assessment.respondents.find((r) => r.id === 'amina')?.name).toBe('Amina Diallo');
  });

  it('compares names as people read them: case, spacing and Unicode forms aside', () => {
    const first = importResponses(q, emptyAssessment(), [amina()], { now: NOW }).assessment;
    const same = response('amina', { 'compute.hpc-access': stage(4) }, '2026-03-02T12:00:00.000Z', {
      respondent: { id: 'amina', name: '  amina   DIALLO ', agency: 'ministry of digital economy', role: 'Director' },
    });
    const { report } = importResponses(q, first, [same], { now: NOW });
    expect(report.conflicts).toEqual([]);
    expect(report.replaced).toEqual(['amina']);
  });

  it('the facilitator decides: "same" replaces her answers, "separate" adds another respondent under a new id', () => {
    const first = importResponses(q, emptyAssessment(), [amina()], { now: NOW }).assessment;
    const late = spoof('2026-03-02T12:00:00.000Z');
    const same = importResponses(q, first, [late], { now: NOW, identity: { 0: 'same' } });
    expect(same.report.replaced).toEqual(['amina']);
    expect(same.assessment.respondents.map((r) => r.name)).toEqual(['Eve Intruder']);

    const separate = importResponses(q, first, [late], { now: NOW, identity: { 0: 'separate' } });
    expect(separate.report.imported).toEqual(['amina-2']);
    expect(separate.report.notices.map((n) => n.kind)).toEqual(['renamed']);
    expect(separate.assessment.responses).toEqual({ amina: { 'compute.hpc-access': stage(2) }, 'amina-2': { 'compute.hpc-access': stage(5) } });
    expect(separate.assessment.respondents.map((r) => `${r.id}: ${r.name}`)).toEqual(['amina: Amina Diallo', 'amina-2: Eve Intruder']);
  });

  it('two files of one import that give one id to two people both wait, whichever comes first', () => {
    const files = [amina(), spoof('2026-03-02T12:00:00.000Z')];
    for (const order of [files, [...files].reverse()]) {
      const { assessment, report } = importResponses(q, emptyAssessment(), order, { now: NOW });
      expect(assessment.respondents).toEqual([]);
      expect(report.conflicts.map((c) => [c.file, c.held, c.otherFiles])).toEqual([
        [0, null, [1]],
        [1, null, [0]],
      ]);
    }
  });
});

describe('dates in the future', () => {
  it('are flagged, count as now, and never become the assessment’s dates', () => {
    const { assessment, report } = importResponses(q, emptyAssessment(), [amina(undefined, '2099-01-01T00:00:00.000Z')], { now: NOW });
    expect(report.imported).toEqual(['amina']);
    expect(report.notices.map((n) => n.kind)).toEqual(['future-date']);
    expect(assessment.updatedAt).toBe(NOW);
    expect(assessment.respondents[0]?.exportedAt).toBe(NOW);
    // A later genuine file is not refused as "older" than the impossible date.
    const later = importResponses(q, assessment, [amina({ 'compute.hpc-access': stage(1) }, '2026-03-02T19:00:00.000Z')], { now: '2026-03-02T20:00:00.000Z' });
    expect(later.report.replaced).toEqual(['amina']);
  });

  it('a new assessment made from files takes its dates from none in the future', () => {
    const files = [amina(undefined, '2099-01-01T00:00:00.000Z'), response('chen', { 'compute.hpc-access': stage(3) }, '2026-03-02T10:00:00.000Z')];
    const { assessment, report } = assessmentFromResponses(q, files, { clock: NOW });
    expect(assessment.createdAt).toBe(NOW);
    expect(assessment.updatedAt).toBe(NOW);
    expect(assessment.meta.assessmentDate).toBe('2026-03-02');
    expect(report.notices.map((n) => n.kind)).toEqual(['future-date']);
  });
});

describe('notices', () => {
  it('are single lines with no control, escape or bidi characters, whatever the files say', () => {
    const hostile = '\u001b[31mRed\u001b[0m\nSecond line\u202Eevil\u2066';
    const first = importResponses(q, emptyAssessment(), [response('chen', { 'compute.hpc-access': stage(2) }, '2026-03-02T10:00:00.000Z', { respondent: { id: 'chen', name: hostile, agency: hostile, role: '' } })], {
      now: NOW,
    }).assessment;
    const files = [
      response('chen', { 'compute.hpc-access': stage(1) }, '2026-03-02T09:00:00.000Z', {
        respondent: { id: 'chen', name: hostile, agency: hostile, role: '' },
        assessmentId: `other${hostile}`,
        questionnaire: { id: 'mini', version: `9${hostile}` },
      }),
      response('chen', { 'compute.hpc-access': stage(4) }, '2026-03-02T08:00:00.000Z', { respondent: { id: 'chen', name: hostile, agency: hostile, role: '' } }),
    ];
    const { report } = importResponses(q, first, files, { now: NOW });
    expect(report.notices.map((n) => n.kind).sort()).toEqual(['older', 'other-assessment', 'other-version', 'superseded']);
    for (const n of report.notices) for (const value of Object.values(n.message.params)) expect(hasUnsafeChars(String(value)), `${n.kind}: ${String(value)}`).toBe(false);
  });
});
