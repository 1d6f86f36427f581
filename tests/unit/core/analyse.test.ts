import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDemoAssessment } from '../../../core/demo/assessment';
import { makeDemoResponses } from '../../../core/demo/responses';
import { analyse } from '../../../core/method/analyse';
import { stageOfScore } from '../../../core/method/scoring';
import { assessedRisks } from '../../../core/method/results';
import type { Assessment } from '../../../core/model/schema/assessment';
import { importResponses, resolveConflict } from '../../../core/workshop/merge';
import { bundledContent } from '../../content';

const NOW = '2026-02-01T10:00:00.000Z';
const demo = (seed = 7): Assessment => makeDemoAssessment(bundledContent().questionnaire, { seed, now: NOW });

describe('stageOfScore: the one stage rule', () => {
  it('is the whole stage the score reaches once rounded to one decimal, as printed', () => {
    expect(stageOfScore(1)).toBe(1);
    expect(stageOfScore(2.6)).toBe(2);
    expect(stageOfScore(2.94)).toBe(2);
    expect(stageOfScore(2.96)).toBe(3);
    expect(stageOfScore(5)).toBe(5);
  });

  it('never disagrees with the score as printed to one decimal', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 5, noNaN: true }), (score) => {
        const printed = Number(score.toFixed(1));
        expect(stageOfScore(score)).toBe(Math.floor(printed));
      }),
    );
  });
});

describe('analyse', () => {
  it('returns plain JSON: what crosses IPC and the worker is exactly what was computed', () => {
    const results = analyse(bundledContent(), demo());
    expect(JSON.parse(JSON.stringify(results))).toEqual(results);
  });

  it('gives every scored section the stage of its score and pillars on the radar', () => {
    const results = analyse(bundledContent(), demo());
    const scored = results.sections.filter((s) => s.kind === 'pillar' || s.kind === 'module');
    expect(scored.length).toBeGreaterThan(0);
    for (const s of scored) expect(s.stage).toBe(s.score === null ? null : stageOfScore(s.score));
    expect(results.radar).toEqual(results.sections.filter((s) => s.kind === 'pillar').map((s) => s.id));
    expect(results.sections.some((s) => s.kind === 'profile')).toBe(false);
  });

  it('computes one completeness figure: the summary is the ratio over the scored sections', () => {
    const results = analyse(bundledContent(), demo(11));
    const scored = results.sections.filter((s) => s.kind === 'pillar' || s.kind === 'module');
    const asked = scored.reduce((n, s) => n + s.asked, 0);
    const withData = scored.reduce((n, s) => n + s.answered + s.notApplicable, 0);
    expect(results.summary).toMatchObject({ asked, withData, completeness: withData / asked });
    for (const s of scored) expect(s.completeness).toBeCloseTo((s.answered + s.notApplicable) / s.asked, 10);
  });

  it('names as strongest, weakest and largest gap pillars whose figures say so', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
        const { sections, summary } = analyse(bundledContent(), demo(seed));
        const pillars = sections.filter((s) => s.kind === 'pillar' && s.score !== null);
        if (pillars.length === 0) return;
        const max = Math.max(...pillars.map((p) => p.score!));
        const min = Math.min(...pillars.map((p) => p.score!));
        expect(pillars.find((p) => p.id === summary.strongest)!.score).toBe(max);
        expect(pillars.find((p) => p.id === summary.weakest)!.score).toBe(min);
        const widest = Math.max(...pillars.map((p) => p.gap!));
        if (widest > 0) expect(pillars.find((p) => p.id === summary.largestGap)!.gap).toBe(widest);
        else expect(summary.largestGap).toBeNull();
      }),
      { numRuns: 40 },
    );
  });

  it('ranks assessed risks first by priority and numbers every scheduled action once', () => {
    const results = analyse(bundledContent(), demo(3));
    const ranked = assessedRisks(results);
    expect(ranked.map((r) => r.rank)).toEqual(ranked.map((_, i) => i + 1));
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.priority).toBeGreaterThanOrEqual(ranked[i]!.priority);
    expect(results.risks.slice(ranked.length).every((r) => r.rank === null && r.status !== 'assessed')).toBe(true);
    const numbers = results.roadmap.phases.flatMap((p) => p.actions.map((a) => a.number));
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const { phase, actions } of results.roadmap.phases) actions.forEach((a, i) => expect(a.number).toBe(`${phase}.${i + 1}`));
  });

  it('marks a risk incomplete when a rating is missing and keeps it out of the ranking', () => {
    const assessment = demo();
    const risk = bundledContent()
      .questionnaire.sections.flatMap((s) => s.items)
      .find((i) => i.type === 'risk')!;
    assessment.answers[risk.id] = { kind: 'risk', likelihood: 5, impact: 5 };
    const result = analyse(bundledContent(), assessment).risks.find((r) => r.id === risk.id)!;
    expect(result).toMatchObject({ status: 'incomplete', rank: null, priority: null, likelihood: 5, preparedness: null });
  });

  it('says a workshop is provisional while disagreements are undecided, and lists contested risks as contested', () => {
    const content = bundledContent();
    const base = demo(5);
    const files = makeDemoResponses(content.questionnaire, { count: 4, seed: 5, now: NOW, assessmentId: base.id });
    const merged = importResponses(content.questionnaire, { ...base, answers: {} }, files).assessment;
    const results = analyse(content, merged);
    expect(results.workshop).not.toBeNull();
    expect(results.workshop!.undecided).toBeGreaterThan(0);
    expect(results.workshop!.provisional).toBe(true);
    expect(results.workshop!.contested).toHaveLength(results.workshop!.undecided);
    expect(results.summary.keyMessages[0]).toEqual({ code: 'results.summaryProvisional', params: { count: results.workshop!.undecided } });
    for (const r of results.risks) expect(r.status === 'contested').toBe(results.workshop!.contested.includes(r.id));

    // Deciding every open question ends the provisional state.
    let decided = merged;
    for (const id of results.workshop!.contested) {
      const answer = merged.responses[Object.keys(merged.responses)[0]!]![id] ?? { kind: 'dont-know' as const };
      decided = resolveConflict(content.questionnaire, decided, { itemId: id, answer, note: '', decidedAt: NOW });
    }
    expect(analyse(content, decided).workshop).toMatchObject({ undecided: 0, provisional: false, contested: [] });
  });

  it('compares with a baseline only when given one', () => {
    const content = bundledContent();
    expect(analyse(content, demo(1)).baseline).toBeNull();
    const previous = { ...demo(2), id: 'previous', meta: { ...demo(2).meta, assessmentDate: '2025-01-15' } };
    const comparison = analyse(content, demo(1), { baseline: previous }).baseline!;
    expect(comparison.previous.id).toBe('previous');
    expect(comparison.sections.length).toBeGreaterThan(0);
  });
});
