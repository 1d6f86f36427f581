import { english, refusal } from '../../english';
import { describe, expect, it } from 'vitest';
import { parseAssessment, serializeAssessment } from '../../../core/model/assessment-file';
import { assessmentFromResponses, BEFORE_IMPORT_ID, clearResolution, deriveConsensus, importResponses, mergeView, mostContested, removeRespondent, resolveConflict, type MergeItem } from '../../../core/workshop/merge';
import { scoreAssessment } from '../../../core/method/scoring';
import { checkAssessment } from '../../../core/model/validate';
import { emptyAssessment, miniContent, response, stage, T0 } from './merge.helpers';

const { questionnaire: q } = miniContent();
const item = (view: ReturnType<typeof mergeView>, id: string): MergeItem => view.items.find((i) => i.itemId === id)!;

describe('importResponses', () => {
  const files = [
    response('amina', { 'compute.hpc-access': stage(2), 'compute.connectivity': stage(3), 'data.protection-law': { kind: 'dont-know' } }),
    response('chen', { 'compute.hpc-access': stage(4), 'compute.connectivity': stage(3), 'data.protection-law': stage(2) }),
    response('maria', { 'compute.hpc-access': stage(3), 'compute.connectivity': { ...stage(3), notes: 'fibre backbone' } }),
  ];

  it('stores each respondent, fills agreed items and leaves conflicts open', () => {
    const { assessment, report } = importResponses(q, emptyAssessment(), files, { now: '2026-03-02T12:00:00.000Z' });
    expect(report).toMatchObject({ imported: ['amina', 'chen', 'maria'], replaced: [], refused: [], dropped: [], keptExistingAs: null });
    expect(assessment.respondents.map((r) => r.id)).toEqual(['amina', 'chen', 'maria']);
    expect(assessment.respondents[0]).toEqual({ id: 'amina', name: 'AMINA', agency: 'Agency of amina', role: '', exportedAt: '2026-03-02T11:00:00.000Z' });
    expect(Object.keys(assessment.responses)).toEqual(['amina', 'chen', 'maria']);
    // Agreed: all three say stage 3; the one note is kept.
    expect(assessment.answers['compute.connectivity']).toEqual({ kind: 'stage', stage: 3, notes: 'fibre backbone' });
    // "Don't know" takes no position: chen's stage 2 stands alone.
    expect(assessment.answers['data.protection-law']).toEqual(stage(2));
    // Conflict: no consensus until the facilitator decides.
    expect(assessment.answers['compute.hpc-access']).toBeUndefined();
    expect(assessment.updatedAt).toBe('2026-03-02T12:00:00.000Z');
    expect(checkAssessment(assessment, q)).toEqual([]);
    expect(parseAssessment(serializeAssessment(assessment))).toEqual({ ok: true, value: assessment });
  });

  it('re-importing replaces a respondent’s answers and never duplicates', () => {
    const first = importResponses(q, emptyAssessment(), files).assessment;
    const again = importResponses(q, first, files);
    expect(again.assessment).toStrictEqual(first);
    expect(again.report).toMatchObject({ imported: [], unchanged: ['amina', 'chen', 'maria'] });

    const corrected = response('chen', { 'compute.hpc-access': stage(2) }, '2026-03-02T15:00:00.000Z');
    const { assessment, report } = importResponses(q, first, [corrected]);
    expect(report).toMatchObject({ imported: ['chen'], replaced: ['chen'] });
    expect(assessment.respondents).toHaveLength(3);
    // Chen's old answers are gone, not merged with the new ones.
    expect(assessment.responses.chen).toEqual({ 'compute.hpc-access': stage(2) });
    expect(assessment.answers['data.protection-law']).toEqual({ kind: 'dont-know' });
    expect(item(mergeView(q, assessment), 'compute.hpc-access')).toMatchObject({ status: 'conflict', spread: 1 });
  });

  it('an older file never replaces newer answers; the latest of several files wins', () => {
    const newer = response('chen', { 'compute.hpc-access': stage(5) }, '2026-03-02T16:00:00.000Z');
    const older = response('chen', { 'compute.hpc-access': stage(1) }, '2026-03-02T10:00:00.000Z');
    const batch = importResponses(q, emptyAssessment(), [older, newer]);
    expect(batch.assessment.responses.chen).toEqual({ 'compute.hpc-access': stage(5) });
    expect(batch.report.notices).toEqual([
      { file: 0, respondent: 'chen', kind: 'superseded', message: { code: 'import.superseded', params: { name: expect.any(String) as unknown, exportedAt: expect.any(String) as unknown } } },
    ]);
    const later = importResponses(q, batch.assessment, [older]);
    expect(later.assessment).toBe(batch.assessment);
    expect(later.report.notices).toEqual([{ file: 0, respondent: 'chen', kind: 'older', message: { code: 'import.older', params: { name: expect.any(String) as unknown, exportedAt: expect.any(String) as unknown } } }]);
    expect(english(later.report.notices[0]!.message)).toMatch(/^older than the answers of .* already imported/);
  });

  it('refuses files of another questionnaire with the reason', () => {
    const other = { ...response('omar', { 'compute.hpc-access': stage(1) }), questionnaire: { id: 'capamap-core', version: '1.0.0' } };
    const { assessment, report } = importResponses(q, emptyAssessment(), [files[0]!, other]);
    expect(report.refused).toEqual([{ file: 1, respondent: 'omar', reason: { code: 'import.otherQuestionnaire', params: { questionnaire: 'capamap-core', ours: 'mini' } } }]);
    expect(assessment.respondents.map((r) => r.id)).toEqual(['amina']);
    const nothing = importResponses(q, emptyAssessment(), [other]);
    expect(nothing.assessment).toEqual(emptyAssessment());
  });

  it('drops and reports answers to items another version no longer has, or that no longer fit', () => {
    const old = response(
      'amina',
      {
        'compute.hpc-access': stage(2),
        'compute.retired-item': stage(3),
        'military.unchecked-autonomy': stage(2),
        'profile.ai-strategy': { kind: 'profile', value: 'draft' },
      },
      '2026-03-02T11:00:00.000Z',
      { questionnaire: { id: 'mini', version: '0.9.0' } },
    );
    const { assessment, report } = importResponses(q, emptyAssessment(), [old]);
    expect(report.dropped).toEqual([
      { file: 0, respondent: 'amina', itemId: 'compute.retired-item', reason: { code: 'import.notInVersion', params: { version: '1.0.0' } } },
      { file: 0, respondent: 'amina', itemId: 'military.unchecked-autonomy', reason: { code: 'answer.wrongKind', params: { kind: 'stage', type: 'risk' } } },
      { file: 0, respondent: 'amina', itemId: 'profile.ai-strategy', reason: { code: 'answer.notAnOption', params: { value: '"draft"' } } },
    ]);
    expect(report.notices).toEqual([{ file: 0, respondent: 'amina', kind: 'other-version', message: { code: 'import.otherVersion', params: { name: expect.any(String) as unknown, version: '0.9.0', ours: '1.0.0' } } }]);
    expect(report.dropped.map((d) => english(d.reason))).toEqual(['no longer in version 1.0.0 of the questionnaire', 'a "stage" answer does not fit a risk item', '"draft" is not one of the options']);
    expect(assessment.responses.amina).toEqual({ 'compute.hpc-access': stage(2) });
  });

  it('notes a file started from another assessment but imports it', () => {
    const { assessment, report } = importResponses(q, emptyAssessment(), [response('amina', { 'compute.hpc-access': stage(2) }, undefined, { assessmentId: 'another-assessment' })]);
    expect(report.notices.map((n) => n.kind)).toEqual(['other-assessment']);
    expect(assessment.responses.amina).toBeDefined();
  });

  it('keeps answers entered before the first import as one more respondent', () => {
    const before = emptyAssessment({
      meta: { ...emptyAssessment().meta, leadRespondent: 'A. Mensah' },
      answers: { 'compute.hpc-access': stage(2), 'data.open-data': stage(4), 'compute.gone': stage(1) },
      updatedAt: '2026-03-01T08:00:00.000Z',
    });
    const { assessment, report } = importResponses(q, before, [response('chen', { 'compute.hpc-access': stage(2), 'data.open-data': stage(1) })]);
    expect(report.keptExistingAs).toBe(BEFORE_IMPORT_ID);
    expect(report.dropped).toEqual([{ file: -1, respondent: BEFORE_IMPORT_ID, itemId: 'compute.gone', reason: { code: 'import.notInQuestionnaire', params: { questionnaire: 'mini' } } }]);
    expect(assessment.respondents.find((r) => r.id === BEFORE_IMPORT_ID)).toEqual({
      id: BEFORE_IMPORT_ID,
      name: 'A. Mensah',
      agency: 'Ministry of Digital Economy',
      role: '',
      exportedAt: '2026-03-01T08:00:00.000Z',
    });
    expect(assessment.answers).toEqual({ 'compute.hpc-access': stage(2) });
    expect(item(mergeView(q, assessment), 'data.open-data')).toMatchObject({ status: 'conflict', spread: 3 });
  });

  it('throws when the assessment is of another questionnaire', () => {
    expect(refusal(() => importResponses(q, emptyAssessment({ questionnaire: { id: 'other', version: '1.0.0' } }), []))).toMatch(/"other", not "mini"/);
  });
});

describe('agreement and conflicts', () => {
  it('compares risks per dimension', () => {
    const risk = (l?: number, i?: number, p?: number) => ({ kind: 'risk' as const, ...(l ? { likelihood: l } : {}), ...(i ? { impact: i } : {}), ...(p ? { preparedness: p } : {}) });
    const { assessment } = importResponses(q, emptyAssessment(), [
      response('a', { 'military.unchecked-autonomy': risk(2, 5, 1), 'misuse.deepfakes-disinformation': risk(4, 4), 'cross-border-data.unprotected-transfers': risk() }),
      response('b', { 'military.unchecked-autonomy': risk(4, 5, 2), 'misuse.deepfakes-disinformation': risk(4, undefined, 2), 'cross-border-data.unprotected-transfers': risk() }),
      response('c', { 'military.unchecked-autonomy': risk(3, 5, 1), 'misuse.deepfakes-disinformation': { kind: 'dont-know' } }),
    ]);
    const view = mergeView(q, assessment);
    expect(item(view, 'military.unchecked-autonomy')).toMatchObject({
      status: 'conflict',
      spread: 2,
      riskSpread: { likelihood: 2, impact: 0, preparedness: 1 },
      suggestion: { kind: 'risk', likelihood: 3, impact: 5, preparedness: 1 },
      consensus: null,
    });
    // Partly filled risks agree when no dimension has two values.
    expect(assessment.answers['misuse.deepfakes-disinformation']).toEqual(risk(4, 4, 2));
    expect(item(view, 'misuse.deepfakes-disinformation')).toMatchObject({ status: 'agreed', riskSpread: { likelihood: 0, impact: null, preparedness: null } });
    // Empty risk answers take no position.
    expect(item(view, 'cross-border-data.unprotected-transfers')).toMatchObject({ status: 'unanswered', answered: 2 });
  });

  it('a stage against "not applicable" is a conflict; unanimous "not applicable" or "don’t know" agree', () => {
    const { assessment } = importResponses(q, emptyAssessment(), [
      response('a', { 'compute.hpc-access': stage(3), 'data.open-data': { kind: 'not-applicable', confidence: 'high' }, 'models.open-model-use': { kind: 'dont-know' } }),
      response('b', { 'compute.hpc-access': { kind: 'not-applicable' }, 'data.open-data': { kind: 'not-applicable', confidence: 'low' }, 'models.open-model-use': { kind: 'dont-know', notes: 'ask ICT' } }),
      response('c', { 'data.open-data': { kind: 'not-applicable' } }),
    ]);
    const view = mergeView(q, assessment);
    expect(item(view, 'compute.hpc-access')).toMatchObject({ status: 'conflict', positions: 2, spread: null, suggestion: stage(3) });
    expect(assessment.answers['data.open-data']).toEqual({ kind: 'not-applicable', confidence: 'low' });
    expect(assessment.answers['models.open-model-use']).toEqual({ kind: 'dont-know', notes: 'ask ICT' });
  });

  it('merges confidence (the middle mark) and differing notes (one line per respondent)', () => {
    const { assessment } = importResponses(q, emptyAssessment(), [
      response('a', { 'compute.hpc-access': { ...stage(2), confidence: 'high', notes: 'one GPU node', evidence: 'inventory 2025' } }),
      response('b', { 'compute.hpc-access': { ...stage(2), confidence: 'low', notes: 'cloud credits only' } }),
      response('c', { 'compute.hpc-access': { ...stage(2), confidence: 'medium', notes: '  one GPU node ' } }),
    ]);
    expect(assessment.answers['compute.hpc-access']).toEqual({
      kind: 'stage',
      stage: 2,
      confidence: 'medium',
      notes: 'A: one GPU node\nB: cloud credits only\nC: one GPU node',
      evidence: 'inventory 2025',
    });
  });

  it('profile answers agree when equal (lists in any order) and otherwise suggest the most common', () => {
    const { assessment } = importResponses(q, emptyAssessment(), [
      response('a', { 'profile.ai-strategy': { kind: 'profile', value: 'adopted' }, 'profile.strategy-name': { kind: 'profile', value: 'AI 2030' } }),
      response('b', { 'profile.ai-strategy': { kind: 'profile', value: 'none' }, 'profile.strategy-name': { kind: 'profile', value: ' AI 2030 ' } }),
      response('c', { 'profile.ai-strategy': { kind: 'profile', value: 'adopted' } }),
    ]);
    const view = mergeView(q, assessment);
    expect(item(view, 'profile.ai-strategy')).toMatchObject({ status: 'conflict', spread: null, suggestion: { kind: 'profile', value: 'adopted' } });
    expect(assessment.answers['profile.strategy-name']).toEqual({ kind: 'profile', value: 'AI 2030' });
  });

  it('lists every respondent side by side, blanks included', () => {
    const { assessment } = importResponses(q, emptyAssessment(), [response('b', { 'compute.hpc-access': stage(1) }), response('a', { 'compute.hpc-access': stage(5) }), response('c', {})]);
    expect(item(mergeView(q, assessment), 'compute.hpc-access').entries).toEqual([
      { respondent: 'a', answer: stage(5) },
      { respondent: 'b', answer: stage(1) },
      { respondent: 'c', answer: null },
    ]);
  });
});

describe('resolving conflicts', () => {
  const base = importResponses(q, emptyAssessment(), [
    response('a', { 'compute.hpc-access': stage(1), 'compute.connectivity': stage(2) }),
    response('b', { 'compute.hpc-access': stage(4), 'compute.connectivity': stage(2) }),
  ]).assessment;

  it('records the consensus and the note; later imports keep it', () => {
    const resolved = resolveConflict(q, base, { itemId: 'compute.hpc-access', answer: { ...stage(2), confidence: 'medium' }, note: 'Only the university pilot counts.', decidedAt: '2026-03-02T16:00:00.000Z' });
    expect(resolved.answers['compute.hpc-access']).toEqual({ ...stage(2), confidence: 'medium' });
    expect(resolved.resolutions).toEqual({ 'compute.hpc-access': { note: 'Only the university pilot counts.', decidedAt: '2026-03-02T16:00:00.000Z' } });
    expect(resolved.updatedAt).toBe('2026-03-02T16:00:00.000Z');
    expect(item(mergeView(q, resolved), 'compute.hpc-access')).toMatchObject({ status: 'resolved', agreed: false, resolution: { note: 'Only the university pilot counts.' } });

    const later = importResponses(q, resolved, [response('c', { 'compute.hpc-access': stage(5), 'compute.connectivity': stage(2) })]).assessment;
    expect(later.answers['compute.hpc-access']).toEqual({ ...stage(2), confidence: 'medium' });
    // Overriding an agreement is a resolution too.
    const overridden = resolveConflict(q, later, { itemId: 'compute.connectivity', answer: stage(3), note: 'New fibre since last week', decidedAt: '2026-03-02T17:00:00.000Z' });
    expect(deriveConsensus(q, overridden)['compute.connectivity']).toEqual(stage(3));
  });

  it('may decide to leave an item unanswered', () => {
    const resolved = resolveConflict(q, base, { itemId: 'compute.connectivity', answer: null, note: 'Not assessable today', decidedAt: T0 });
    expect(resolved.answers['compute.connectivity']).toBeUndefined();
    expect(importResponses(q, resolved, [response('c', { 'compute.connectivity': stage(2) })]).assessment.answers['compute.connectivity']).toBeUndefined();
  });

  it('refuses unknown items and answers that do not fit', () => {
    expect(refusal(() => resolveConflict(q, base, { itemId: 'compute.nothing', answer: stage(2), note: '', decidedAt: T0 }))).toMatch(/not an item/);
    expect(refusal(() => resolveConflict(q, base, { itemId: 'military.unchecked-autonomy', answer: stage(2), note: '', decidedAt: T0 }))).toMatch(/does not fit a risk item/);
  });

  it('clearing a resolution derives the consensus again', () => {
    const resolved = resolveConflict(q, base, { itemId: 'compute.connectivity', answer: stage(5), note: 'x', decidedAt: T0 });
    const cleared = clearResolution(q, resolved, 'compute.connectivity', '2026-03-02T18:00:00.000Z');
    expect(cleared.resolutions).toEqual({});
    expect(cleared.answers['compute.connectivity']).toEqual(stage(2));
    expect(clearResolution(q, cleared, 'compute.connectivity', T0)).toBe(cleared);
  });

  it('removing a respondent can turn a conflict into an agreement', () => {
    const removed = removeRespondent(q, base, 'b', '2026-03-02T18:00:00.000Z');
    expect(removed.respondents.map((r) => r.id)).toEqual(['a']);
    expect(removed.responses).toEqual({ a: { 'compute.hpc-access': stage(1), 'compute.connectivity': stage(2) } });
    expect(removed.answers['compute.hpc-access']).toEqual(stage(1));
    expect(removeRespondent(q, removed, 'nobody', T0)).toBe(removed);
  });

  it('scoring uses the consensus answers', () => {
    const resolved = resolveConflict(q, base, { itemId: 'compute.hpc-access', answer: stage(4), note: '', decidedAt: T0 });
    expect(scoreAssessment(q, resolved).find((s) => s.section === 'compute')).toMatchObject({ score: (4 * 1.5 + 2) / 2.5, answered: 2 });
    expect(scoreAssessment(q, base).find((s) => s.section === 'compute')).toMatchObject({ score: 2, answered: 1 });
  });
});

describe('merge view', () => {
  const { assessment } = importResponses(q, emptyAssessment(), [
    response('a', { 'compute.hpc-access': stage(1), 'compute.connectivity': stage(2), 'data.protection-law': stage(2), 'data.open-data': stage(3), 'health.pilot-deployment': stage(2) }),
    response('b', { 'compute.hpc-access': stage(5), 'compute.connectivity': stage(3), 'data.protection-law': stage(2), 'data.open-data': stage(5) }),
    response('c', { 'compute.hpc-access': stage(3), 'compute.connectivity': stage(3), 'data.protection-law': stage(2), 'data.open-data': stage(4) }),
  ]);
  const view = mergeView(q, assessment, { contested: 2 });

  it('counts agreed, conflicting and unanswered items', () => {
    expect(view.respondents.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(view.totals).toEqual({ respondents: 3, items: 5, agreed: 2, conflicts: 3, resolved: 0, unanswered: view.items.length - 5 });
  });

  it('shows items of sections not chosen only when someone answered them', () => {
    expect(view.items.map((i) => i.itemId)).toContain('health.pilot-deployment');
    const fewer = importResponses(q, emptyAssessment(), [response('a', { 'compute.hpc-access': stage(1) })]).assessment;
    expect(mergeView(q, fewer).items.map((i) => i.section)).not.toContain('health');
  });

  it('gives the mean spread per section', () => {
    const bySection = Object.fromEntries(view.sections.map((s) => [s.section, s]));
    expect(bySection.compute).toMatchObject({ meanSpread: 2.5, compared: 2, conflicts: 2, agreed: 0 });
    expect(bySection.data).toMatchObject({ meanSpread: 1, compared: 2, conflicts: 1, agreed: 1 });
    expect(bySection.health).toMatchObject({ meanSpread: null, compared: 0, agreed: 1 });
    expect(bySection.models).toMatchObject({ meanSpread: null, compared: 0 });
    expect(view.sections.map((s) => s.section)).not.toContain('profile');
  });

  it('ranks the most contested items: larger spread first, then questionnaire order', () => {
    expect(view.contested.map((i) => [i.itemId, i.spread])).toEqual([
      ['compute.hpc-access', 4],
      ['data.open-data', 2],
    ]);
    expect(mostContested(view.items).map((i) => i.itemId)).toEqual(['compute.hpc-access', 'data.open-data', 'compute.connectivity']);
  });
});

describe('analyses kept between calls', () => {
  const files = [response('amina', { 'compute.hpc-access': { ...stage(3), notes: 'two clusters' } }), response('chen', { 'compute.hpc-access': { ...stage(3), notes: 'one cluster' } })];

  it('follows a change of respondents even when their answers are the same object', () => {
    const { assessment } = importResponses(q, emptyAssessment(), files);
    expect(assessment.answers['compute.hpc-access']).toMatchObject({ notes: 'AMINA: two clusters\nCHEN: one cluster' });
    const renamed = { ...assessment, respondents: assessment.respondents.map((r) => (r.id === 'chen' ? { ...r, name: 'Chen Wei' } : r)) };
    expect(deriveConsensus(q, renamed)['compute.hpc-access']).toMatchObject({ notes: 'AMINA: two clusters\nChen Wei: one cluster' });
  });

  it('gives the same view and consensus as a fresh analysis of a copy', () => {
    const { assessment } = importResponses(q, emptyAssessment(), [...files, response('maria', { 'compute.hpc-access': stage(1), 'compute.connectivity': stage(2) })]);
    const decided = resolveConflict(q, assessment, { itemId: 'compute.hpc-access', answer: stage(2), note: 'agreed', decidedAt: T0 });
    const copy = structuredClone(decided);
    expect(mergeView(q, decided)).toEqual(mergeView(q, copy));
    expect(deriveConsensus(q, decided)).toEqual(deriveConsensus(q, copy));
  });
});

describe('assessmentFromResponses', () => {
  it('builds a new assessment: shared id, common agency, answered modules, latest export time', () => {
    const files = [
      response('a', { 'health.pilot-deployment': stage(2) }, '2026-03-02T10:00:00.000Z', { assessmentId: 'asterra-2026' }),
      response('b', { 'compute.hpc-access': stage(2) }, '2026-03-02T12:30:00.000Z', { assessmentId: 'asterra-2026' }),
    ].map((f) => ({ ...f, respondent: { ...f.respondent, agency: 'Ministry of Health' } }));
    const { assessment } = assessmentFromResponses(q, files);
    expect(assessment).toMatchObject({
      id: 'asterra-2026',
      modules: ['health'],
      meta: { institution: 'Ministry of Health', country: 'Not stated', assessmentDate: '2026-03-02' },
      createdAt: '2026-03-02T12:30:00.000Z',
      updatedAt: '2026-03-02T12:30:00.000Z',
    });
    expect(checkAssessment(assessment, q)).toEqual([]);
  });

  it('without a shared id, derives one from who answered, whatever the order', () => {
    const files = [response('a', {}), response('b', {}, undefined, { assessmentId: 'asterra-2026' })];
    const one = assessmentFromResponses(q, files, { meta: { country: 'Asterra', institution: undefined } });
    const two = assessmentFromResponses(q, [...files].reverse(), { meta: { country: 'Asterra' } });
    expect(one.assessment.id).toMatch(/^workshop-[0-9a-f]{8}$/);
    expect(one.assessment).toStrictEqual(two.assessment);
    expect(one.assessment.meta).toMatchObject({ institution: 'Workshop', country: 'Asterra' });
  });

  it('throws without a usable file', () => {
    expect(refusal(() => assessmentFromResponses(q, []))).toMatch(/no response files/);
  });
});
