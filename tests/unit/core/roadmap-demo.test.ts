import { loadContent } from '../../content';
import { describe, expect, it } from 'vitest';
import { makeDemoAssessment } from '../../../core/demo/assessment';
import { buildRoadmap } from '../../../core/method/roadmap';
import { scoreAssessment } from '../../../core/method/scoring';
import { PILLARS, PRIORITIES } from '../../../core/model/schema/questionnaire';

const { questionnaire: q, library } = loadContent('questionnaires/capamap-core');
const SEEDS = [1, 2, 3, 7, 42, 2026, 99_999, 4_294_967_295];

/** A risk is unprepared when its preparedness is at most "established" (3). */
const UNPREPARED = 3;

describe('roadmap of the demo assessment', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: schedules an action for every pillar with a gap and every priority with an unprepared risk`, () => {
      const assessment = makeDemoAssessment(q, { seed, now: '2026-01-15T09:00:00.000Z' });
      const roadmap = buildRoadmap(q, library, assessment);
      const scheduledAreas = new Set(roadmap.actions.map((a) => a.area));
      const pillarsWithGap = scoreAssessment(q, assessment).filter((s) => s.kind === 'pillar' && (s.gap ?? 0) > 0).map((s) => s.section);
      expect(pillarsWithGap.length).toBeGreaterThan(0);
      for (const pillar of pillarsWithGap) expect(scheduledAreas, pillar).toContain(pillar);
      const exposed = q.sections
        .filter((s) => s.kind === 'priority')
        .filter((s) => s.items.some((i) => { const a = assessment.answers[i.id]; return a?.kind === 'risk' && a.preparedness !== undefined && a.preparedness <= UNPREPARED; }))
        .map((s) => s.id);
      for (const priority of exposed) expect(scheduledAreas, priority).toContain(priority);
      expect([...PILLARS, ...PRIORITIES].filter((area) => scheduledAreas.has(area)).length).toBeGreaterThanOrEqual(pillarsWithGap.length + exposed.length);
      for (const p of [1, 2, 3]) expect(roadmap.actions.filter((a) => a.phase === p).length).toBeLessThanOrEqual(assessment.roadmap.phaseCap);
      expect(buildRoadmap(q, library, assessment)).toEqual(roadmap);
    });
  }
});
