import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HISTORY_MAX, HISTORY_RECENT, historyId, planRecord, planReseal, retained, type HistoryEntry, type HistoryInfo } from '../../../core/model/history';

const T0 = Date.parse('2026-03-01T08:00:00.000Z');
const MINUTE = 60_000;
const ENVELOPE = '{"format":"capamap.encrypted","version":1,"kdf":{}}';

/** A run of autosaves: each some seconds to days after the last, in one of a few sessions and assessments, sometimes protected. */
const saves = fc.array(
  fc.record({
    gap: fc.oneof(
      fc.integer({ min: 1, max: 90 }).map((s) => s * 1000),
      fc.integer({ min: 1, max: 200 }).map((m) => m * MINUTE),
      fc.integer({ min: 1, max: 3 }).map((d) => d * 24 * 60 * MINUTE),
    ),
    assessment: fc.constantFrom('assessment-a', 'assessment-b'),
    session: fc.constantFrom('s1', 's2', 's3'),
    encrypted: fc.boolean(),
  }),
  { maxLength: 120 },
);

/** Replays saves through planRecord as a storage would, keeping every state ever recorded for the checks. */
function replay(list: { gap: number; assessment: string; session: string; encrypted: boolean }[]) {
  let index: HistoryEntry[] = [];
  let at = T0;
  let n = 0;
  const recorded: { entry: HistoryEntry; replacedLater: boolean }[] = [];
  for (const s of list) {
    at += s.gap;
    const now = new Date(at).toISOString();
    const info: HistoryInfo = { assessmentId: s.assessment, session: s.session, summary: { institution: 'Ministry', country: 'Asterra', answers: n } };
    const change = planRecord(index, s.encrypted ? ENVELOPE : `{"n":${n}}`, info, now, () => historyId(now, `r${n}`));
    n++;
    for (const r of recorded) if (r.entry.id === change.put!.entry.id) r.replacedLater = true;
    recorded.push({ entry: change.put!.entry, replacedLater: false });
    index = change.index;
  }
  return { index, recorded, now: new Date(at).toISOString() };
}

describe('the version history policy (core/model/history.ts)', () => {
  it('keeps the 20 newest states, every state of the last hour, and the newest of each day and assessment for 30 days, never more than the cap', () => {
    fc.assert(
      fc.property(saves, (list) => {
        const { index, recorded, now } = replay(list);
        const kept = new Set(index.map((e) => e.id));
        const alive = recorded
          .filter((r) => !r.replacedLater)
          .map((r) => r.entry)
          .reverse(); // newest first
        expect(index.map((e) => e.id)).toEqual(alive.filter((e) => kept.has(e.id)).map((e) => e.id));
        for (const e of alive.slice(0, HISTORY_RECENT)) expect(kept.has(e.id)).toBe(true);
        for (const e of alive) if (Date.parse(now) - Date.parse(e.savedAt) < 60 * MINUTE) expect(kept.has(e.id)).toBe(true);
        const days = new Set<string>();
        for (const e of alive) {
          const day = `${e.assessmentId}|${e.savedAt.slice(0, 10)}`;
          if (!days.has(day) && Date.parse(now) - Date.parse(e.savedAt) < 30 * 24 * 60 * MINUTE) expect(kept.has(e.id), day).toBe(true);
          days.add(day);
        }
        expect(index.length).toBeLessThanOrEqual(HISTORY_MAX);
      }),
      { numRuns: 300 },
    );
  });

  it('replaces a state only with a later one of the same editing session within a minute, and never across protection', () => {
    fc.assert(
      fc.property(saves, (list) => {
        const { recorded } = replay(list);
        for (let i = 1; i < recorded.length; i++) {
          const previous = recorded
            .slice(0, i)
            .reverse()
            .find((r) => r.entry.id === recorded[i]!.entry.id);
          if (!previous) continue;
          expect(previous.entry.session).toBe(recorded[i]!.entry.session);
          expect(previous.entry.encrypted).toBe(recorded[i]!.entry.encrypted);
          expect(Date.parse(recorded[i]!.entry.savedAt) - Date.parse(previous.entry.savedAt)).toBeLessThan(MINUTE);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps no readable summary beside ciphertext, whatever the caller sends', () => {
    fc.assert(
      fc.property(saves, (list) => {
        for (const e of replay(list).index) if (e.encrypted) expect(e.summary).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('reseals a state only with encrypted text, dropping its summary', () => {
    const now = '2026-03-01T08:00:00.000Z';
    const { index } = planRecord([], '{"plain":true}', { assessmentId: 'a', session: 's', summary: { institution: 'M', country: 'C', answers: 1 } }, now, () => historyId(now, 'x'));
    expect(() => planReseal(index, index[0]!.id, '{"plain":true}')).toThrow('encrypted');
    const change = planReseal(index, index[0]!.id, ENVELOPE);
    expect(change.index[0]).toMatchObject({ encrypted: true, summary: null });
    expect(change.put?.text).toBe(ENVELOPE);
    expect(planReseal(index, 'no-such-id', ENVELOPE)).toEqual({ put: null, remove: [], index });
  });

  it('drops states past 30 days unless among the 20 newest', () => {
    const entries: HistoryEntry[] = Array.from({ length: 25 }, (_, i) => ({
      id: historyId(new Date(T0 - i * 40 * 24 * 60 * MINUTE).toISOString(), `o${i}`),
      savedAt: new Date(T0 - i * 40 * 24 * 60 * MINUTE).toISOString(),
      assessmentId: `a${i}`,
      session: null,
      summary: null,
      encrypted: false,
      size: 1,
    }));
    expect(retained(entries, new Date(T0).toISOString()).size).toBe(HISTORY_RECENT);
  });
});
