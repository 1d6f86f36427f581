import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContent } from '../../../core/model/content';
import { makeDemoAssessment } from '../../../core/demo/assessment';
import { relevantItems } from '../../../core/model/questionnaire';
import { scoreAssessment } from '../../../core/method/scoring';
import { assessmentProgress, isComplete } from '../../../core/model/progress';
import { reviewLists } from '../../../core/model/review';

const dir = join(__dirname, '../../../questionnaires/capamap-core');
const parsed = parseContent(readFileSync(join(dir, 'questionnaire.json'), 'utf8'), readFileSync(join(dir, 'actions.json'), 'utf8'));
if (!parsed.ok) throw new Error('bundled content does not validate');
const q = parsed.value.questionnaire;
const demo = () => makeDemoAssessment(q, { seed: 3, now: '2025-01-01T00:00:00.000Z' });

describe('progress and review lists', () => {
  it('count a complete demo as complete, with nothing unanswered', () => {
    const a = demo();
    const progress = assessmentProgress(q, a);
    expect(progress.every((p) => p.done === p.asked)).toBe(true);
    expect(reviewLists(q, a).unanswered).toEqual([]);
  });

  it('list an unanswered item, a partly rated risk, "don\'t know" and low confidence, in questionnaire order with their numbers', () => {
    const a = demo();
    const compute = q.sections.find((s) => s.id === 'compute')!;
    const misuse = q.sections.find((s) => s.id === 'misuse')!;
    const [first, second, third] = relevantItems(compute, a.answers);
    delete a.answers[first!.id];
    a.answers[second!.id] = { kind: 'dont-know', confidence: 'low' };
    a.answers[third!.id] = { kind: 'stage', stage: 2, confidence: 'low' };
    const risk = misuse.items[0]!;
    a.answers[risk.id] = { kind: 'risk', likelihood: 3 };
    for (const [id, answer] of Object.entries(a.answers)) if (answer.kind !== 'profile' && answer.confidence === 'low' && ![second!.id, third!.id].includes(id)) a.answers[id] = { ...answer, confidence: 'high' };

    const lists = reviewLists(q, a);
    expect(lists.unanswered.map((e) => [e.itemId, e.number])).toEqual([
      [first!.id, 1],
      [risk.id, 1],
    ]);
    expect(lists.dontKnow.map((e) => e.itemId)).toEqual([second!.id]);
    expect(lists.lowConfidence.map((e) => [e.itemId, e.sectionId])).toEqual([
      [second!.id, 'compute'],
      [third!.id, 'compute'],
    ]);
    expect(isComplete(risk, a.answers[risk.id])).toBe(false);
  });

  it('follow the skip logic: an item that is not asked is never listed', () => {
    const a = demo();
    const compute = q.sections.find((s) => s.id === 'compute')!;
    const conditional = compute.items.find((i) => i.relevant !== undefined);
    expect(conditional).toBeDefined();
    a.answers['compute.hpc-access'] = { kind: 'stage', stage: 2 }; // asked: the demo no longer fixes hpc-access above 1
    const asked = relevantItems(compute, a.answers).length;
    // Answer the items its rule reads so that it is no longer asked, then clear its own answer.
    a.answers['compute.hpc-access'] = { kind: 'stage', stage: 1 };
    delete a.answers[conditional!.id];
    expect(relevantItems(compute, a.answers).length).toBe(asked - 1);
    expect(reviewLists(q, a).unanswered.map((e) => e.itemId)).not.toContain(conditional!.id);
  });

  it('agree with core scoring on what a pillar asks', () => {
    const a = demo();
    const byId = new Map(assessmentProgress(q, a).map((p) => [p.section, p]));
    for (const s of scoreAssessment(q, a)) expect(byId.get(s.section)?.asked).toBe(s.asked);
  });
});
