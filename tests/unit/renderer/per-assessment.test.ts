import { describe, expect, it } from 'vitest';
import { perAssessment } from '../../../renderer/src/store/per-assessment';
import type { AppState } from '../../../renderer/src/store/types';

const state = (questionnaire: object | null, assessment: object | null, extra: Partial<Record<string, unknown>> = {}) =>
  ({ content: questionnaire ? { questionnaire } : null, assessment, ...extra }) as unknown as AppState;

describe('perAssessment', () => {
  it('works a figure out again only when the assessment or its questionnaire is another object', () => {
    const seen: Array<[object, object]> = [];
    const figure = perAssessment((q, a) => {
      seen.push([q, a]);
      return seen.length;
    }, -1);
    const q = {};
    const a1 = {};
    const a2 = {};
    expect(figure(state(q, a1))).toBe(1);
    // Any other update of the store (autosave marks, the view) asks again with the same assessment.
    expect(figure(state(q, a1, { autosavePending: true }))).toBe(1);
    expect(figure(state(q, a2))).toBe(2);
    expect(figure(state({}, a2))).toBe(3);
    expect(seen).toHaveLength(3);
    expect(seen[1]).toEqual([q, a2]);
  });

  it('gives the stated value while no assessment or content is open', () => {
    const figure = perAssessment(() => 7, 0);
    expect(figure(state(null, {}))).toBe(0);
    expect(figure(state({}, null))).toBe(0);
  });
});
