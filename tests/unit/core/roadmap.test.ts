import { loadContent } from '../../content';
import { describe, expect, it } from 'vitest';
import { ASSUMED_RISK_FACTOR, buildRoadmap, RISK_URGENCY_SCALE, triggeredActions, type Roadmap } from '../../../core/method/roadmap';
import type { Answer, Answers, Assessment, RoadmapEdits } from '../../../core/model/schema/assessment';

const core = loadContent('questionnaires/capamap-core');
const mini = loadContent('tests/fixtures/mini');

type Input = Pick<Assessment, 'answers' | 'targets' | 'modules' | 'roadmap'>;
const input = (answers: Answers, roadmap: Partial<RoadmapEdits> = {}, modules: string[] = [], targets: Input['targets'] = {}): Input => ({
  answers,
  targets,
  modules,
  roadmap: { edits: {}, custom: [], phaseCap: 10, ...roadmap },
});
const stage = (s: number): Answer => ({ kind: 'stage', stage: s });
const risk = (likelihood: number | undefined, impact: number | undefined, preparedness: number): Answer => ({
  kind: 'risk',
  preparedness,
  ...(likelihood ? { likelihood } : {}),
  ...(impact ? { impact } : {}),
});

/**
 * Mini questionnaire: compute 2.8 → target 3; data 1.8 → target 2; models 2 → target 3;
 * talent 5 → target 5; military risk 4·4·(6−2) = 0.512; cross-border 3·4·(6−3) = 0.288; misuse prepared (4).
 */
const MINI_ANSWERS: Answers = {
  'compute.hpc-access': stage(2),
  'compute.connectivity': stage(4),
  'data.protection-law': stage(1),
  'data.open-data': stage(3),
  'models.open-model-use': stage(2),
  'talent.public-sector-literacy': stage(5),
  'military.unchecked-autonomy': risk(4, 4, 2),
  'cross-border-data.unprotected-transfers': risk(3, 4, 3),
  'misuse.deepfakes-disinformation': risk(5, 5, 4),
  'health.pilot-deployment': stage(1),
};
const summary = (roadmap: Roadmap) => roadmap.actions.map((a) => `${a.phase} ${a.id}${a.note ? ` (${a.note})` : ''}`);

describe('triggered actions', () => {
  it('fire for indicators in the trigger range below the target, with urgency = gap × weight', () => {
    const triggered = triggeredActions(mini.questionnaire, mini.library, input(MINI_ANSWERS));
    const urgencies = Object.fromEntries([...triggered].map(([id, t]) => [id, Number(t.urgency.toFixed(6))]));
    expect(urgencies).toEqual({
      'compute-gpu-pilot': 1.5, // (3 − 2) × 1.5
      'compute-gpu-widen': 1.5,
      'data-law': 1.5, // (2 − 1) × 1.5
      'models-adapt': 1, // (3 − 2) × 1
      'military-human-control': 2.56, // 5 × 0.512
      'cross-border-data-mechanism': 1.44, // 5 × 0.288
    });
    // connectivity (4) is in its trigger range 1–4 but above the compute target (3); talent is at the top.
    expect(triggered.has('compute-connect')).toBe(false);
    expect(triggered.get('compute-gpu-pilot')!.why).toEqual(['compute.hpc-access']);
  });

  it('follow the user\'s pillar target', () => {
    const triggered = triggeredActions(mini.questionnaire, mini.library, input(MINI_ANSWERS, {}, [], { compute: 5, talent: 5 }));
    expect(triggered.get('compute-connect')!.urgency).toBe(1); // (5 − 4) × 1
    expect(triggered.get('compute-gpu-pilot')!.urgency).toBe(4.5); // (5 − 2) × 1.5
  });

  it('come from chosen modules only', () => {
    expect(triggeredActions(mini.questionnaire, mini.library, input(MINI_ANSWERS)).has('health-pilot')).toBe(false);
    expect(triggeredActions(mini.questionnaire, mini.library, input(MINI_ANSWERS, {}, ['health'])).get('health-pilot')!.urgency).toBe(1);
  });

  it('assume medium likelihood and impact for a risk with only its preparedness answered', () => {
    const triggered = triggeredActions(mini.questionnaire, mini.library, input({ 'misuse.deepfakes-disinformation': risk(undefined, 5, 1) }));
    expect(triggered.get('misuse-deepfake-protocol')!.urgency).toBeCloseTo(RISK_URGENCY_SCALE * ((ASSUMED_RISK_FACTOR * 5 * 5) / 125), 12);
  });

  it('ignore "don\'t know", "not applicable" and stage 5', () => {
    const triggered = triggeredActions(mini.questionnaire, mini.library, input({
      'compute.hpc-access': { kind: 'dont-know' },
      'compute.connectivity': { kind: 'not-applicable' },
      'data.protection-law': stage(5),
      'military.unchecked-autonomy': { kind: 'not-applicable' },
      'misuse.deepfakes-disinformation': { kind: 'dont-know' },
    }));
    expect([...triggered.keys()]).toEqual([]);
  });

  it('ignore answers to items hidden by skip logic (capamap-core compute.allocation needs hpc-access ≠ 1)', () => {
    const hidden = triggeredActions(core.questionnaire, core.library, input({ 'compute.hpc-access': stage(1), 'compute.allocation': stage(1) }));
    for (const t of hidden.values()) expect(t.why).not.toContain('compute.allocation');
    expect(hidden.has('compute-allocation-rules')).toBe(false);
    const shown = triggeredActions(core.questionnaire, core.library, input({ 'compute.hpc-access': stage(2), 'compute.allocation': stage(1) }));
    expect(shown.get('compute-allocation-rules')?.why).toEqual(['compute.allocation']);
  });
});

describe('scheduling', () => {
  it('takes areas in turns by urgency, prerequisites first, each action in its library phase', () => {
    const roadmap = buildRoadmap(mini.questionnaire, mini.library, input(MINI_ANSWERS));
    expect(summary(roadmap)).toEqual([
      '1 military-human-control',
      '1 compute-gpu-pilot',
      '1 data-law',
      '1 models-adapt',
      '2 compute-gpu-widen',
      '2 cross-border-data-mechanism',
    ]);
    expect(roadmap.actions.find((a) => a.id === 'compute-gpu-widen')!.prerequisites).toEqual(['compute-gpu-pilot']);
    expect(roadmap).toMatchObject({ deferred: [], dropped: [], phaseCap: 10 });
    expect(roadmap.actions.every((a) => !a.edited && !a.custom && a.owner === '' && a.due === null)).toBe(true);
  });

  it('pushes actions to the next phase with room once a phase holds phaseCap actions', () => {
    const roadmap = buildRoadmap(mini.questionnaire, mini.library, input(MINI_ANSWERS, { phaseCap: 2 }));
    expect(summary(roadmap)).toEqual([
      '1 military-human-control',
      '1 compute-gpu-pilot',
      '2 data-law (pushed-by-capacity)',
      '2 cross-border-data-mechanism',
      '3 compute-gpu-widen (pushed-by-capacity)',
      '3 models-adapt (pushed-by-capacity)',
    ]);
  });

  it('defers what finds no room within five years, and what needs a deferred action', () => {
    const answers = { ...MINI_ANSWERS, 'data.open-data': stage(1) }; // data 1.0 → target 2: data-law 1.5, data-open-portal 1
    const roadmap = buildRoadmap(mini.questionnaire, mini.library, input(answers, { phaseCap: 1, edits: { 'military-human-control': { phase: 3 }, 'data-law': { phase: 3 } } }));
    // Both moved to phase 3; the military action is more urgent and takes the only place there.
    expect(roadmap.actions.find((a) => a.id === 'military-human-control')!.phase).toBe(3);
    const deferred = Object.fromEntries(roadmap.deferred.map((a) => [a.id, a.note]));
    expect(deferred['data-law']).toBe('pushed-by-capacity');
    expect(deferred['data-open-portal']).toBe('after-prerequisite');
    expect(roadmap.deferred.find((a) => a.id === 'data-open-portal')!.prerequisites).toEqual(['data-law']);
    for (const phase of [1, 2, 3]) expect(roadmap.actions.filter((a) => a.phase === phase).length).toBeLessThanOrEqual(1);
  });

  it('schedules a prerequisite as urgently as the most urgent action that needs it', () => {
    // data target 3: data-law (3 − 2) × 1.5 = 1.5 on its own, but data-open-portal needs it: (3 − 1) × 1 = 2.
    // The military action (5 × 3·5·3/125 = 1.8) would otherwise take the only place in phase 1.
    const answers = { 'data.protection-law': stage(2), 'data.open-data': stage(1), 'military.unchecked-autonomy': risk(3, 5, 3) };
    const roadmap = buildRoadmap(mini.questionnaire, mini.library, input(answers, { phaseCap: 1 }, [], { data: 3 }));
    expect(summary(roadmap)).toEqual(['1 data-law', '2 military-human-control (pushed-by-capacity)', '3 data-open-portal (pushed-by-capacity)']);
    expect(roadmap.actions.map((a) => Number(a.urgency.toFixed(6)))).toEqual([1.5, 1.8, 2]);
  });

  it('is deterministic', () => {
    const a = buildRoadmap(core.questionnaire, core.library, input(Object.fromEntries([...Object.entries(MINI_ANSWERS)].reverse())));
    const b = buildRoadmap(core.questionnaire, core.library, input(MINI_ANSWERS));
    expect(a).toEqual(b);
  });
});
