import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/method/analyse';
import {
  acceptAction,
  addCustomAction,
  dropAction,
  editOf,
  moveAction,
  nextCustomId,
  removeCustomAction,
  resetAction,
  restoreAction,
  setOwner,
  setStart,
  setTexts,
  unacceptAction,
  updateCustomAction,
  type CustomActionDraft,
} from '../../../core/method/roadmap-edits';
import { newAssessment, parseAssessment, serializeAssessment } from '../../../core/model/assessment-file';
import { LEAD_BODIES } from '../../../core/model/schema/actions';
import { AssessmentSchema, MAX_CUSTOM_ACTIONS, type Assessment } from '../../../core/model/schema/assessment';
import { AREAS } from '../../../core/model/schema/questionnaire';
import { miniContent } from '../../content';

const mini = miniContent();
const libraryIds = mini.library.actions.map((a) => a.id);

/** The mini questionnaire answered weakly: every library action is triggered. */
function weak(): Assessment {
  const a = newAssessment(mini.questionnaire, {
    id: 'assessment-0001',
    now: '2026-03-01T10:00:00.000Z',
    meta: { institution: 'Ministry of ICT', country: 'Ghana', assessmentDate: '2026-03-01', leadRespondent: '', language: 'en', confidentiality: '' },
  });
  const stage1 = { kind: 'stage', stage: 1 } as const;
  const risk = { kind: 'risk', likelihood: 4, impact: 4, preparedness: 1 } as const;
  return {
    ...a,
    answers: {
      'compute.hpc-access': stage1,
      'compute.connectivity': stage1,
      'data.protection-law': stage1,
      'data.open-data': stage1,
      'models.open-model-use': stage1,
      'talent.public-sector-literacy': stage1,
      'military.unchecked-autonomy': risk,
      'cross-border-data.unprotected-transfers': risk,
      'misuse.deepfakes-disinformation': risk,
    },
  };
}

const draft: CustomActionDraft = { area: 'talent', phase: 1, title: '  National AI hackathon ', lead: 'ministry-ict', owner: ' Innovation unit ', start: '2026-09-01' };
const roadmapOf = (a: Assessment) => analyse(mini, a).roadmap;
const scheduled = (a: Assessment) => roadmapOf(a).phases.flatMap((p) => p.actions);
const action = (a: Assessment, id: string) => scheduled(a).find((x) => x.id === id);

describe('roadmap edit functions', () => {
  it('accept, drop and restore keep the other decisions, and a drop shows in the roadmap', () => {
    const owned = setOwner(weak(), 'data-law', 'Legal department');
    const dropped = dropAction(owned, 'data-law');
    expect(editOf(dropped, 'data-law')).toEqual({ owner: 'Legal department', status: 'dropped' });
    expect(action(dropped, 'data-law')).toBeUndefined();
    expect(roadmapOf(dropped).dropped).toEqual(['data-law']);
    const restored = restoreAction(dropped, 'data-law');
    expect(editOf(restored, 'data-law')).toEqual({ owner: 'Legal department' });
    expect(action(restored, 'data-law')).toMatchObject({ owner: 'Legal department', edited: true });
    expect(editOf(acceptAction(restored, 'data-law'), 'data-law')).toEqual({ owner: 'Legal department', status: 'accepted' });
    // Restoring what is not dropped changes nothing, not even an accepted status; withdrawing an acceptance keeps a drop.
    const accepted = acceptAction(weak(), 'data-law');
    expect(restoreAction(accepted, 'data-law')).toBe(accepted);
    expect(unacceptAction(accepted, 'data-law').roadmap.edits).toEqual({});
    expect(unacceptAction(dropped, 'data-law')).toBe(dropped);
  });

  it('moves, assigns, dates and rewords a library action; empty values go back to the library', () => {
    let a = moveAction(weak(), 'models-adapt', 3);
    a = setOwner(a, 'models-adapt', '  Director, AI unit  ');
    // A start within phase 3: with method 2.0 a start date places the action in its quarter.
    a = setStart(a, 'models-adapt', '2029-06-01');
    a = setTexts(a, 'models-adapt', { title: ' Adapt an open model to Kiswahili ', description: 'With the university.' });
    expect(editOf(a, 'models-adapt')).toEqual({ phase: 3, owner: 'Director, AI unit', start: '2029-06-01', title: 'Adapt an open model to Kiswahili', description: 'With the university.' });
    expect(action(a, 'models-adapt')).toMatchObject({ phase: 3, owner: 'Director, AI unit', start: '2029-06-01', title: { en: 'Adapt an open model to Kiswahili' }, edited: true });

    a = setTexts(a, 'models-adapt', { title: '', description: '   ' });
    a = setOwner(a, 'models-adapt', ' ');
    a = setStart(a, 'models-adapt', '');
    expect(editOf(a, 'models-adapt')).toEqual({ phase: 3 });
    const library = mini.library.actions.find((x) => x.id === 'models-adapt')!;
    expect(action(a, 'models-adapt')).toMatchObject({ title: library.title, description: library.description, owner: '', start: null });
  });

  it('reset forgets every decision on the action, and an edit emptied by hand disappears', () => {
    let a = acceptAction(moveAction(setOwner(weak(), 'data-law', 'Unit'), 'data-law', 3), 'data-law');
    a = resetAction(a, 'data-law');
    expect(a.roadmap.edits).toEqual({});
    expect(action(a, 'data-law')).toMatchObject({ edited: false, owner: '' });
    expect(setOwner(setOwner(weak(), 'data-law', 'Unit'), 'data-law', '').roadmap.edits).toEqual({});
  });

  it('refuses what a file could not hold: a bad date, too long a text, a bad id', () => {
    const a = weak();
    expect(setStart(a, 'data-law', '2026-02-30')).toBe(a);
    expect(setStart(a, 'data-law', 'next year')).toBe(a);
    expect(setOwner(a, 'data-law', 'x'.repeat(201))).toBe(a);
    expect(setOwner(a, 'Not An Id', 'Unit')).toBe(a);
    expect(addCustomAction(a, { ...draft, title: '   ' })).toBe(a);
    expect(addCustomAction(a, { ...draft, start: '01/09/2026' })).toBe(a);
  });

  it('adds, updates and removes actions of the user’s own, numbered custom-1, custom-2…', () => {
    let a = addCustomAction(weak(), draft);
    a = addCustomAction(a, { ...draft, title: 'Second', start: undefined });
    expect(a.roadmap.custom).toEqual([
      { id: 'custom-1', area: 'talent', phase: 1, title: 'National AI hackathon', description: '', lead: 'ministry-ict', owner: 'Innovation unit', start: '2026-09-01' },
      { id: 'custom-2', area: 'talent', phase: 1, title: 'Second', description: '', lead: 'ministry-ict', owner: 'Innovation unit' },
    ]);
    expect(action(a, 'custom-1')).toMatchObject({ custom: true, edited: true, owner: 'Innovation unit', start: '2026-09-01', title: { en: 'National AI hackathon' } });

    // The functions that apply to every action change the custom action itself; accept, drop and reset do not apply.
    a = moveAction(a, 'custom-1', 2);
    a = setOwner(a, 'custom-1', 'Youth office');
    a = setStart(a, 'custom-1', '');
    a = setTexts(a, 'custom-1', { title: '', description: 'Open to every university.' });
    a = updateCustomAction(a, 'custom-1', { area: 'data', lead: 'civil-society' });
    expect(a.roadmap.custom[0]).toEqual({ id: 'custom-1', area: 'data', phase: 2, title: 'National AI hackathon', description: 'Open to every university.', lead: 'civil-society', owner: 'Youth office' });
    for (const change of [acceptAction, unacceptAction, dropAction, resetAction, restoreAction]) expect(change(a, 'custom-1')).toBe(a);
    expect(a.roadmap.edits).toEqual({});

    a = removeCustomAction(a, 'custom-1');
    expect(a.roadmap.custom.map((c) => c.id)).toEqual(['custom-2']);
    expect(nextCustomId(a)).toBe('custom-3');
    expect(action(a, 'custom-1')).toBeUndefined();
    expect(updateCustomAction(a, 'custom-9', { title: 'x' })).toBe(a);
  });

  it('holds at most the custom actions a file allows', () => {
    let a = weak();
    for (let i = 0; i < MAX_CUSTOM_ACTIONS; i++) a = addCustomAction(a, draft);
    expect(a.roadmap.custom).toHaveLength(MAX_CUSTOM_ACTIONS);
    expect(addCustomAction(a, draft)).toBe(a);
  });
});

type Step = (a: Assessment) => Assessment;
const someId = fc.constantFrom(...libraryIds, 'custom-1', 'custom-2', 'custom-3');
const someText = fc.oneof(fc.constantFrom('', '  ', 'Reworded', ' Unit  '), fc.string({ maxLength: 12 }));
const someDate = fc.constantFrom('', '2026-09-01', '2027-02-29', '2028-02-29', 'soon');
const phase = fc.constantFrom(1 as const, 2 as const, 3 as const);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  someId.map(
    (id): Step =>
      (a) =>
        acceptAction(a, id),
  ),
  someId.map(
    (id): Step =>
      (a) =>
        dropAction(a, id),
  ),
  someId.map(
    (id): Step =>
      (a) =>
        restoreAction(a, id),
  ),
  someId.map(
    (id): Step =>
      (a) =>
        unacceptAction(a, id),
  ),
  someId.map(
    (id): Step =>
      (a) =>
        resetAction(a, id),
  ),
  someId.map(
    (id): Step =>
      (a) =>
        removeCustomAction(a, id),
  ),
  fc.tuple(someId, phase).map(
    ([id, p]): Step =>
      (a) =>
        moveAction(a, id, p),
  ),
  fc.tuple(someId, someText).map(
    ([id, owner]): Step =>
      (a) =>
        setOwner(a, id, owner),
  ),
  fc.tuple(someId, someDate).map(
    ([id, start]): Step =>
      (a) =>
        setStart(a, id, start),
  ),
  fc.tuple(someId, someText, fc.option(someText, { nil: undefined })).map(
    ([id, title, description]): Step =>
      (a) =>
        setTexts(a, id, { title, description }),
  ),
  fc.record({ area: fc.constantFrom(...AREAS), phase, title: someText, lead: fc.constantFrom(...LEAD_BODIES), owner: someText, start: someDate }).map(
    (d): Step =>
      (a) =>
        addCustomAction(a, d),
  ),
);

describe('roadmap edit functions (properties)', () => {
  it('any sequence of edits leaves a valid file that reopens identical, and touches nothing but the roadmap', () => {
    const start = weak();
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 25 }), (steps) => {
        const end = steps.reduce((a, step) => step(a), start);
        expect(AssessmentSchema.safeParse(end).success).toBe(true);
        const reopened = parseAssessment(serializeAssessment(end));
        expect(reopened.ok && reopened.value).toEqual(end);
        expect({ ...end, roadmap: start.roadmap }).toEqual(start);
        // The file holds decisions only: no empty edit, no empty text.
        for (const edit of Object.values(end.roadmap.edits)) {
          expect(Object.keys(edit).length).toBeGreaterThan(0);
          expect(Object.values(edit)).not.toContain('');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reset after any edits of one action is the roadmap without that action’s edit; others untouched', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 15 }), fc.constantFrom(...libraryIds), (steps, id) => {
        const edited = steps.reduce((a, step) => step(a), weak());
        const reset = resetAction(edited, id);
        expect(Object.hasOwn(reset.roadmap.edits, id)).toBe(false);
        expect({ ...reset.roadmap.edits, ...(Object.hasOwn(edited.roadmap.edits, id) ? { [id]: edited.roadmap.edits[id] } : {}) }).toEqual(edited.roadmap.edits);
        expect(reset.roadmap.custom).toBe(edited.roadmap.custom);
      }),
      { numRuns: 200 },
    );
  });

  it('restore undoes a drop: every other decision comes back, and an action never accepted or dropped comes back exactly as it was', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 15 }), fc.constantFrom(...libraryIds), (steps, id) => {
        const before = steps.reduce((a, step) => step(a), weak());
        const { status, ...decisions } = editOf(before, id);
        fc.pre(status !== 'dropped');
        const roundTrip = restoreAction(dropAction(before, id), id);
        expect(editOf(roundTrip, id)).toEqual(decisions);
        if (status === undefined) expect(roundTrip).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });
});

describe('start dates in files', () => {
  it('files written before start dates existed open unchanged (format 1 and format 2)', () => {
    for (const path of ['tests/fixtures/assessments/format-1.capamap.json', 'examples/demo-assessment.capamap.json']) {
      const parsed = parseAssessment(readFileSync(join(__dirname, '../../..', path), 'utf8'));
      expect(parsed.ok, path).toBe(true);
    }
    const old = parseAssessment(readFileSync(join(__dirname, '../../../tests/fixtures/assessments/format-1.capamap.json'), 'utf8'));
    expect(old.ok && old.value.roadmap.edits).toEqual({ 'compute-gpu-pilot': { status: 'accepted', owner: 'ICT unit' } });
  });

  it('a start date on an edit and on a custom action round-trips through a file and reaches the Results', () => {
    const a = addCustomAction(setStart(weak(), 'data-law', '2026-10-01'), draft);
    const reopened = parseAssessment(serializeAssessment(a));
    expect(reopened.ok).toBe(true);
    if (!reopened.ok) return;
    expect(reopened.value.roadmap.edits['data-law']).toEqual({ start: '2026-10-01' });
    expect(action(reopened.value, 'data-law')).toMatchObject({ start: '2026-10-01', edited: true });
    expect(action(reopened.value, 'custom-1')).toMatchObject({ start: '2026-09-01' });
    expect(action(reopened.value, 'models-adapt')).toMatchObject({ start: null });
  });
});
