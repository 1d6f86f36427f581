import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runCli } from '../../../cli/index';
import { loadBundled } from '../../../cli/content';
import { parseAssessment } from '../../../core/model/assessment-file';
import { FUNDING_INSTRUMENTS, KPI_FREQUENCIES, LEAD_BODIES, STEPS } from '../../../core/model/schema/actions';
import { AREAS } from '../../../core/model/schema/questionnaire';
import { checkAssessment } from '../../../core/model/validate';
import { formatUsdRange } from '../../../core/report/format';

/** Money as every view writes it (screen, report, CLI). */
const usd = (r: { costLow: number; costHigh: number }) => formatUsdRange(r.costLow, r.costHigh, 'en');

const dir = mkdtempSync(join(tmpdir(), 'capamap-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { log: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out, err };
}

/** The stable `roadmap --json` shape (more keys may be added, none removed or renamed). */
const RoadmapJson = z.object({
  actions: z.array(
    z.object({
      id: z.string().min(1),
      area: z.enum(AREAS),
      phase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      lead: z.enum(LEAD_BODIES),
      prerequisites: z.array(z.string()),
      why: z.array(z.string()),
      note: z.string().nullable(),
      // Method 2.0 (docs/methodology.md §7–§9): added, never renamed.
      addresses: z.array(z.string()),
      role: z.enum(['lead', 'contribute', 'advocate']),
      step: z.enum(STEPS),
      startQuarter: z.number().int().min(1).max(20),
      months: z.number().int().positive(),
      // Action library format 3 (issue 13): cost, funding and KPI, texts in English.
      costLow: z.number().int().nonnegative(),
      costHigh: z.number().int().nonnegative(),
      costBasis: z.string().min(1),
      capitalShare: z.number().min(0).max(1),
      funding: z.array(z.enum(FUNDING_INSTRUMENTS)).min(1).max(4),
      funded: z.boolean(),
      kpi: z.object({
        indicator: z.string().min(1),
        baseline: z.object({ item: z.string().nullable(), stage: z.number().int().min(1).max(5).nullable() }),
        target: z.string().min(1),
        verification: z.string().min(1),
        frequency: z.enum(KPI_FREQUENCIES),
      }),
    }),
  ),
  totals: z.object({ costLow: z.number(), costHigh: z.number(), firstYear: z.object({ costLow: z.number(), costHigh: z.number() }) }),
});

/** The fields of issue 12 (point 8) in `analyse --json`: added to Results, nothing renamed. */
const ActionJson = z.object({
  id: z.string(),
  lead: z.enum(LEAD_BODIES),
  costLow: z.number().int().nonnegative(),
  costHigh: z.number().int().nonnegative(),
  funding: z.array(z.enum(FUNDING_INSTRUMENTS)).min(1),
  kpi: z.object({
    indicator: z.record(z.string(), z.string()),
    baseline: z.object({ item: z.string().nullable(), stage: z.number().nullable() }),
    target: z.record(z.string(), z.string()),
    verification: z.record(z.string(), z.string()),
    frequency: z.enum(KPI_FREQUENCIES),
  }),
  addresses: z.array(z.string()),
  requires: z.array(z.string()),
  urgency: z.number().min(0).max(10),
  role: z.enum(['lead', 'contribute', 'advocate']),
  step: z.enum(STEPS),
  months: z.number().int().positive(),
});
const AnalyseJson = z.object({
  method: z.string(),
  roadmap: z.object({
    phases: z.array(z.object({ phase: z.number(), actions: z.array(ActionJson.extend({ startQuarter: z.number().int().min(1).max(20) })) })),
    beyondHorizon: z.array(ActionJson.extend({ startQuarter: z.null(), reason: z.enum(['capacity', 'prerequisite', 'user-start']) })),
    capacity: z.number().positive(),
    totals: z.object({
      costLow: z.number(),
      costHigh: z.number(),
      byPhase: z.array(z.object({ phase: z.number(), costLow: z.number(), costHigh: z.number() })).length(3),
      byArea: z.array(z.object({ area: z.enum(AREAS), costLow: z.number(), costHigh: z.number() })),
      firstYear: z.object({ costLow: z.number(), costHigh: z.number() }),
      funded: z.object({ costLow: z.number(), costHigh: z.number() }),
    }),
  }),
  summary: z.object({ largestGap: z.string().nullable(), strongest: z.string().nullable() }),
});

describe('cli demo → validate → roadmap --json', () => {
  for (const seed of [1, 7, 2026]) {
    it(`seed ${seed}`, async () => {
      const file = join(dir, `demo-${seed}.capamap.json`);
      const demo = await cli('demo', '--seed', String(seed), '-o', file);
      expect(demo).toMatchObject({ code: 0, err: [] });
      expect(demo.out[0]).toContain(`seed ${seed}`);

      // The file validates: through the CLI and through core directly.
      const validate = await cli('validate', file);
      expect(validate).toMatchObject({ code: 0, err: [] });
      expect(validate.out[0]).toMatch(/: ok \(/);
      const parsed = parseAssessment(readFileSync(file, 'utf8'));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const content = loadBundled().get(parsed.value.questionnaire.id)!;
      expect(checkAssessment(parsed.value, content.questionnaire)).toEqual([]);

      const run = await cli('roadmap', file, '--json');
      expect(run.code).toBe(0);
      expect(run.err).toEqual([]);
      expect(run.out).toHaveLength(1);
      const json = RoadmapJson.parse(JSON.parse(run.out[0]!));
      expect(json.actions.length).toBeGreaterThan(0);
      const position = new Map(json.actions.map((a, i) => [a.id, i]));
      expect(position.size).toBe(json.actions.length);
      const libraryIds = new Set(content.library.actions.map((a) => a.id));
      json.actions.forEach((action, i) => {
        expect(libraryIds.has(action.id)).toBe(true);
        // Triggered, or kept as a prerequisite whose items are not known yet.
        expect(action.why.length > 0 || action.note === 'kept-unknown').toBe(true);
        for (const p of action.prerequisites) {
          expect(position.get(p)).toBeLessThan(i);
          expect(json.actions[position.get(p)!]!.phase).toBeLessThanOrEqual(action.phase);
        }
      });
      expect(json.totals.costLow).toBe(json.actions.reduce((n, a) => n + a.costLow, 0));
      expect(json.totals.costHigh).toBe(json.actions.reduce((n, a) => n + a.costHigh, 0));
      expect(json.totals.firstYear.costLow).toBe(json.actions.filter((a) => a.startQuarter <= 4).reduce((n, a) => n + a.costLow, 0));
      // Same file, same output.
      expect((await cli('roadmap', file, '--json')).out).toEqual(run.out);
      // The text form lists the same actions.
      const text = await cli('roadmap', file);
      expect(text.code).toBe(0);
      for (const action of json.actions) expect(text.out.some((line) => line.includes(` ${action.id}  [`))).toBe(true);
      expect(text.out.filter((line) => line.trim().startsWith('KPI: '))).toHaveLength(json.actions.length);
      expect(text.out).toContain(`Cost of the scheduled actions: ${usd(json.totals)}; first year: ${usd(json.totals.firstYear)}; marked funded: ${usd({ costLow: 0, costHigh: 0 })}`);
    });
  }

  it('analyse --json carries the method 2.0 fields for the two contrasting profiles and the method-1 example', async () => {
    const fixtures = join(__dirname, '../../fixtures/profiles');
    for (const file of [join(fixtures, 'ldc-ministry-no-defence.capamap.json'), join(fixtures, 'mic-good-data-no-compute.capamap.json'), join(__dirname, '../../../examples/demo-assessment.capamap.json')]) {
      const run = await cli('analyse', file, '--json');
      expect(run).toMatchObject({ code: 0, err: [] });
      const results = AnalyseJson.parse(JSON.parse(run.out[0]!));
      expect(results.method).toBe('2.0.0');
      expect(results.roadmap.phases.flatMap((p) => p.actions).length).toBeGreaterThan(0);
      const scheduled = results.roadmap.phases.flatMap((p) => p.actions);
      expect(results.roadmap.totals.costLow).toBe(scheduled.reduce((n, a) => n + a.costLow, 0));
      expect(results.roadmap.totals.byPhase.reduce((n, p) => n + p.costHigh, 0)).toBe(results.roadmap.totals.costHigh);
      const text = await cli('analyse', file);
      const { totals } = results.roadmap;
      expect(text.out).toContain(`Cost of the scheduled actions: ${usd(totals)}; first year: ${usd(totals.firstYear)}; marked funded: ${usd(totals.funded)}`);
    }
  });

  it('reports a missing assessment in one line with exit code 1', async () => {
    const run = await cli('roadmap', join(dir, 'missing.json'), '--json');
    expect(run.code).toBe(1);
    expect(run.out).toEqual([]);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toContain('no such file');
  });
});
