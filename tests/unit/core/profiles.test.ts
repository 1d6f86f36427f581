import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../content';
import { analyse } from '../../../core/method/analyse';
import { parseAssessment } from '../../../core/model/assessment-file';
import { checkAssessment } from '../../../core/model/validate';
import type { Assessment } from '../../../core/model/schema/assessment';
import { checkMethodRules } from './method.helpers';

/** Two contrasting institutions (tests/fixtures/profiles): every rule of the method holds, and the roadmap reads like them. */
const content = bundledContent();
function load(name: string): Assessment {
  const parsed = parseAssessment(readFileSync(resolve(__dirname, '../../fixtures/profiles', name), 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  expect(checkAssessment(parsed.value, content.questionnaire)).toEqual([]);
  return parsed.value;
}
const firstYear = (a: Assessment) => analyse(content, a).roadmap.phases[0]!.actions;

describe("a least-developed country's ministry without a defence mandate", () => {
  const assessment = load('ldc-ministry-no-defence.capamap.json');
  const results = analyse(content, assessment);
  const all = [...results.roadmap.phases.flatMap((p) => p.actions), ...results.roadmap.beyondHorizon];
  const find = (id: string) => all.find((a) => a.id === id);

  it('follows every rule of the method', () => {
    checkMethodRules(content, assessment);
  });

  it('carries what a small institution in a low-income country can: the floor of 5 effort points a quarter', () => {
    expect(results.roadmap.capacity).toBe(5);
    expect(Math.max(...results.roadmap.load)).toBeLessThanOrEqual(5);
  });

  it('never leads a military action; the unlikely military risks wait for phase 3', () => {
    const military = all.filter((a) => a.area === 'military');
    expect(military.length).toBeGreaterThan(0);
    expect(military.every((a) => a.role !== 'lead')).toBe(true);
    expect(military.filter((a) => a.phase < 3 && a.startQuarter !== null)).toEqual([]);
  });

  it('settles every "don\'t know" in the first year, and responds first to the most pressing risks', () => {
    const year = firstYear(assessment);
    for (const id of ['compute.compute-funding', 'data.representativeness', 'models.safety-network-links', 'talent.inclusion', 'cross-border-data.cross-border-incidents'])
      expect(
        year.some((a) => a.step === 'find-out' && a.why.includes(id)),
        id,
      ).toBe(true);
    for (const id of ['misuse-fraud-reporting-channel', 'misuse-deepfake-response-protocol', 'cross-border-data-classification-scheme']) expect(year.map((a) => a.id)).toContain(id);
  });

  it('pilots health narrowly in the first year, and its scale-up waits for the evaluation', () => {
    expect(find('health-small-cut-pilot')).toMatchObject({ phase: 1, step: 'pilot' });
    const widening = find('health-pilot-widening');
    if (widening?.startQuarter) expect(widening.phase).toBeGreaterThan(1);
  });

  it('sets up the data-protection authority that exists on paper only, and names the working languages', () => {
    expect(find('data-protection-authority-setup')!.why).toEqual(['data.protection-authority']);
    expect(find('models-local-language-baseline')!.title.en).toContain('French, Wolof, Pulaar');
    expect(results.summary.largestGap).toBe('models');
  });
});

describe('a middle-income country with good data and no compute', () => {
  const assessment = load('mic-good-data-no-compute.capamap.json');
  const results = analyse(content, assessment);
  const all = [...results.roadmap.phases.flatMap((p) => p.actions), ...results.roadmap.beyondHorizon];

  it('follows every rule of the method', () => {
    checkMethodRules(content, assessment);
  });

  it('shows compute, with no GPU access at all, as the largest gap, and works on it in the first year', () => {
    expect(results.summary.largestGap).toBe('compute');
    const compute = firstYear(assessment)
      .filter((a) => a.area === 'compute')
      .map((a) => a.id);
    expect(compute).toEqual(expect.arrayContaining(['compute-needs-inventory', 'compute-shared-gpu-pilot', 'compute-regional-partnership', 'compute-funding-line']));
  });

  it('offers its data strength to partner countries and asks nothing more of its strong data pillar', () => {
    expect(all.find((a) => a.id === 'data-south-south-provider')).toMatchObject({ role: 'lead', step: 'build' });
    expect(all.filter((a) => a.area === 'data').map((a) => a.id)).toEqual(['data-south-south-provider']);
  });

  it('names its strategy in the compute budget line and carries more than the least-developed ministry', () => {
    expect(all.find((a) => a.id === 'compute-funding-line')!.description.en).toContain('Estrategia Nacional de IA 2024–2030');
    expect(results.roadmap.capacity).toBe(10);
  });
});
