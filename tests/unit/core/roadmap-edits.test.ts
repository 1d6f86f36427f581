import { loadContent } from '../../content';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../../core/method/scoring';
import { buildRoadmap, type Roadmap, type RoadmapAction } from '../../../core/method/roadmap';
import type { Answer, Answers, Assessment, CustomAction, RoadmapEdits } from '../../../core/model/schema/assessment';

const mini = loadContent('tests/fixtures/mini');

type Input = Pick<Assessment, 'answers' | 'targets' | 'modules' | 'roadmap'>;
const input = (answers: Answers, roadmap: Partial<RoadmapEdits> = {}): Input => ({ answers, targets: {}, modules: [], roadmap: { edits: {}, custom: [], phaseCap: 10, ...roadmap } });
const build = (answers: Answers, roadmap: Partial<RoadmapEdits> = {}) => buildRoadmap(mini.questionnaire, mini.library, input(answers, roadmap), scoreAssessment(mini.questionnaire, input(answers, roadmap)));
const stage = (s: number): Answer => ({ kind: 'stage', stage: s });
const risk = (l: number, i: number, p: number): Answer => ({ kind: 'risk', likelihood: l, impact: i, preparedness: p });
const find = (roadmap: Roadmap, id: string): RoadmapAction | undefined => roadmap.actions.find((a) => a.id === id);
const ids = (roadmap: Roadmap) => roadmap.actions.map((a) => a.id);

/** Everything triggered: compute-gpu-pilot/widen, compute-connect, data-law, data-open-portal, models-adapt, talent-literacy, the three risk actions. */
const WEAK: Answers = {
  'compute.hpc-access': stage(1),
  'compute.connectivity': stage(1),
  'data.protection-law': stage(1),
  'data.open-data': stage(1),
  'models.open-model-use': stage(1),
  'talent.public-sector-literacy': stage(1),
  'military.unchecked-autonomy': risk(4, 4, 1),
  'cross-border-data.unprotected-transfers': risk(3, 3, 2),
  'misuse.deepfakes-disinformation': risk(5, 4, 1),
};
/** Nothing triggered: every indicator at the top stage, every risk fully prepared. */
const STRONG: Answers = Object.fromEntries(Object.entries(WEAK).map(([id, a]) => [id, a.kind === 'stage' ? stage(5) : risk(4, 4, 5)]));

const custom = (id: string, phase: 1 | 2 | 3, extra: Partial<CustomAction> = {}): CustomAction => ({ id, area: 'talent', title: `Custom ${id}`, description: '', phase, lead: 'ministry-ict', owner: '', ...extra });

describe('user edits survive regeneration', () => {
  const edits: RoadmapEdits['edits'] = {
    'compute-gpu-widen': { owner: 'Director, Digital Infrastructure', due: '2027-06-30' },
    'models-adapt': { phase: 3, title: 'Adapt an open model to Kiswahili' },
    'talent-literacy': { status: 'accepted' },
    'data-law': { status: 'dropped' },
  };
  const customs = [custom('custom-hackathon', 1, { owner: 'Innovation unit', due: '2026-09-01' })];

  it('applies owner, due date, phase move, title, drop and custom actions', () => {
    const roadmap = build(WEAK, { edits, custom: customs });
    expect(find(roadmap, 'compute-gpu-widen')).toMatchObject({ owner: 'Director, Digital Infrastructure', due: '2027-06-30', edited: true, note: null });
    expect(find(roadmap, 'models-adapt')).toMatchObject({ phase: 3, title: { en: 'Adapt an open model to Kiswahili' }, edited: true });
    expect(find(roadmap, 'talent-literacy')).toMatchObject({ edited: true, phase: 1 });
    expect(find(roadmap, 'compute-gpu-pilot')).toMatchObject({ edited: false });
    expect(find(roadmap, 'data-law')).toBeUndefined();
    expect(roadmap.deferred.map((a) => a.id)).not.toContain('data-law');
    expect(roadmap.dropped).toEqual(['data-law']);
    // Dropping a prerequisite no longer holds back what needed it.
    expect(find(roadmap, 'data-open-portal')).toMatchObject({ phase: 2, prerequisites: [] });
    expect(find(roadmap, 'custom-hackathon')).toMatchObject({ phase: 1, custom: true, edited: true, owner: 'Innovation unit', due: '2026-09-01', why: [], urgency: 0, title: { en: 'Custom custom-hackathon' } });
  });

  it('keeps edited actions, marked, when the answers no longer trigger them; drops stay dropped', () => {
    const roadmap = build(STRONG, { edits, custom: customs });
    expect(ids(roadmap).sort()).toEqual(['compute-gpu-widen', 'custom-hackathon', 'models-adapt', 'talent-literacy']);
    for (const id of ['compute-gpu-widen', 'models-adapt', 'talent-literacy']) expect(find(roadmap, id)).toMatchObject({ edited: true, note: 'kept-edited', why: [], urgency: 0 });
    expect(find(roadmap, 'compute-gpu-widen')).toMatchObject({ owner: 'Director, Digital Infrastructure', phase: 2, prerequisites: [] });
    expect(find(roadmap, 'models-adapt')!.phase).toBe(3);
    expect(roadmap.dropped).toEqual([]);
    expect(roadmap.deferred).toEqual([]);
  });

  it('a drop wins over any other edit, triggered or not', () => {
    const dropped = { 'data-law': { status: 'dropped' as const, owner: 'Someone', phase: 1 as const, title: 'Renamed' } };
    expect(ids(build(WEAK, { edits: dropped }))).not.toContain('data-law');
    expect(build(WEAK, { edits: dropped }).dropped).toEqual(['data-law']);
    expect(ids(build(STRONG, { edits: dropped }))).toEqual([]);
    expect(build(STRONG, { edits: dropped }).dropped).toEqual([]);
  });

  it('blank edits and edits of unknown actions change nothing', () => {
    const plain = build(WEAK);
    const blank = build(WEAK, { edits: { 'data-law': {}, 'models-adapt': { owner: '  ', title: '' }, 'no-such-action': { status: 'accepted', phase: 1 } } });
    expect(blank).toEqual(plain);
    expect(build(STRONG, { edits: { 'data-law': {}, 'models-adapt': { owner: ' ' } } }).actions).toEqual([]);
  });
});

describe('phase moves and prerequisites', () => {
  it('honours a move to a later phase and takes the dependents along', () => {
    const roadmap = build(WEAK, { edits: { 'compute-gpu-pilot': { phase: 3 } } });
    expect(find(roadmap, 'compute-gpu-pilot')).toMatchObject({ phase: 3, note: null });
    expect(find(roadmap, 'compute-gpu-widen')).toMatchObject({ phase: 3, note: 'after-prerequisite' });
    expect(ids(roadmap).indexOf('compute-gpu-pilot')).toBeLessThan(ids(roadmap).indexOf('compute-gpu-widen'));
  });

  it('honours a move to an earlier phase, but never before a prerequisite', () => {
    const early = build(WEAK, { edits: { 'compute-gpu-widen': { phase: 1 } } });
    expect(find(early, 'compute-gpu-widen')).toMatchObject({ phase: 1, note: null });
    expect(ids(early).indexOf('compute-gpu-pilot')).toBeLessThan(ids(early).indexOf('compute-gpu-widen'));
    const blocked = build(WEAK, { edits: { 'compute-gpu-widen': { phase: 1 }, 'compute-gpu-pilot': { phase: 2 } } });
    expect(find(blocked, 'compute-gpu-pilot')!.phase).toBe(2);
    expect(find(blocked, 'compute-gpu-widen')).toMatchObject({ phase: 2, note: 'after-prerequisite' });
  });

  it('gives user decisions the places first when phases are full', () => {
    const plain = build(WEAK, { phaseCap: 2 });
    expect(find(plain, 'talent-literacy')).toBeUndefined();
    expect(plain.deferred.map((a) => a.id)).toContain('talent-literacy');
    const accepted = build(WEAK, { phaseCap: 2, edits: { 'talent-literacy': { status: 'accepted' }, 'compute-gpu-widen': { owner: 'DG' } } });
    expect(find(accepted, 'talent-literacy')).toMatchObject({ phase: 1, note: null });
    // The widening needs the pilot, so the pilot comes with it.
    expect(find(accepted, 'compute-gpu-pilot')!.phase).toBe(1);
    expect(find(accepted, 'compute-gpu-widen')!.phase).toBe(2);
  });

  it('counts custom actions against the phase cap', () => {
    const roadmap = build({}, { phaseCap: 1, custom: [custom('custom-a', 1), custom('custom-b', 1), custom('custom-c', 3), custom('custom-d', 3)] });
    expect(roadmap.actions.map((a) => `${a.phase} ${a.id} ${a.note}`)).toEqual(['1 custom-a null', '2 custom-b pushed-by-capacity', '3 custom-c null']);
    expect(roadmap.deferred.map((a) => a.id)).toEqual(['custom-d']);
  });
});

describe('custom action ids', () => {
  it('the assessment schema refuses two custom actions with the same id', async () => {
    const { RoadmapEditsSchema } = await import('../../../core/model/schema/assessment');
    const action = { id: 'custom-pilot', area: 'data', title: 'Pilot', phase: 1, lead: 'ministry-ict' };
    expect(RoadmapEditsSchema.safeParse({ custom: [action] }).success).toBe(true);
    const twice = RoadmapEditsSchema.safeParse({ custom: [action, { ...action, title: 'Other' }] });
    expect(twice.success).toBe(false);
    expect(twice.error?.issues[0]?.message).toBe('schema.customActionsUnique');
  });
});
