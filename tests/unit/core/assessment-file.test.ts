import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_MIGRATIONS, parseAssessment, safeFileStem, serializeAssessment, suggestedFileName } from '../../../core/model/assessment-file';
import { parseContent } from '../../../core/model/content';
import { makeDemoAssessment } from '../../../core/demo/assessment';
import { ASSESSMENT_FORMAT, type Assessment } from '../../../core/model/schema/assessment';
import { checkAssessment } from '../../../core/model/validate';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const FORMAT_1 = readFileSync(join(FIXTURES, 'assessments', 'format-1.capamap.json'), 'utf8');

function mini() {
  const parsed = parseContent(readFileSync(join(FIXTURES, 'mini', 'questionnaire.json'), 'utf8'), readFileSync(join(FIXTURES, 'mini', 'actions.json'), 'utf8'));
  if (!parsed.ok) throw new Error('mini content');
  return parsed.value;
}

/**
 * What the format-1 fixture must become: the same data, answers kept as the
 * consensus, workshop fields empty, no indicator targets; its phase cap (8, not
 * method 1's default of 10) is a team's choice and stays.
 */
const MIGRATED: Assessment = {
  format: 3,
  id: 'fixture-format-1',
  questionnaire: { id: 'mini', version: '1.0.0' },
  modules: ['health'],
  meta: {
    institution: 'Ministry of Digital Economy',
    country: 'Republic of Asterra',
    assessmentDate: '2025-03-10',
    leadRespondent: 'A. Mensah',
    language: 'fr',
    confidentiality: 'For official use',
  },
  targets: { compute: 3 },
  indicatorTargets: {},
  respondents: [
    { id: 'a-mensah', name: 'A. Mensah', agency: 'Ministry of Digital Economy', role: 'Director' },
    { id: 'b-chen', name: 'B. Chen', agency: 'Statistics Office', role: '' },
  ],
  answers: {
    'profile.ai-strategy': { kind: 'profile', value: 'adopted' },
    'compute.hpc-access': { kind: 'stage', stage: 2, confidence: 'high', notes: 'Shared GPU cluster at the university; "pilot" only.' },
    'compute.connectivity': { kind: 'stage', stage: 3 },
    'data.protection-law': { kind: 'dont-know' },
    'data.open-data': { kind: 'not-applicable', evidence: 'No open-data mandate' },
    'military.unchecked-autonomy': { kind: 'risk', likelihood: 2, impact: 5, preparedness: 1 },
    'misuse.deepfakes-disinformation': { kind: 'risk', likelihood: 4 },
  },
  responses: {},
  resolutions: {},
  roadmap: { edits: { 'compute-gpu-pilot': { status: 'accepted', owner: 'ICT unit' } }, custom: [], phaseCap: 8 },
  createdAt: '2025-03-10T08:00:00.000Z',
  updatedAt: '2025-03-11T16:30:00.000Z',
};

describe('assessment format 3', () => {
  it('is the current format, with migrations from formats 1 and 2', () => {
    expect(ASSESSMENT_FORMAT).toBe(3);
    expect(ASSESSMENT_MIGRATIONS.map((m) => m.from)).toEqual([1, 2]);
  });

  it('a format-1 file loads and equals the migrated expectation', () => {
    const parsed = parseAssessment(FORMAT_1);
    expect(parsed).toStrictEqual({ ok: true, value: MIGRATED });
    if (parsed.ok) expect(checkAssessment(parsed.value, mini().questionnaire)).toEqual([]);
  });

  it('a migrated file saves as format 3 and reads back unchanged', () => {
    const parsed = parseAssessment(FORMAT_1);
    if (!parsed.ok) throw new Error('fixture');
    const text = serializeAssessment(parsed.value);
    expect(JSON.parse(text)).toMatchObject({ format: 3, responses: {}, resolutions: {}, indicatorTargets: {} });
    expect(parseAssessment(text)).toStrictEqual({ ok: true, value: parsed.value });
  });

  it('a format-1 file without respondents or optional fields still loads', () => {
    const { respondents: _r, targets: _t, modules: _m, roadmap: _rm, ...bare } = JSON.parse(FORMAT_1) as Record<string, unknown>;
    const parsed = parseAssessment(JSON.stringify(bare));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value).toMatchObject({ format: 3, respondents: [], responses: {}, resolutions: {}, answers: MIGRATED.answers, roadmap: { edits: {}, custom: [] } });
    if (parsed.ok) expect(parsed.value.roadmap.phaseCap).toBeUndefined();
  });

  it('repeated respondent ids of a format-1 file get a suffix instead of making it unreadable', () => {
    const doc = JSON.parse(FORMAT_1) as { respondents: { id: string }[] };
    doc.respondents = [{ ...doc.respondents[0]! }, { ...doc.respondents[0]! }, { ...doc.respondents[0]! }];
    const parsed = parseAssessment(JSON.stringify(doc));
    expect(parsed.ok ? parsed.value.respondents.map((r) => r.id) : parsed.problems).toEqual(['a-mensah', 'a-mensah-2', 'a-mensah-3']);
  });

  it('a format-4 file is refused as made by a newer CapaMap', () => {
    const parsed = parseAssessment(JSON.stringify({ ...(JSON.parse(FORMAT_1) as object), format: 4 }));
    expect(parsed).toEqual({ ok: false, problems: [{ path: '$.format', code: 'format.newer', params: { version: 4 } }] });
  });

  it('the migrations do not change the parsed document', () => {
    const doc = JSON.parse(FORMAT_1) as Record<string, unknown>;
    const copy = structuredClone(doc);
    for (const step of ASSESSMENT_MIGRATIONS) step.up(doc);
    expect(doc).toEqual(copy);
  });

  it('format 2 → 3 keeps answers and edits, names custom leads as lead bodies, and drops only the untouched default phase cap', () => {
    const v2 = {
      ...(JSON.parse(FORMAT_1) as Record<string, unknown>),
      format: 2,
      responses: {},
      resolutions: {},
      roadmap: {
        edits: { 'compute-gpu-pilot': { status: 'accepted', owner: 'ICT unit', phase: 2 } },
        custom: [
          { id: 'custom-hackathon', area: 'talent', title: 'Hackathon', description: '', phase: 1, lead: 'ministry', owner: '' },
          { id: 'custom-survey', area: 'data', title: 'Survey', description: '', phase: 2, lead: 'international-organisation', owner: '' },
        ],
        phaseCap: 10,
      },
    };
    const parsed = parseAssessment(JSON.stringify(v2));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.value.answers).toEqual(MIGRATED.answers);
    expect(parsed.value.roadmap).toEqual({
      edits: { 'compute-gpu-pilot': { status: 'accepted', owner: 'ICT unit', phase: 2 } },
      custom: [
        { id: 'custom-hackathon', area: 'talent', title: 'Hackathon', description: '', phase: 1, lead: 'ministry-ict', owner: '' },
        { id: 'custom-survey', area: 'data', title: 'Survey', description: '', phase: 2, lead: 'international-partners', owner: '' },
      ],
    });
    const chosen = parseAssessment(JSON.stringify({ ...v2, roadmap: { ...v2.roadmap, phaseCap: 6 } }));
    expect(chosen.ok && chosen.value.roadmap.phaseCap).toBe(6);
  });

  it('a risk rating may be "don\'t know", but not both rated and unknown', () => {
    const withUnknown = { ...MIGRATED, answers: { 'misuse.deepfakes-disinformation': { kind: 'risk', likelihood: 4, unknown: ['impact', 'preparedness'] } } };
    expect(parseAssessment(JSON.stringify(withUnknown)).ok).toBe(true);
    const both = { ...MIGRATED, answers: { 'misuse.deepfakes-disinformation': { kind: 'risk', likelihood: 4, unknown: ['likelihood'] } } };
    const parsed = parseAssessment(JSON.stringify(both));
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.path)).toEqual(['$.answers.misuse.deepfakes-disinformation.unknown']);
  });

  it('indicator targets must name indicators of the questionnaire', () => {
    const a = { ...MIGRATED, indicatorTargets: { 'compute.hpc-access': 4, 'profile.ai-strategy': 3 } };
    expect(checkAssessment(a, mini().questionnaire)).toEqual([{ path: '$.indicatorTargets.profile.ai-strategy', code: 'assessment.notIndicator', params: { id: '"profile.ai-strategy"', questionnaire: 'mini' } }]);
  });

  it('a format-3 file round-trips with responses and resolutions', () => {
    const a: Assessment = {
      ...MIGRATED,
      respondents: [...MIGRATED.respondents.map((r) => ({ ...r, exportedAt: '2025-03-10T12:00:00.000Z' }))],
      responses: { 'a-mensah': { 'compute.hpc-access': { kind: 'stage', stage: 2 } }, 'b-chen': { 'compute.hpc-access': { kind: 'stage', stage: 4 } } },
      resolutions: { 'compute.hpc-access': { note: 'The cluster is a pilot.', decidedAt: '2025-03-11T15:00:00.000Z' } },
    };
    expect(parseAssessment(serializeAssessment(a))).toStrictEqual({ ok: true, value: a });
  });

  it('refuses responses of someone who is not a respondent, and repeated respondent ids', () => {
    const a = { ...MIGRATED, responses: { 'c-nobody': {} } };
    expect(parseAssessment(serializeAssessment(a))).toMatchObject({ ok: false, problems: [{ path: '$.responses.c-nobody', code: 'schema.unknownRespondent', params: { id: 'c-nobody' } }] });
    const b = { ...MIGRATED, respondents: [MIGRATED.respondents[0]!, MIGRATED.respondents[0]!] };
    expect(parseAssessment(serializeAssessment(b))).toMatchObject({ ok: false, problems: [{ path: '$.respondents[1].id', code: 'schema.duplicateRespondent', params: { id: 'a-mensah' } }] });
  });

  it('refuses a resolution without a valid decision time', () => {
    const a = { ...MIGRATED, resolutions: { 'compute.hpc-access': { note: 'x', decidedAt: 'yesterday' } } };
    const parsed = parseAssessment(JSON.stringify(a));
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.path)).toEqual(['$.resolutions.compute.hpc-access.decidedAt']);
  });

  it('a demo assessment is format 3 and round-trips', () => {
    const q = mini().questionnaire;
    const demo = makeDemoAssessment(q, { seed: 3, now: '2026-01-15T09:00:00.000Z' });
    expect(demo.format).toBe(3);
    expect(parseAssessment(serializeAssessment(demo))).toEqual({ ok: true, value: demo });
  });
});

describe('file names', () => {
  it('are safe on every OS, for any script', () => {
    expect(suggestedFileName(MIGRATED)).toBe('Ministry-of-Digital-Economy-2025-03-10.capamap.json');
    expect(suggestedFileName({ ...MIGRATED, meta: { ...MIGRATED.meta, institution: 'Ministère / Économie: "numérique"' } })).toBe('Ministere-Economie-numerique-2025-03-10.capamap.json');
    expect(suggestedFileName({ ...MIGRATED, meta: { ...MIGRATED.meta, institution: '***', assessmentDate: '2025-03-10' } })).toBe('2025-03-10.capamap.json');
  });

  it('never cut a character in two', () => {
    const stem = safeFileStem('𠀀'.repeat(100));
    expect([...stem]).toHaveLength(80);
    expect(stem).toBe('𠀀'.repeat(80));
    expect(safeFileStem(`${'a'.repeat(79)} b`)).toBe('a'.repeat(79));
  });
});
