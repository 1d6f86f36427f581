// The store pulls in the browser platform, which uses Vite's import.meta.glob: give this Node program its types.
/// <reference types="vite/client" />
import { beforeEach, describe, expect, it } from 'vitest';
import { parseAssessment, serializeAssessment } from '../../../core/model/assessment-file';
import { encryptText } from '../../../core/model/crypto';
import { parseAnswersCsv } from '../../helpers/csv-reader';
import { makeDemoAssessment } from '../../../core/demo/assessment';
import { makeDemoResponses } from '../../../core/demo/responses';
import { mergeView } from '../../../core/workshop/merge';
import { parseResponse, serializeResponse } from '../../../core/workshop/response-file';
import type { StoreApi } from 'zustand';
import { createAppStore } from '../../../renderer/src/store';
import type { AppState } from '../../../renderer/src/store/types';
import { freeRespondentId, responseFor } from '../../../renderer/src/workshop/workshop';
import { bundle, fakePlatform } from '../../helpers/fake-platform';

let store: StoreApi<AppState>;
let platform: ReturnType<typeof fakePlatform>;

async function open(assessment = makeDemoAssessment(JSON.parse(bundle.questionnaire), { seed: 3, now: '2025-03-14T09:00:00.000Z' })) {
  await store.getState().loadBundles();
  expect(store.getState().adoptAssessmentText(serializeAssessment(assessment), 'demo.capamap.json', null)).toBe(true);
  return store.getState().assessment!;
}

const q = () => store.getState().content!.questionnaire;
const responseFiles = (count: number, seed = 5, time = '2026-01-15T09:00:00.000Z') =>
  makeDemoResponses(q(), { seed, count, now: time }).map((r, i) => ({ name: `r${i}.capamap-response.json`, text: serializeResponse(r) }));

beforeEach(() => {
  platform = fakePlatform();
  store = createAppStore(platform.api, 'desktop');
});

describe('respondents', () => {
  it('are added with a suggested, unique id, edited, and removed, each one undoable step', async () => {
    await open();
    const s = () => store.getState();
    const id = freeRespondentId('Amina Diallo', 'Ministry of Digital Economy and Innovation', []);
    expect(id).toBe('amina-diallo-mdei');
    expect(s().addRespondent({ id, name: 'Amina Diallo', agency: 'Ministry of Digital Economy and Innovation', role: 'Director' })).toBeNull();
    expect(s().addRespondent({ id, name: 'Amina Diallo', agency: 'MDEI', role: '' })).toMatch(/already/);
    expect(freeRespondentId('Amina Diallo', 'Ministry of Digital Economy and Innovation', s().assessment!.respondents)).toBe('amina-diallo-mdei-2');
    expect(s().addRespondent({ id: 'Bad Id', name: 'X', agency: '', role: '' })).toMatch(/lower-case/);
    expect(s().addRespondent({ id: 'x', name: '  ', agency: '', role: '' })).toMatch(/name/);
    expect(s().assessment!.respondents.map((r) => r.id)).toEqual([id]);
    expect(s().saveStatus).toBe('unsaved');

    expect(s().updateRespondent(id, { id: 'amina-d', name: 'Amina Diallo', agency: 'MDEI', role: 'Director General' })).toBeNull();
    expect(s().assessment!.respondents).toEqual([{ id: 'amina-d', name: 'Amina Diallo', agency: 'MDEI', role: 'Director General' }]);
    s().deleteRespondent('amina-d');
    expect(s().assessment!.respondents).toEqual([]);
    s().undo();
    expect(s().assessment!.respondents.map((r) => r.id)).toEqual(['amina-d']);
  });

  it('export their own answers from a respondent laptop, and their imported answers on the facilitator laptop', async () => {
    const a = await open();
    const s = () => store.getState();
    s().addRespondent({ id: 'li-na-nso', name: 'Li Na', agency: 'National Statistics Office', role: '' });
    const outcome = await s().exportResponse('li-na-nso');
    expect(outcome).toEqual({ kind: 'saved', name: expect.stringMatching(/^Li-Na-National-Statistics-Office-\d{4}-\d{2}-\d{2}\.capamap-response\.json$/) });
    const file = parseResponse(platform.saved[0]!.text);
    if (!file.ok) throw new Error('not a response file');
    expect(file.value.answers).toEqual(a.answers);
    expect(file.value.assessmentId).toBe(a.id);
    expect(file.value.respondent).toEqual({ id: 'li-na-nso', name: 'Li Na', agency: 'National Statistics Office', role: '' });

    // On the facilitator's laptop, once responses are held, an export is that person's own answers, never the consensus.
    platform.picks.push(responseFiles(3));
    await s().importResponseFiles();
    const held = s().assessment!;
    const someone = Object.keys(held.responses).find((id) => id !== 'li-na-nso' && id !== 'before-import')!;
    expect(responseFor(held, someone, '2026-02-01T00:00:00.000Z')!.answers).toEqual(held.responses[someone]);
    expect(responseFor(held, 'li-na-nso', '2026-02-01T00:00:00.000Z')).toBeNull();
    expect(await s().exportResponse('li-na-nso')).toMatchObject({ kind: 'failed' });
  });
});

describe('importing response files', () => {
  it('imports many at once, reports in detail, and a re-import changes nothing and duplicates no one', async () => {
    await open({ ...makeDemoAssessment(JSON.parse(bundle.questionnaire), { seed: 3, now: '2025-03-14T09:00:00.000Z' }), answers: {} });
    const s = () => store.getState();
    const files = responseFiles(3);
    const other = JSON.parse(files[0]!.text);
    other.questionnaire.id = 'another-questionnaire';
    other.respondent.id = 'someone-else';
    platform.picks.push([...files, { name: 'other.json', text: JSON.stringify(other) }, { name: 'notes.txt', text: 'hello' }]);
    const result = (await s().importResponseFiles())!;
    expect(result.files).toHaveLength(5);
    expect(result.report.imported).toHaveLength(3);
    expect(result.report.refused).toEqual([{ file: 3, respondent: 'someone-else', reason: { code: 'import.otherQuestionnaire', params: { questionnaire: 'another-questionnaire', ours: 'capamap-core' } } }]);
    expect(result.read[3]!.file).toBe('other.json');
    // The parser's problems, for the report to word in the reader's language.
    expect(result.unreadable).toEqual([{ file: 'notes.txt', problems: [{ path: '$', code: 'file.notJson', params: {} }] }]);
    expect(result.changed).toBe(true);
    expect(s().lastImport).toBe(result);
    const once = s().assessment!;
    expect(Object.keys(once.responses)).toHaveLength(3);

    platform.picks.push(files);
    const again = (await s().importResponseFiles())!;
    expect(again.report.unchanged).toHaveLength(3);
    expect(again.report.imported).toEqual([]);
    expect(again.changed).toBe(false);
    expect(s().assessment).toBe(once);
    expect(s().assessment!.respondents).toHaveLength(3);

    // A corrected file from one respondent replaces their answers.
    const corrected = JSON.parse(files[1]!.text);
    corrected.exportedAt = '2026-01-20T09:00:00.000Z';
    corrected.answers['compute.hpc-access'] = { kind: 'stage', stage: 5 };
    platform.picks.push([{ name: 'corrected.json', text: JSON.stringify(corrected) }]);
    const third = (await s().importResponseFiles())!;
    expect(third.report.replaced).toEqual([corrected.respondent.id]);
    expect(s().assessment!.respondents).toHaveLength(3);
    expect(s().assessment!.responses[corrected.respondent.id]!['compute.hpc-access']).toEqual({ kind: 'stage', stage: 5 });
    s().undo();
    expect(s().assessment).toBe(once);
  });

  it('a cancelled dialog imports nothing', async () => {
    await open();
    expect(await store.getState().importResponseFiles()).toBeNull();
    expect(store.getState().lastImport).toBeNull();
  });
});

describe('decisions', () => {
  it('go through resolveConflict and survive the next import; withdrawing lets the respondents decide again', async () => {
    await open({ ...makeDemoAssessment(JSON.parse(bundle.questionnaire), { seed: 3, now: '2025-03-14T09:00:00.000Z' }), answers: {} });
    const s = () => store.getState();
    const files = responseFiles(4);
    platform.picks.push(files);
    await s().importResponseFiles();
    const conflict = mergeView(q(), s().assessment!).items.find((i) => i.status === 'conflict')!;
    s().resolveItem(conflict.itemId, conflict.suggestion, '  pilot cluster only  ');
    expect(s().assessment!.resolutions[conflict.itemId]).toMatchObject({ note: 'pilot cluster only' });
    expect(s().assessment!.answers[conflict.itemId]).toEqual(conflict.suggestion);
    platform.picks.push(files);
    await s().importResponseFiles();
    expect(s().assessment!.answers[conflict.itemId]).toEqual(conflict.suggestion);
    s().clearItemResolution(conflict.itemId);
    expect(s().assessment!.resolutions).toEqual({});
    expect(s().assessment!.answers[conflict.itemId]).toBeUndefined();
    // A decision to leave an item unanswered.
    s().resolveItem(conflict.itemId, null, 'not relevant this year');
    expect(s().assessment!.answers[conflict.itemId]).toBeUndefined();
    expect(s().assessment!.resolutions[conflict.itemId]).toBeDefined();
    // An answer that does not fit is refused with a notice, nothing changes.
    const before = s().assessment;
    s().resolveItem(conflict.itemId, { kind: 'profile', value: 'x' }, '');
    expect(s().assessment).toBe(before);
    expect(s().notice?.tone).toBe('error');
  });
});

describe('exports', () => {
  it('write the answers as CSV that reads back, and the assessment as JSON, with suggested names', async () => {
    await open({ ...makeDemoAssessment(JSON.parse(bundle.questionnaire), { seed: 3, now: '2025-03-14T09:00:00.000Z' }), answers: {} });
    const s = () => store.getState();
    platform.picks.push(responseFiles(3));
    await s().importResponseFiles();
    expect(await s().exportCsv()).toMatchObject({ kind: 'saved', name: expect.stringMatching(/-answers\.csv$/) });
    expect(await s().exportJson()).toMatchObject({ kind: 'saved', name: expect.stringMatching(/\.capamap\.json$/) });
    const a = s().assessment!;
    const csv = parseAnswersCsv(platform.saved[0]!.text);
    if (!csv.ok) throw new Error(csv.problems[0]!.message);
    expect(csv.value.consensus).toEqual(a.answers);
    expect(Object.fromEntries(csv.value.respondents.map((r) => [r.respondent.id, r.answers]))).toEqual(a.responses);
    const json = parseAssessment(platform.saved[1]!.text);
    expect(json.ok && json.value).toEqual(a);
  });
});

describe('the baseline', () => {
  it('is loaded for this session only, refused when it is not an assessment of this questionnaire, and unlocked with its passphrase', async () => {
    const a = await open();
    const s = () => store.getState();
    const previous = makeDemoAssessment(q(), { seed: 9, now: '2024-03-14T09:00:00.000Z' });
    platform.picks.push([{ name: 'last-year.capamap.json', text: serializeAssessment(previous) }]);
    expect(await s().loadBaseline()).toBeNull();
    expect(s().baseline).toMatchObject({ forAssessment: a.id, fileName: 'last-year.capamap.json' });
    expect(s().baseline!.assessment).toEqual(previous);
    expect(s().assessment).toBe(a); // the open assessment is untouched

    platform.picks.push(responseFiles(1));
    expect((await s().loadBaseline())?.text).toMatch(/response file/);
    platform.picks.push([{ name: 'other.json', text: serializeAssessment({ ...previous, questionnaire: { id: 'other-q', version: '1.0.0' } }) }]);
    expect((await s().loadBaseline())?.text).toMatch(/other-q/);
    expect(s().baseline!.fileName).toBe('last-year.capamap.json');

    const locked = await encryptText(serializeAssessment(previous), 'correct horse battery', globalThis.crypto);
    platform.picks.push([{ name: 'locked.capamap.json', text: locked }]);
    expect(await s().loadBaseline()).toBeNull();
    expect(s().baselineLocked?.name).toBe('locked.capamap.json');
    expect((await s().unlockBaseline('wrong passphrase'))?.text).toMatch(/passphrase/);
    expect(await s().unlockBaseline('correct horse battery')).toBeNull();
    expect(s().baseline!.fileName).toBe('locked.capamap.json');
    expect(s().baselineLocked).toBeNull();
    s().clearBaseline();
    expect(s().baseline).toBeNull();
  });
});

describe('the presentation', () => {
  it('remembers the view it was started from and returns to it', async () => {
    await open();
    const s = () => store.getState();
    s().go('workshop');
    s().startPresentation();
    expect(s().view).toBe('presentation');
    s().startPresentation();
    s().endPresentation();
    expect(s().view).toBe('workshop');
  });
});
