import fc from 'fast-check';
import { loadContent } from '../../content';
import { describe, expect, it } from 'vitest';
import { BAND_THRESHOLDS, compareIds, heatMap, priorityBand, rankRisks, riskPriority, type RiskPriority } from '../../../core/method/priorities';
import { indexItems } from '../../../core/model/questionnaire';
import type { Answer, Answers } from '../../../core/model/schema/assessment';

const core = loadContent('questionnaires/capamap-core');
const mini = loadContent('tests/fixtures/mini');
const q = core.questionnaire;
const riskIds = [...indexItems(q).values()].filter(({ item }) => item.type === 'risk').map(({ item }) => item.id);

const LEVELS = [1, 2, 3, 4, 5] as const;
const risk = (likelihood?: number, impact?: number, preparedness?: number): Answer => ({
  kind: 'risk',
  ...(likelihood ? { likelihood } : {}),
  ...(impact ? { impact } : {}),
  ...(preparedness ? { preparedness } : {}),
});
const rank = (answers: Answers, modules: string[] = []) => rankRisks(q, { answers, modules });

const level = fc.integer({ min: 1, max: 5 });
const riskAnswerArb: fc.Arbitrary<Answer> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('risk' as const), likelihood: level, impact: level, preparedness: level }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('risk' as const), likelihood: level, impact: level, preparedness: level }, { requiredKeys: ['kind'] }) },
  { weight: 1, arbitrary: fc.constant<Answer>({ kind: 'dont-know' }) },
  { weight: 1, arbitrary: fc.constant<Answer>({ kind: 'not-applicable' }) },
);
const riskAnswersArb = fc.record(Object.fromEntries(riskIds.map((id) => [id, riskAnswerArb])), { requiredKeys: [] }) as fc.Arbitrary<Answers>;

describe('risk priority', () => {
  it('is likelihood × impact × (6 − preparedness) / 125 for every combination, from 0.008 to 1', () => {
    for (const l of LEVELS) for (const i of LEVELS) for (const p of LEVELS) expect(riskPriority(l, i, p)).toBe((l * i * (6 - p)) / 125);
    expect(riskPriority(1, 1, 5)).toBe(0.008);
    expect(riskPriority(5, 5, 1)).toBe(1);
    expect(riskPriority(4, 4, 2)).toBe(0.512);
    expect(riskPriority(3, 4, 3)).toBe(0.288);
  });

  it('rises with likelihood and impact and falls with preparedness', () => {
    for (const l of LEVELS)
      for (const i of LEVELS)
        for (const p of LEVELS) {
          if (l < 5) expect(riskPriority(l + 1, i, p)).toBeGreaterThan(riskPriority(l, i, p));
          if (i < 5) expect(riskPriority(l, i + 1, p)).toBeGreaterThan(riskPriority(l, i, p));
          if (p < 5) expect(riskPriority(l, i, p + 1)).toBeLessThan(riskPriority(l, i, p));
        }
  });
});

describe('priority bands', () => {
  it('cuts at 0.4 (high) and 0.15 (medium)', () => {
    expect(BAND_THRESHOLDS).toEqual({ high: 0.4, medium: 0.15 });
    expect([1, 0.4, 0.3999, 0.15, 0.1499, 0.008, 0].map(priorityBand)).toEqual(['high', 'high', 'medium', 'medium', 'low', 'low', 'low']);
  });

  it('places every combination by its exact product: high from 50/125, medium from 19/125', () => {
    for (const l of LEVELS)
      for (const i of LEVELS)
        for (const p of LEVELS) {
          const product = l * i * (6 - p);
          expect(priorityBand(riskPriority(l, i, p))).toBe(product >= 50 ? 'high' : product >= 19 ? 'medium' : 'low');
        }
    // The boundary cases: 5 × 5 × 2 = 50 is high; 5 × 2 × 5 = 50 too; 19 never occurs, 20 = 4 × 5 × 1 is medium; 18 is low.
    expect(priorityBand(riskPriority(5, 5, 4))).toBe('high');
    expect(priorityBand(riskPriority(4, 5, 5))).toBe('medium');
    expect(priorityBand(riskPriority(3, 3, 4))).toBe('low');
  });
});

describe('ranking', () => {
  it('ranks fully answered risks by priority, then impact, then id', () => {
    const ranked = rank({
      'misuse.fraud': risk(2, 5, 1), // 50/125 = 0.4, impact 5
      'misuse.deepfakes-disinformation': risk(5, 2, 1), // 0.4, impact 2
      'military.unchecked-autonomy': risk(5, 5, 1), // 1
      'cross-border-data.foreign-access': risk(2, 2, 4), // 8/125 = 0.064
      'cross-border-data.unprotected-transfers': risk(2, 2, 4), // the same: id order
    });
    expect(ranked.map((r) => [r.risk, r.rank, r.band])).toEqual([
      ['military.unchecked-autonomy', 1, 'high'],
      ['misuse.fraud', 2, 'high'],
      ['misuse.deepfakes-disinformation', 3, 'high'],
      ['cross-border-data.foreign-access', 4, 'low'],
      ['cross-border-data.unprotected-transfers', 5, 'low'],
    ]);
    expect(ranked[0]).toMatchObject({ section: 'military', likelihood: 5, impact: 5, preparedness: 1, priority: 1 });
  });

  it('leaves out partly answered, "don\'t know" and "not applicable" risks', () => {
    const ranked = rank({
      'misuse.fraud': risk(2, 5),
      'misuse.deepfakes-disinformation': risk(undefined, 3, 2),
      'military.unchecked-autonomy': { kind: 'dont-know' },
      'military.weapons-review-gap': { kind: 'not-applicable' },
      'cross-border-data.foreign-access': risk(3, 3, 3),
    });
    expect(ranked.map((r) => r.risk)).toEqual(['cross-border-data.foreign-access']);
  });

  it('orders ids by code point, whatever the locale', () => {
    expect(['b.a', 'a-b.c', 'a.b', 'a-a'].sort(compareIds)).toEqual(['a-a', 'a-b.c', 'a.b', 'b.a']);
  });

  it('ranks only risks of the questionnaire it is given (mini)', () => {
    const ranked = rankRisks(mini.questionnaire, { answers: { 'misuse.deepfakes-disinformation': risk(4, 4, 2), 'misuse.fraud': risk(5, 5, 1) }, modules: [] });
    expect(ranked.map((r) => r.risk)).toEqual(['misuse.deepfakes-disinformation']);
  });

  it('property: ranks 1..n, sorted, consistent bands, deterministic, independent of key order', () => {
    fc.assert(
      fc.property(riskAnswersArb, (answers) => {
        const ranked = rank(answers);
        const complete = Object.entries(answers).filter(([, a]) => a.kind === 'risk' && a.likelihood && a.impact && a.preparedness);
        expect(ranked.map((r) => r.risk).sort()).toEqual(complete.map(([id]) => id).sort());
        ranked.forEach((r, i) => {
          expect(r.rank).toBe(i + 1);
          expect(r.priority).toBe(riskPriority(r.likelihood, r.impact, r.preparedness));
          expect(r.band).toBe(priorityBand(r.priority));
          const next = ranked[i + 1];
          if (next) {
            expect(r.priority).toBeGreaterThanOrEqual(next.priority);
            if (r.priority === next.priority) {
              expect(r.impact).toBeGreaterThanOrEqual(next.impact);
              if (r.impact === next.impact) expect(compareIds(r.risk, next.risk)).toBeLessThan(0);
            }
          }
        });
        expect(rank(Object.fromEntries(Object.entries(answers).reverse()))).toEqual(ranked);
      }),
    );
  });
});

describe('heat map', () => {
  it('is 5 × 5, row = likelihood, column = impact', () => {
    const ranked = rank({ 'misuse.fraud': risk(2, 5, 1), 'military.unchecked-autonomy': risk(5, 1, 3), 'misuse.ai-cyberattacks': risk(2, 5, 4) });
    const grid = heatMap(ranked);
    expect(grid).toHaveLength(5);
    grid.forEach((row) => expect(row).toHaveLength(5));
    expect(grid[1]![4]!.map((r) => r.risk)).toEqual(['misuse.fraud', 'misuse.ai-cyberattacks']);
    expect(grid[4]![0]!.map((r) => r.risk)).toEqual(['military.unchecked-autonomy']);
  });

  it('property: every ranked risk sits in exactly its cell, in rank order', () => {
    fc.assert(
      fc.property(riskAnswersArb, (answers) => {
        const ranked = rank(answers);
        const grid = heatMap(ranked);
        const cells: RiskPriority[] = [];
        grid.forEach((row, l) =>
          row.forEach((cell, i) => {
            for (const r of cell) expect([r.likelihood, r.impact]).toEqual([l + 1, i + 1]);
            cell.slice(1).forEach((r, k) => expect(r.rank).toBeGreaterThan(cell[k]!.rank));
            cells.push(...cell);
          }),
        );
        expect(cells.map((r) => r.risk).sort()).toEqual(ranked.map((r) => r.risk).sort());
      }),
    );
  });
});
