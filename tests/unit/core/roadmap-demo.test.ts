import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../content';
import { makeDemoAssessment } from '../../../core/demo/assessment';
import { buildRoadmap } from '../../../core/method/roadmap';
import { CAPACITY } from '../../../core/method/tailoring';
import { checkMethodRules } from './method.helpers';

const content = bundledContent();
const { questionnaire: q, library } = content;
const SEEDS = [1, 2, 3, 7, 42, 2026, 99_999, 4_294_967_295];

describe('roadmap of the demo assessment', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: follows every rule of the method, and works on every pillar with a gap`, () => {
      const assessment = makeDemoAssessment(q, { seed, now: '2026-01-15T09:00:00.000Z' });
      const { scores, roadmap } = checkMethodRules(content, assessment);
      const scheduledAreas = new Set(roadmap.actions.map((a) => a.area));
      const listedAreas = new Set([...scheduledAreas, ...roadmap.deferred.filter((a) => a.reason === 'capacity').map((a) => a.area)]);
      const pillarsWithGap = scores.filter((s) => s.kind === 'pillar' && (s.gap ?? 0) > 0).map((s) => s.section);
      expect(pillarsWithGap.length).toBeGreaterThan(0);
      // Five pillars and three priorities compete for the capacity: an institution above the floor works on every
      // pillar with a gap within the horizon; one at the floor (a small ministry of a low-income country) may only
      // see a pillar's actions listed beyond the horizon for want of capacity, never left out.
      const roomy = roadmap.capacity > CAPACITY.floor;
      for (const pillar of pillarsWithGap) expect(roomy ? scheduledAreas : listedAreas, pillar).toContain(pillar);
      expect(buildRoadmap(q, library, assessment, scores)).toEqual(roadmap);
    });
  }
});
