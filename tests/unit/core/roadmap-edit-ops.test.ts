import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../content';
import { buildRoadmap, type RoadmapAction, type RoadmapInput } from '../../../core/method/roadmap';
import {
  acceptAction,
  addCustomAction,
  dropAction,
  editText,
  moveAction,
  removeCustomAction,
  resetAction,
  restoreAction,
  setDue,
  setOwner,
  setStart,
  updateCustomAction,
} from '../../../core/method/roadmap-edits';
import { scoreAssessment } from '../../../core/method/scoring';
import { RoadmapEditsSchema, type Answer, type RoadmapEdits } from '../../../core/model/schema/assessment';
import { inputArb } from './method.helpers';

const content = bundledContent();
const EMPTY: RoadmapEdits = { edits: {}, custom: [] };
const stage = (s: number): Answer => ({ kind: 'stage', stage: s });
/** Compute at stage 1 everywhere: the needs inventory, power resilience and the GPU pilot are triggered. */
const WEAK: RoadmapInput = {
  answers: Object.fromEntries(content.questionnaire.sections.find((s) => s.id === 'compute')!.items.map((i) => [i.id, stage(1)])),
  targets: {},
  modules: [],
  roadmap: EMPTY,
  meta: { institution: 'Ministry', country: 'Asterra', assessmentDate: '2026-01-15', leadRespondent: '', language: 'en', confidentiality: '' },
};
const build = (input: RoadmapInput) => buildRoadmap(content.questionnaire, content.library, input, scoreAssessment(content.questionnaire, input));
const find = (roadmap: RoadmapEdits, id: string, input: RoadmapInput = WEAK): RoadmapAction | undefined => {
  const r = build({ ...input, roadmap });
  return [...r.actions, ...r.deferred].find((a) => a.id === id);
};

describe('roadmap edit operations', () => {
  it('accept, move, owner, start and due dates, and rewording: each leaves its input alone and reaches the roadmap', () => {
    let edits = EMPTY;
    const steps: ((e: RoadmapEdits) => RoadmapEdits)[] = [
      (e) => acceptAction(e, 'compute-power-resilience'),
      (e) => moveAction(e, 'compute-power-resilience', 2),
      (e) => setOwner(e, 'compute-power-resilience', '  Director of Infrastructure '),
      (e) => setStart(e, 'compute-power-resilience', '2027-07-01'),
      (e) => setDue(e, 'compute-power-resilience', '2028-03-31'),
      (e) => editText(e, 'compute-power-resilience', { title: 'Back-up power for the three main server rooms', description: '' }),
    ];
    for (const step of steps) {
      const before = structuredClone(edits);
      const next = step(edits);
      expect(edits).toEqual(before);
      expect(RoadmapEditsSchema.safeParse(next).success).toBe(true);
      edits = next;
    }
    expect(edits.edits['compute-power-resilience']).toEqual({ status: 'accepted', phase: 2, owner: 'Director of Infrastructure', start: '2027-07-01', due: '2028-03-31', title: 'Back-up power for the three main server rooms' });
    expect(find(edits, 'compute-power-resilience')).toMatchObject({
      edited: true,
      triggerGone: false,
      owner: 'Director of Infrastructure',
      start: '2027-07-01',
      due: '2028-03-31',
      startQuarter: 7, // 18 months after 15 January 2026
      phase: 2,
      title: { en: 'Back-up power for the three main server rooms' },
    });
    // Blank text and cleared dates go back to the library's wording and the method's schedule.
    const cleared = editText(setStart(setDue(edits, 'compute-power-resilience', null), 'compute-power-resilience', null), 'compute-power-resilience', { title: ' ' });
    expect(cleared.edits['compute-power-resilience']).toEqual({ status: 'accepted', phase: 2, owner: 'Director of Infrastructure' });
    expect(find(cleared, 'compute-power-resilience')!.title.en).toBe('Secure backup power at critical computing sites');
  });

  it('drop and restore: a dropped action leaves the roadmap and comes back with its other edits', () => {
    const owned = setOwner(EMPTY, 'compute-shared-gpu-pilot', 'University computing centre');
    const dropped = dropAction(owned, 'compute-shared-gpu-pilot');
    expect(find(dropped, 'compute-shared-gpu-pilot')).toBeUndefined();
    expect(build({ ...WEAK, roadmap: dropped }).dropped).toContain('compute-shared-gpu-pilot');
    const restored = restoreAction(dropped, 'compute-shared-gpu-pilot');
    expect(restored).toEqual(owned);
    expect(find(restored, 'compute-shared-gpu-pilot')!.owner).toBe('University computing centre');
    expect(restoreAction(EMPTY, 'compute-shared-gpu-pilot')).toEqual(EMPTY);
  });

  it('an edited action whose trigger disappears stays, flagged; reset forgets every decision, also under a merged id', () => {
    const edits = moveAction(EMPTY, 'compute-power-resilience', 3);
    const strong = { ...WEAK, answers: { ...WEAK.answers, 'compute.power-reliability': stage(5) } };
    expect(find(edits, 'compute-power-resilience', strong)).toMatchObject({ edited: true, triggerGone: true, note: 'kept-edited', why: [], phase: 3 });
    expect(find(resetAction(edits, 'compute-power-resilience'), 'compute-power-resilience', strong)).toBeUndefined();
    const old = { edits: { 'misuse-safety-institute-links': { owner: 'Chief scientist' } }, custom: [] };
    expect(resetAction(old, 'models-safety-focal-point', ['misuse-safety-institute-links'])).toEqual(EMPTY);
  });

  it('custom actions: added with a unique id, then moved, assigned, dated, reworded, changed and removed', () => {
    const first = addCustomAction(EMPTY, { area: 'talent', title: 'Hackathon on public data!', phase: 1, lead: 'ministry-ict' })!;
    expect(first.id).toBe('custom-hackathon-on-public-data');
    const second = addCustomAction(first.roadmap, { area: 'talent', title: 'Hackathon on public data!', phase: 2, lead: 'universities-research', owner: ' Innovation unit ' })!;
    expect(second.id).toBe('custom-hackathon-on-public-data-2');
    expect(addCustomAction(EMPTY, { area: 'data', title: '   ', phase: 1, lead: 'ministry-ict' })).toBeNull();
    expect(addCustomAction(EMPTY, { area: 'data', title: '数据开放日', phase: 1, lead: 'ministry-ict' })!.id).toBe('custom-action');

    let edits = second.roadmap;
    edits = moveAction(edits, first.id, 3);
    edits = setOwner(edits, first.id, 'Data team');
    edits = setStart(edits, first.id, '2029-01-10');
    edits = editText(edits, first.id, { title: 'Open-data hackathon', description: 'With the universities.' });
    edits = updateCustomAction(edits, first.id, { area: 'data', lead: 'statistics-office' });
    expect(RoadmapEditsSchema.safeParse(edits).success).toBe(true);
    expect(edits.custom[0]).toEqual({ id: first.id, area: 'data', title: 'Open-data hackathon', description: 'With the universities.', phase: 3, lead: 'statistics-office', owner: 'Data team', start: '2029-01-10' });
    expect(find(edits, first.id)).toMatchObject({ custom: true, edited: true, phase: 3, startQuarter: 13, role: 'lead', lead: 'statistics-office', title: { en: 'Open-data hackathon' } });
    expect(edits.edits).toEqual({}); // a custom action is its own record
    expect(acceptAction(edits, first.id)).toEqual(edits);
    const removed = dropAction(edits, first.id);
    expect(removed.custom.map((a) => a.id)).toEqual([second.id]);
    expect(removeCustomAction(edits, second.id).custom.map((a) => a.id)).toEqual([first.id]);
  });

  it('any sequence of operations keeps a valid file and a roadmap that honours it (property)', () => {
    const ids = content.library.actions.map((a) => a.id);
    const op = fc.oneof(
      fc.constantFrom(...ids).map((id) => (e: RoadmapEdits) => acceptAction(e, id)),
      fc.constantFrom(...ids).map((id) => (e: RoadmapEdits) => dropAction(e, id)),
      fc.constantFrom(...ids).map((id) => (e: RoadmapEdits) => restoreAction(e, id)),
      fc.tuple(fc.constantFrom(...ids), fc.constantFrom(1 as const, 2 as const, 3 as const)).map(([id, p]) => (e: RoadmapEdits) => moveAction(e, id, p)),
      fc.tuple(fc.constantFrom(...ids), fc.constantFrom('', 'DG', ' Unit ')).map(([id, o]) => (e: RoadmapEdits) => setOwner(e, id, o)),
      fc.tuple(fc.constantFrom(...ids), fc.constantFrom(null, '2026-05-01', '2034-01-01')).map(([id, d]) => (e: RoadmapEdits) => setStart(e, id, d)),
      fc.constantFrom('Training day', 'Survey').map((title) => (e: RoadmapEdits) => addCustomAction(e, { area: 'data', title, phase: 2, lead: 'ministry-ict' })?.roadmap ?? e),
    );
    fc.assert(
      fc.property(inputArb(content), fc.array(op, { maxLength: 12 }), (input, ops) => {
        const edits = ops.reduce((e, f) => f(e), EMPTY);
        expect(RoadmapEditsSchema.safeParse(edits).success).toBe(true);
        const r = build({ ...input, roadmap: edits });
        const all = [...r.actions, ...r.deferred];
        for (const [id, edit] of Object.entries(edits.edits)) {
          if (edit.status === 'dropped') expect(all.some((a) => a.id === id)).toBe(false);
          else expect(all.find((a) => a.id === id)?.edited).toBe(true);
          if (edit.status !== 'dropped' && edit.owner) expect(all.find((a) => a.id === id)!.owner).toBe(edit.owner);
        }
        for (const c of edits.custom) expect(all.some((a) => a.id === c.id && a.custom)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
