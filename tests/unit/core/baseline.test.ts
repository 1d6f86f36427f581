import { english, refusal } from '../../english';
import { describe, expect, it } from 'vitest';
import { compareWithBaseline } from '../../../core/workshop/baseline';
import { makeDemoAssessment } from '../../../core/demo/assessment';
import { loadBundled } from '../../../cli/content';
import type { Assessment } from '../../../core/model/schema/assessment';
import { emptyAssessment, miniContent, stage } from './merge.helpers';

const { questionnaire: q, library } = miniContent();
const risk = (likelihood: number, impact: number, preparedness: number) => ({ kind: 'risk' as const, likelihood, impact, preparedness });

const previous: Assessment = emptyAssessment({
  id: 'asterra-2025',
  meta: { ...emptyAssessment().meta, assessmentDate: '2025-03-02' },
  targets: { compute: 4 },
  answers: {
    'compute.hpc-access': stage(1),
    'compute.connectivity': stage(2),
    'data.protection-law': stage(3),
    'data.open-data': stage(2),
    'military.unchecked-autonomy': risk(4, 5, 1),
    'misuse.deepfakes-disinformation': risk(4, 4, 2),
  },
  roadmap: {
    edits: { 'data-open-portal': { status: 'dropped' } },
    custom: [{ id: 'custom-hackathon', area: 'talent', title: 'Hackathon', description: '', phase: 1, lead: 'ministry-ict', owner: '' }],
  },
});
const current: Assessment = emptyAssessment({
  id: 'asterra-2026',
  answers: {
    'compute.hpc-access': stage(4),
    'compute.connectivity': stage(3),
    'data.protection-law': stage(3),
    'data.open-data': { kind: 'dont-know' },
    'military.unchecked-autonomy': risk(4, 5, 4),
    'cross-border-data.unprotected-transfers': risk(3, 3, 3),
  },
});

describe('compareWithBaseline', () => {
  const result = compareWithBaseline(q, library, current, previous);

  it('gives per-pillar score deltas', () => {
    const by = Object.fromEntries(result.sections.map((s) => [s.section, s]));
    expect(by.compute).toEqual({ section: 'compute', kind: 'pillar', previous: (1 * 1.5 + 2) / 2.5, current: (4 * 1.5 + 3) / 2.5, delta: (4 * 1.5 + 3) / 2.5 - (1 * 1.5 + 2) / 2.5 });
    // Method 2.0: today's "don't know" on open data counts at stage 1, so the data score is a lower bound.
    expect(by.data).toMatchObject({ previous: (3 * 1.5 + 2) / 2.5, current: (3 * 1.5 + 1) / 2.5 });
    expect(by.models).toEqual({ section: 'models', kind: 'pillar', previous: null, current: null, delta: null });
    expect(result.sections.map((s) => s.section)).toEqual(['compute', 'data', 'models', 'talent']);
  });

  it('gives per-risk priority deltas, new and gone risks included', () => {
    expect(result.risks).toEqual([
      { risk: 'military.unchecked-autonomy', section: 'military', previous: 0.8, current: 0.32, delta: 0.32 - 0.8, previousBand: 'high', currentBand: 'medium', previousRank: 1, currentRank: 1 },
      { risk: 'cross-border-data.unprotected-transfers', section: 'cross-border-data', previous: null, current: 27 / 125, delta: null, previousBand: null, currentBand: 'medium', previousRank: null, currentRank: 2 },
      { risk: 'misuse.deepfakes-disinformation', section: 'misuse', previous: 64 / 125, current: null, delta: null, previousBand: 'high', currentBand: null, previousRank: 2, currentRank: null },
    ]);
  });

  it('marks previous-roadmap actions done when every trigger item now sits above its range', () => {
    const by = Object.fromEntries(result.actions.map((a) => [a.id, a]));
    expect(by['compute-gpu-pilot']).toMatchObject({ done: true, triggers: [{ item: 'compute.hpc-access', fromStage: 1, toStage: 2, previous: 1, current: 4, above: true }] });
    expect(by['compute-gpu-widen']).toMatchObject({ done: true });
    // Connectivity moved from 2 to 3, still inside 1–4.
    expect(by['compute-connect']).toMatchObject({ done: false, triggers: [{ previous: 2, current: 3, above: false }] });
    // Preparedness 1 → 4, above 1–3.
    expect(by['military-human-control']).toMatchObject({ done: true });
    // Unanswered now: not done.
    expect(by['misuse-deepfake-protocol']).toMatchObject({ done: false, triggers: [{ current: null, above: false }] });
    // Dropped and custom actions were not in the roadmap to check.
    expect(by['data-open-portal']).toBeUndefined();
    expect(by['custom-hackathon']).toBeUndefined();
    expect(result.done.sort()).toEqual(['compute-gpu-pilot', 'compute-gpu-widen', 'military-human-control']);
  });

  it('warns when the institution, order or version differ, and refuses another questionnaire', () => {
    expect(result.warnings).toEqual([]);
    const other = compareWithBaseline(
      q,
      library,
      { ...current, meta: { ...current.meta, institution: 'Data Protection Authority' } },
      { ...previous, questionnaire: { id: 'mini', version: '0.9.0' }, meta: { ...previous.meta, assessmentDate: '2027-01-01' } },
    );
    expect(other.warnings).toEqual([
      { code: 'baseline.otherInstitution', params: { previous: 'Ministry of Digital Economy', current: 'Data Protection Authority' } },
      { code: 'baseline.datedAfter', params: {} },
      { code: 'baseline.otherVersion', params: { previous: '0.9.0', current: '1.0.0' } },
    ]);
    expect(other.warnings.map(english)).toEqual([
      'The previous assessment is of “Ministry of Digital Economy”, this one of “Data Protection Authority”.',
      'The “previous” assessment is dated after this one.',
      'The previous assessment used questionnaire version 0.9.0, this one 1.0.0; both are compared on the current questions.',
    ]);
    expect(refusal(() => compareWithBaseline(q, library, current, { ...previous, questionnaire: { id: 'capamap-core', version: '1.0.0' } }))).toMatch(/must answer the questionnaire “mini”/);
  });

  it('compares two demo years of the bundled questionnaire', () => {
    const core = loadBundled().get('capamap-core')!;
    const y1 = makeDemoAssessment(core.questionnaire, { seed: 1, now: '2025-01-15T09:00:00.000Z' });
    const y2 = makeDemoAssessment(core.questionnaire, { seed: 2, now: '2026-01-15T09:00:00.000Z' });
    const r = compareWithBaseline(core.questionnaire, core.library, y2, y1);
    expect(r.sections.length).toBeGreaterThanOrEqual(4);
    expect(r.actions.length).toBeGreaterThan(0);
    for (const a of r.actions) if (a.triggers.length > 0) expect(a.done).toBe(a.triggers.every((t) => t.current !== null && t.current > t.toStage));
    const same = compareWithBaseline(core.questionnaire, core.library, y1, y1);
    expect(same.done).toEqual([]);
    expect(same.sections.every((s) => s.delta === null || s.delta === 0)).toBe(true);
  });
});
