import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContent } from '../../../core/model/content';
import { makeDemoResponses } from '../../../core/demo/responses';
import { seededRandom } from '../../../core/random';
import { assessmentFromResponses, clearResolution, importResponses, mergeView, removeRespondent, resolveConflict } from '../../../core/workshop/merge';
import type { Answer, Assessment } from '../../../core/model/schema/assessment';
import { createMergeModel, type WorkshopMerge } from '../../../renderer/src/workshop/merge-model';
import { bareAnswer, groupPositions, positionKey } from '../../../renderer/src/workshop/answers';

const dir = join(__dirname, '../../../questionnaires/capamap-core');
const parsed = parseContent(readFileSync(join(dir, 'questionnaire.json'), 'utf8'), readFileSync(join(dir, 'actions.json'), 'utf8'));
if (!parsed.ok) throw new Error('bundled content does not validate');
const q = parsed.value.questionnaire;

function workshop(count: number, seed = 4): Assessment {
  return assessmentFromResponses(q, makeDemoResponses(q, { seed, count, now: '2026-01-15T09:00:00.000Z' })).assessment;
}

const withoutBase = ({ base: _base, ...view }: WorkshopMerge) => view;
let clock = Date.parse('2026-01-16T09:00:00.000Z');
const now = () => new Date((clock += 60_000)).toISOString();

describe('the merge screen model', () => {
  it('equals core mergeView, and a decision changes only the decided item object', () => {
    const model = createMergeModel();
    const a = workshop(6);
    const first = model(q, a);
    expect(withoutBase(first)).toEqual(mergeView(q, a));
    expect(model(q, a)).toBe(first); // same assessment, same result

    const conflict = first.items.find((i) => i.status === 'conflict')!;
    const decided = resolveConflict(q, a, { itemId: conflict.itemId, answer: conflict.suggestion, note: 'agreed in the room', decidedAt: now() });
    const second = model(q, decided);
    expect(withoutBase(second)).toEqual(mergeView(q, decided));
    expect(second.base).toBe(first.base); // the respondents' side was not computed again
    for (const [i, item] of second.items.entries()) {
      if (item.itemId === conflict.itemId) expect(item).not.toBe(first.items[i]);
      else expect(item, item.itemId).toBe(first.items[i]);
    }

    // Withdrawing it derives every consensus answer anew (new objects, same content): still only one row changes.
    const withdrawn = clearResolution(q, decided, conflict.itemId, now());
    const third = model(q, withdrawn);
    expect(withoutBase(third)).toEqual(mergeView(q, withdrawn));
    expect(third.items.filter((item, i) => item !== second.items[i]).map((i) => i.itemId)).toEqual([conflict.itemId]);
  });

  it('computes the respondents side again after an import or a removal', () => {
    const model = createMergeModel();
    const a = workshop(4);
    const first = model(q, a);
    const removed = removeRespondent(q, a, a.respondents[0]!.id, now());
    const second = model(q, removed);
    expect(second.base).not.toBe(first.base);
    expect(withoutBase(second)).toEqual(mergeView(q, removed));
    const [late] = makeDemoResponses(q, { seed: 99, count: 1, now: '2026-02-01T09:00:00.000Z' });
    const imported = importResponses(q, removed, [late!], { now: now() }).assessment;
    expect(withoutBase(model(q, imported))).toEqual(mergeView(q, imported));
  });

  it('stays equal to mergeView through a random run of decisions, withdrawals, removals, imports and undo', () => {
    const model = createMergeModel();
    const random = seededRandom(2026);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const history: Assessment[] = [workshop(8, 11)];
    let a = history[0]!;
    for (let step = 0; step < 60; step++) {
      const view = mergeView(q, a);
      const roll = random();
      if (roll < 0.45 && view.items.length > 0) {
        const item = pick(view.items);
        const given = item.entries.map((e) => e.answer).filter((x): x is Answer => x !== null);
        const answer = random() < 0.15 ? null : given.length > 0 ? pick(given) : item.suggestion;
        a = resolveConflict(q, a, { itemId: item.itemId, answer, note: `step ${step}`, decidedAt: now() });
      } else if (roll < 0.65 && Object.keys(a.resolutions).length > 0) {
        a = clearResolution(q, a, pick(Object.keys(a.resolutions)), now());
      } else if (roll < 0.72 && a.respondents.length > 2) {
        a = removeRespondent(q, a, pick(a.respondents).id, now());
      } else if (roll < 0.82) {
        const files = makeDemoResponses(q, { seed: step, count: 2, now: new Date(clock + step * 1000).toISOString() });
        a = importResponses(q, a, files, { now: now() }).assessment;
      } else if (history.length > 1) {
        a = history[Math.floor(random() * history.length)]!; // undo / redo jump back to an earlier object
      }
      history.push(a);
      expect(withoutBase(model(q, a)), `step ${step}`).toEqual(mergeView(q, a));
    }
  });
});

describe('positions shown side by side', () => {
  it('group answers by position, whatever their notes and confidence, stages in order, blanks apart', () => {
    const { positions, blank } = groupPositions([
      { respondent: 'a', answer: { kind: 'stage', stage: 4, notes: 'x' } },
      { respondent: 'b', answer: { kind: 'stage', stage: 2 } },
      { respondent: 'c', answer: { kind: 'stage', stage: 4, confidence: 'high' } },
      { respondent: 'd', answer: { kind: 'dont-know' } },
      { respondent: 'e', answer: null },
    ]);
    expect(positions.map((p) => [p.answer, p.respondents])).toEqual([
      [{ kind: 'stage', stage: 2 }, ['b']],
      [{ kind: 'stage', stage: 4 }, ['a', 'c']],
      [{ kind: 'dont-know' }, ['d']],
    ]);
    expect(blank).toEqual(['e']);
  });

  it('treat profile lists as sets and risks by all three ratings', () => {
    expect(positionKey({ kind: 'profile', value: ['b', 'a', 'a'] })).toBe(positionKey({ kind: 'profile', value: ['a', 'b'] }));
    expect(positionKey({ kind: 'risk', likelihood: 2, impact: 3 })).not.toBe(positionKey({ kind: 'risk', likelihood: 2, impact: 3, preparedness: 1 }));
    expect(bareAnswer({ kind: 'risk', likelihood: 2, notes: 'n', confidence: 'low' })).toEqual({ kind: 'risk', likelihood: 2 });
  });
});
