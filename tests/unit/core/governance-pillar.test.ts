import { describe, expect, it } from 'vitest';
import { makeDemoAssessment } from '../../../core/demo/assessment';
import { analyse } from '../../../core/method/analyse';
import type { Results } from '../../../core/method/results';
import type { Answer, Assessment } from '../../../core/model/schema/assessment';
import { PILLARS } from '../../../core/model/schema/questionnaire';
import { isStageTrigger } from '../../../core/model/schema/actions';
import { bundledContent } from '../../content';

const content = bundledContent();
const { questionnaire: q, library } = content;
const NOW = '2026-02-01T10:00:00.000Z';
const governance = q.sections.find((s) => s.id === 'governance')!;
const indicators = governance.items.filter((i) => i.type === 'indicator');

/** The demo institution (a mid-sized ministry, seed 2026) with every governance indicator answered the same way. */
function withGovernance(answer: Answer): Assessment {
  const demo = makeDemoAssessment(q, { seed: 2026, now: NOW });
  return { ...demo, answers: { ...demo.answers, ...Object.fromEntries(indicators.map((i) => [i.id, answer])) } };
}
const atStage = (stage: 1 | 2 | 3 | 4 | 5) => withGovernance({ kind: 'stage', stage, confidence: 'high' });
const section = (results: Results) => results.sections.find((s) => s.id === 'governance')!;
const scheduled = (results: Results) => results.roadmap.phases.flatMap((p) => p.actions);

describe('the governance & ecosystem pillar', () => {
  it('is a pillar of the bundled questionnaire: nine referenced indicators that rate the country, between talent and the priorities', () => {
    expect(PILLARS).toContain('governance');
    expect(governance.kind).toBe('pillar');
    expect(indicators.length).toBeGreaterThanOrEqual(9);
    for (const item of indicators) {
      expect(item.scope, item.id).toBe('country');
      expect(item.references.length, item.id).toBeGreaterThan(0);
    }
    const ids = q.sections.map((s) => s.id);
    expect(ids.indexOf('governance')).toBe(ids.indexOf('talent') + 1);
  });

  it('is scored: its score follows its answers, and it counts in the summary', () => {
    const low = analyse(content, atStage(1));
    const high = analyse(content, atStage(5));
    expect(section(low)).toMatchObject({ kind: 'pillar', score: 1, stage: 1 });
    expect(section(high)).toMatchObject({ kind: 'pillar', score: 5, stage: 5 });
    expect(section(high).asked).toBe(indicators.length);
    expect(high.summary.asked).toBe(low.summary.asked);
    expect(high.summary.asked).toBeGreaterThanOrEqual(PILLARS.length * 8);
  });

  it('is an axis of the one radar the screen, the slides and the report draw', () => {
    const results = analyse(content, atStage(2));
    expect(results.radar).toEqual([...PILLARS]);
    expect(results.radar).toContain('governance');
  });

  it('brings governance actions onto the roadmap when the pillar is weak, and none that raise it when it leads', () => {
    const weak = scheduled(analyse(content, atStage(1))).filter((a) => a.area === 'governance');
    expect(weak.length).toBeGreaterThan(0);
    expect(weak.map((a) => a.id)).toContain('governance-coordination-body');
    const strong = scheduled(analyse(content, atStage(5))).filter((a) => a.area === 'governance');
    expect(strong.filter((a) => !a.id.endsWith('peer-review-provider'))).toEqual([]);
  });

  it('schedules its find-out step in phase 1 when a governance answer is "don\'t know"', () => {
    const results = analyse(content, withGovernance({ kind: 'dont-know' }));
    const findOut = scheduled(results).find((a) => a.id === 'governance-find-out');
    expect(findOut?.phase).toBe(1);
  });

  it('has actions in the library for every step of the climb: a find-out, a phase-1 foundation, and actions from stage 3 and 4 upwards', () => {
    const actions = library.actions.filter((a) => a.area === 'governance');
    expect(actions.some((a) => a.step === 'find-out' && a.triggers.some((t) => 'unknown' in t && t.unknown === 'governance'))).toBe(true);
    expect(actions.find((a) => a.id === 'governance-coordination-body')).toMatchObject({ phase: 1, step: 'build', prerequisites: [] });
    const reaches = (stage: number) => actions.filter((a) => a.triggers.some((t) => isStageTrigger(t) && t.fromStage <= stage && stage <= t.toStage)).map((a) => a.id);
    expect(reaches(3).length).toBeGreaterThan(0);
    expect(reaches(4).length).toBeGreaterThan(0);
    expect(actions.some((a) => a.triggers.some((t) => 'strong' in t && t.strong === 'governance'))).toBe(true);
  });
});
