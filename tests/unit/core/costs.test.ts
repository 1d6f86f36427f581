import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledContent, miniContent } from '../../content';
import { analyse } from '../../../core/method/analyse';
import { costBandOf, INCOME_COST_FACTOR, roundCost, scaleCost } from '../../../core/method/costs';
import { addCustomAction, setFunded } from '../../../core/method/roadmap-edits';
import type { ActionResult } from '../../../core/method/results';
import { parseActionLibrary } from '../../../core/model/content';
import { newAssessment } from '../../../core/model/assessment-file';
import type { Answers } from '../../../core/model/schema/assessment';
import { askedItems, inputArb } from './method.helpers';

// Action library format 3 and the costed roadmap (issue 13): scaling, totals, funded, KPI baselines, migration.
const core = bundledContent();
const meta = { institution: 'Ministry', country: 'Asterra', assessmentDate: '2026-01-15', leadRespondent: '', language: 'en' as const, confidentiality: '' };
const assess = (answers: Answers, extra: Partial<ReturnType<typeof newAssessment>> = {}) => ({
  ...newAssessment(core.questionnaire, { id: 'costs', now: '2026-01-15T09:00:00.000Z', meta, answers }),
  ...extra,
});
const profile = (value: string) => ({ kind: 'profile' as const, value });
const scheduled = (results: ReturnType<typeof analyse>): ActionResult[] => results.roadmap.phases.flatMap((p) => p.actions);
const everyAction = (results: ReturnType<typeof analyse>): ActionResult[] => [...scheduled(results), ...results.roadmap.beyondHorizon];

describe('costs scaled to the income group', () => {
  it('scales only the recurrent share: capital is bought at world prices', () => {
    expect(scaleCost(100_000, 0, 'low')).toBe(70_000);
    expect(scaleCost(100_000, 0, 'high')).toBe(200_000);
    expect(scaleCost(100_000, 1, 'low')).toBe(100_000);
    expect(scaleCost(100_000, 1, 'high')).toBe(100_000);
    expect(scaleCost(1_000_000, 0.5, 'upper-middle')).toBe(1_200_000);
    expect(scaleCost(250_000, 0.3, 'lower-middle')).toBe(250_000);
    expect(scaleCost(250_000, 0.3, null)).toBe(250_000); // not answered: the reference
    expect(scaleCost(250_000, 0.3, 'unheard-of')).toBe(250_000);
  });

  it('rounds to two significant figures, to the thousand at least, and never moves a figure by more than 5 %', () => {
    expect(roundCost(123_456)).toBe(120_000);
    expect(roundCost(4_449)).toBe(4_000);
    expect(roundCost(7_860_000)).toBe(7_900_000);
    expect(roundCost(0)).toBe(0);
    fc.assert(
      fc.property(fc.integer({ min: 10_000, max: 500_000_000 }), (usd) => {
        const rounded = roundCost(usd);
        expect(Math.abs(rounded - usd) / usd).toBeLessThanOrEqual(0.05);
        expect(String(rounded).replace(/0+$/, '').length).toBeLessThanOrEqual(2);
      }),
    );
  });

  it('reads the band at the middle of the reference range', () => {
    expect(costBandOf({ costLow: 40_000, costHigh: 90_000 })).toBe('low');
    expect(costBandOf({ costLow: 60_000, costHigh: 150_000 })).toBe('medium');
    expect(costBandOf({ costLow: 800_000, costHigh: 2_000_000 })).toBe('high');
    expect(costBandOf({ costLow: 8_000_000, costHigh: 20_000_000 })).toBe('very-high');
  });

  it("prints each library action at its income group's scale in Results", () => {
    const answers: Answers = { 'compute.hpc-access': { kind: 'stage', stage: 1 }, 'data.protection-law': { kind: 'stage', stage: 1 }, 'talent.public-sector-literacy': { kind: 'stage', stage: 1 } };
    const library = new Map(core.library.actions.map((a) => [a.id, a]));
    for (const income of Object.keys(INCOME_COST_FACTOR)) {
      const results = analyse(core, assess({ ...answers, 'profile.income-group': profile(income) }));
      const actions = everyAction(results).filter((a) => !a.custom);
      expect(actions.length).toBeGreaterThan(0);
      for (const a of actions) {
        const own = library.get(a.id)!;
        expect(a.capitalShare).toBe(own.capitalShare);
        expect(a.costLow).toBe(scaleCost(own.costLow, own.capitalShare, income));
        expect(a.costHigh).toBe(scaleCost(own.costHigh, own.capitalShare, income));
        expect(a.costLow!).toBeLessThanOrEqual(a.costHigh!);
        expect(a.costBasis).toEqual(own.costBasis);
        expect(a.funding.length).toBeGreaterThanOrEqual(1);
      }
    }
  });
});

describe('roadmap totals', () => {
  it('equal the sums over the scheduled actions, by phase, by area, for the first year and for the funded ones (random assessments)', () => {
    fc.assert(
      fc.property(inputArb(core, { edits: true }), (input) => {
        const results = analyse(core, assess(input.answers, { modules: input.modules, roadmap: input.roadmap, targets: input.targets }));
        const actions = scheduled(results);
        const sum = (list: ActionResult[]) => ({ costLow: list.reduce((n, a) => n + (a.costLow ?? 0), 0), costHigh: list.reduce((n, a) => n + (a.costHigh ?? 0), 0) });
        const { totals } = results.roadmap;
        expect({ costLow: totals.costLow, costHigh: totals.costHigh }).toEqual(sum(actions));
        expect(totals.byPhase).toEqual(([1, 2, 3] as const).map((phase) => ({ phase, ...sum(actions.filter((a) => a.phase === phase)) })));
        expect(totals.byArea.map((a) => a.area)).toEqual([...new Set(actions.map((a) => a.area))].sort((x, y) => totals.byArea.findIndex((b) => b.area === x) - totals.byArea.findIndex((b) => b.area === y)));
        for (const row of totals.byArea) {
          const inArea = actions.filter((a) => a.area === row.area);
          expect(row).toEqual({ area: row.area, ...sum(inArea), firstYear: sum(inArea.filter((a) => a.startQuarter! <= 4)) });
        }
        expect(sum(totals.byArea.map((a) => ({ ...a.firstYear }) as ActionResult))).toEqual(totals.firstYear);
        expect(new Set(totals.byArea.map((a) => a.area))).toEqual(new Set(actions.map((a) => a.area)));
        expect(totals.firstYear).toEqual(sum(actions.filter((a) => a.startQuarter! <= 4)));
        expect(totals.funded).toEqual(sum(actions.filter((a) => a.funded)));
        for (const a of actions) expect(a.funded).toBe(input.roadmap.edits[a.id]?.funded === true);
        expect(totals.costLow).toBeLessThanOrEqual(totals.costHigh);
      }),
      { numRuns: 40 },
    );
  });

  it('count a funded action once the user marks it, and drop it when unmarked', () => {
    const base = assess({ 'data.protection-law': { kind: 'stage', stage: 1 } });
    const first = scheduled(analyse(core, base))[0]!;
    const funded = setFunded(base, first.id, true);
    expect(funded.roadmap.edits[first.id]).toEqual({ funded: true });
    const results = analyse(core, funded);
    expect(scheduled(results).find((a) => a.id === first.id)!.funded).toBe(true);
    expect(results.roadmap.totals.funded).toEqual({ costLow: first.costLow, costHigh: first.costHigh });
    const unfunded = setFunded(funded, first.id, false);
    expect(unfunded.roadmap.edits).toEqual({});
    expect(analyse(core, unfunded).roadmap.totals.funded).toEqual({ costLow: 0, costHigh: 0 });
  });
});

describe('KPI baselines from the answers', () => {
  it("take the measured item's stage, a risk's preparedness, and null when it is unknown or not answered", () => {
    const library = new Map(core.library.actions.map((a) => [a.id, a]));
    const measured = core.library.actions.filter((a) => a.kpi.measures !== undefined);
    expect(measured.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(inputArb(core, { targets: false }), (input) => {
        const results = analyse(core, assess(input.answers, { modules: input.modules }));
        const asked = askedItems(core, input);
        for (const a of everyAction(results)) {
          const own = library.get(a.id)!;
          const item = own.kpi.measures ?? null;
          expect(a.kpi!.baseline.item).toBe(item);
          // An item not asked (a module not chosen, skip logic) has no baseline even if an old answer is stored.
          const answer = item === null || !asked.has(item) ? undefined : input.answers[item];
          expect(a.kpi!.baseline.stage).toBe(answer?.kind === 'stage' ? answer.stage : answer?.kind === 'risk' ? (answer.preparedness ?? null) : null);
          expect(a.kpi!.indicator).toEqual(own.kpi.indicator);
          expect(a.successIndicator).toEqual(own.kpi.indicator);
          expect(a.kpi!.frequency).toBe(own.kpi.frequency);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('reads a stage answer as the baseline and a "don\'t know" as none', () => {
    const action = core.library.actions.find((a) => a.kpi.measures === 'data.protection-law')!;
    expect(action).toBeDefined();
    const kpiOf = (answers: Answers) => everyAction(analyse(core, assess(answers))).find((a) => a.id === action.id)?.kpi;
    expect(kpiOf({ 'data.protection-law': { kind: 'stage', stage: 1 } })?.baseline).toEqual({ item: 'data.protection-law', stage: 1 });
    const unknown = kpiOf({ 'data.protection-law': { kind: 'dont-know' }, 'data.open-data': { kind: 'stage', stage: 1 } });
    if (unknown) expect(unknown.baseline).toEqual({ item: 'data.protection-law', stage: null });
  });
});

describe('action library format 2 → 3', () => {
  it('turns the band into its range, channels into funding instruments and the success indicator into the KPI', () => {
    const mini = miniContent();
    const v2 = {
      format: 2,
      id: 'v2',
      version: '1.0.0',
      questionnaire: mini.questionnaire.id,
      languages: ['en', 'fr'],
      actions: [
        {
          id: 'compute-gpu-pilot',
          area: 'compute',
          title: { en: 'Pilot', fr: 'Pilote' },
          description: { en: 'Do it.', fr: 'Le faire.' },
          triggers: [{ item: 'compute.hpc-access', fromStage: 1, toStage: 2 }],
          phase: 1,
          step: 'pilot',
          addresses: ['compute.hpc-access'],
          months: 6,
          lead: 'ministry-ict',
          partners: [],
          channels: ['development-banks', 'standards-bodies', 'un-agencies', 'pooled-funds'],
          prerequisites: [],
          cost: 'high',
          successIndicator: { en: 'Ten teams use it.', fr: 'Dix équipes l’utilisent.' },
          references: [{ framework: 'F', item: 'I', year: 2024 }],
          variants: [{ when: { item: 'profile.ai-strategy', anyOf: ['none'] }, cost: 'low', channels: ['south-south', 'standards-bodies'] }],
        },
        {
          id: 'data-law',
          area: 'data',
          title: { en: 'Law', fr: 'Loi' },
          description: { en: 'Draft it.', fr: 'La rédiger.' },
          triggers: [{ item: 'data.protection-law', fromStage: 1, toStage: 2 }],
          phase: 1,
          step: 'build',
          addresses: ['data.protection-law'],
          months: 12,
          lead: 'ministry-justice-interior',
          partners: [],
          channels: ['standards-bodies'],
          prerequisites: [],
          cost: 'medium',
          successIndicator: { en: 'A bill is tabled.', fr: 'Un projet de loi est déposé.' },
          references: [{ framework: 'F', item: 'I', year: 2024 }],
        },
      ],
    };
    const parsed = parseActionLibrary(JSON.stringify(v2), mini.questionnaire);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    if (!parsed.ok) return;
    const [pilot, law] = parsed.value.actions;
    expect(pilot).toMatchObject({ costLow: 1_000_000, costHigh: 10_000_000, capitalShare: 0.5, funding: ['world-bank', 'pooled-fund'] });
    expect(costBandOf(pilot!)).toBe('high');
    expect(pilot!.kpi).toMatchObject({ indicator: { en: 'Ten teams use it.', fr: 'Dix équipes l’utilisent.' }, frequency: 'once', measures: 'compute.hpc-access' });
    expect(Object.keys(pilot!.costBasis).sort()).toEqual(['en', 'fr']);
    expect(pilot!.kpi.target.fr).toMatch(/indicateur/);
    expect(pilot!.variants[0]).toMatchObject({ cost: { low: 20_000, high: 100_000 }, funding: ['south-south'] });
    expect(law).toMatchObject({ costLow: 100_000, costHigh: 1_000_000, funding: ['domestic-budget'], kpi: { frequency: 'twice-yearly', measures: 'data.protection-law' } });
    expect(costBandOf(law!)).toBe('medium');
  });

  it('refuses a format-3 action without any one of the new fields', () => {
    const mini = miniContent();
    const action = mini.library.actions[0]!;
    for (const key of ['costLow', 'costHigh', 'costBasis', 'capitalShare', 'funding', 'kpi'] as const) {
      const { [key]: _gone, ...rest } = action;
      const parsed = parseActionLibrary(JSON.stringify({ ...mini.library, format: 3, actions: [rest] }), mini.questionnaire);
      expect(parsed.ok, key).toBe(false);
      if (!parsed.ok)
        expect(
          parsed.problems.map((p) => p.path),
          key,
        ).toContain(`$.actions[0].${key}`);
    }
  });
});

describe('funded marks on actions the user added', () => {
  it("are set and cleared like a library action's, leaving no trace when cleared", () => {
    const base = assess({});
    const withCustom = addCustomAction(base, { area: 'data', title: 'Census microdata archive', phase: 1, lead: 'statistics-office' });
    const id = withCustom.roadmap.custom[0]!.id;
    const funded = setFunded(withCustom, id, true);
    expect(funded.roadmap.custom[0]!.funded).toBe(true);
    const custom = scheduled(analyse(core, funded)).find((a) => a.id === id)!;
    expect(custom).toMatchObject({ funded: true, costLow: null, costHigh: null, kpi: null, funding: [] });
    const cleared = setFunded(funded, id, false);
    expect(JSON.parse(JSON.stringify(cleared.roadmap.custom[0]))).toEqual(JSON.parse(JSON.stringify(withCustom.roadmap.custom[0])));
    expect('funded' in cleared.roadmap.custom[0]!).toBe(false);
  });
});
