import { describe, expect, it } from 'vitest';
import { keepUnchanged, perAssessment } from '../../../renderer/src/store/per-assessment';
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

describe('keepUnchanged', () => {
  const same = (a: { id: string; n: number }, b: { id: string; n: number }) => a.id === b.id && a.n === b.n;

  it('gives the previous list itself when no entry moved', () => {
    const previous = [
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ];
    expect(
      keepUnchanged(
        previous,
        [
          { id: 'a', n: 1 },
          { id: 'b', n: 2 },
        ],
        same,
      ),
    ).toBe(previous);
  });

  it('keeps the entries that did not move as the same objects and takes the new ones', () => {
    const previous = [
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ];
    const moved = { id: 'b', n: 3 };
    const next = keepUnchanged(previous, [{ id: 'a', n: 1 }, moved], same);
    expect(next).not.toBe(previous);
    expect(next[0]).toBe(previous[0]);
    expect(next[1]).toBe(moved);
    // A longer or shorter list is another list.
    expect(keepUnchanged(previous, [{ id: 'a', n: 1 }], same)).toEqual([{ id: 'a', n: 1 }]);
  });
});
