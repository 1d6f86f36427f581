import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledContent } from '../../content';
import { analyse } from '../../../core/method/analyse';
import { METHOD_VERSION } from '../../../core/method/version';
import { BAND_THRESHOLDS } from '../../../core/method/priorities';
import { indexItems } from '../../../core/model/questionnaire';
import { ASSUMED_RISK_FACTOR, EVALUATION_QUARTERS, FIRST_RESPONSE_SCALE, FOLLOW_UP_SCALE, GAP_URGENCY_MAX, UNKNOWN_PREPAREDNESS } from '../../../core/method/roadmap';
import { AMBITION_FLOOR, CONFIDENCE_VALUE } from '../../../core/method/scoring';
import { CAPACITY, COST_WEIGHT, ROLE_SHARE } from '../../../core/method/tailoring';
import { HORIZON_QUARTERS, PHASE_QUARTERS } from '../../../core/method/schedule';
import { newAssessment } from '../../../core/model/assessment-file';
import { COST_BANDS } from '../../../core/model/schema/actions';
import { INCOME_COST_FACTOR, scaleCost } from '../../../core/method/costs';
import type { Answer, Answers } from '../../../core/model/schema/assessment';

/**
 * docs/methodology.md states a worked example in tables marked <!-- example:NAME -->.
 * This test reads the inputs from those tables, recomputes everything with analyse(),
 * and checks every number the document prints.
 */
const DOC = readFileSync(resolve(__dirname, '../../../docs/methodology.md'), 'utf8');
const content = bundledContent();
const q = content.questionnaire;

/** Rows (header first) of the markdown table that follows `<!-- example:name -->`. */
function table(name: string): string[][] {
  const start = DOC.indexOf(`<!-- example:${name} -->`);
  if (start < 0) throw new Error(`docs/methodology.md has no table "${name}"`);
  const rows: string[][] = [];
  for (const line of DOC.slice(start).split('\n').slice(1)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  }
  return rows.filter((row) => !row.every((cell) => /^-+$/.test(cell)));
}
const bodyOf = (name: string) => table(name).slice(1);
const code = (cell: string) => cell.replace(/`/g, '');
const codes = (cell: string) => (cell === '—' ? [] : [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
const num = (cell: string) => Number(/-?\d+(\.\d+)?/.exec(cell)![0]);
/** The document rounds to at most 3 decimals. */
const near = (actual: number | null | undefined, printed: number) => {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - printed)).toBeLessThan(0.0005);
};

function answerFrom(cell: string, confidence: string): Answer {
  const mark = confidence === 'none' ? {} : { confidence: confidence as 'low' | 'medium' | 'high' };
  if (cell === "don't know") return { kind: 'dont-know', ...mark };
  if (cell === 'not applicable') return { kind: 'not-applicable', ...mark };
  const stage = /^stage (\d)$/.exec(cell);
  if (!stage) throw new Error(`unreadable answer "${cell}"`);
  return { kind: 'stage', stage: Number(stage[1]), ...mark };
}

function riskFrom(row: string[]): Answer {
  const [, likelihood, impact, preparedness] = row;
  const answer: Record<string, unknown> = { kind: 'risk' };
  const unknown: string[] = [];
  for (const [key, cell] of [
    ['likelihood', likelihood],
    ['impact', impact],
    ['preparedness', preparedness],
  ] as const) {
    if (cell === "don't know") unknown.push(key);
    else answer[key] = num(cell!);
  }
  if (unknown.length > 0) answer.unknown = unknown;
  return answer as Answer;
}

// The example's inputs, as the document states them.
const answers: Answers = {};
for (const [question, value] of bodyOf('profile')) answers[code(question!)] = { kind: 'profile', value: code(value!) };
for (const [item, , answer, confidence] of bodyOf('answers')) answers[code(item!)] = answerFrom(answer!, confidence!);
for (const row of bodyOf('risks')) answers[code(row[0]!)] = riskFrom(row);
const assessedOn = '2026-01-15';
const example = newAssessment(q, {
  id: 'methodology-example',
  now: `${assessedOn}T09:00:00.000Z`,
  meta: { institution: 'Ministry', country: 'Asterra', assessmentDate: assessedOn, leadRespondent: '', language: 'en', confidentiality: '' },
  answers,
});
const results = analyse(content, example);

describe('docs/methodology.md', () => {
  it('states the current method version', () => {
    expect(/Method version: \*\*(.+?)\*\*/.exec(DOC)![1]).toBe(METHOD_VERSION);
    expect(METHOD_VERSION).toBe('2.0.0');
  });

  it('states the constants the code uses', () => {
    expect(CONFIDENCE_VALUE).toEqual({ low: 1 / 3, medium: 2 / 3, high: 1 });
    expect(DOC).toContain('| low | 1/3 |');
    expect(DOC).toContain('| no mark | 2/3 (counted as medium) |');
    expect(BAND_THRESHOLDS).toEqual({ high: 0.4, medium: 0.15 });
    expect(DOC).toContain('| high | 0.40 or more');
    expect(DOC).toContain('| medium | 0.15 to under 0.40');
    expect(AMBITION_FLOOR).toBe(3);
    expect(DOC).toContain('**ambition = min(5, max(3, ⌊lowest pillar score⌋ + 1))**');
    expect([FIRST_RESPONSE_SCALE, FOLLOW_UP_SCALE, GAP_URGENCY_MAX]).toEqual([10, 2, 4]);
    expect(DOC).toContain('| a risk, for its **first response** | 10 × priority');
    expect(DOC).toContain('| a risk, for any further action on it | 2 × priority |');
    expect(DOC).toContain('or a low-confidence answer to check | 4 |');
    expect([UNKNOWN_PREPAREDNESS, ASSUMED_RISK_FACTOR]).toEqual([1, 3]);
    expect(DOC).toContain('a preparedness answered "don\'t know" counts as **1**');
    expect(DOC).toContain('not yet rated counts as **3**');
    expect(COST_WEIGHT).toEqual({ low: 1, medium: 2, high: 3, 'very-high': 4 });
    expect(ROLE_SHARE).toEqual({ lead: 1, contribute: 0.5, advocate: 0.25 });
    expect(DOC).toContain('cost weights low 1, medium 2, high 3, very high 4, and role shares lead 1, contribute 1/2, advocate 1/4');
    expect(CAPACITY).toMatchObject({ base: 10, floor: 5, unknown: 0.8, fundedStrategy: 1.2 });
    expect(DOC).toContain('**capacity per quarter = max(5, 10 × income factor × staff factor × strategy factor)**');
    expect(CAPACITY.income).toEqual({ low: 0.6, 'lower-middle': 0.8, 'upper-middle': 1, high: 1.2 });
    expect(DOC).toContain('| income group | low 0.6, lower-middle 0.8, upper-middle 1, high 1.2; not answered 0.8 |');
    expect(CAPACITY.staff).toEqual({ 'under-50': 0.6, '50-250': 0.8, '250-1000': 1, 'over-1000': 1.25 });
    expect(DOC).toContain('| staff | fewer than 50: 0.6, 50–250: 0.8, 250–1,000: 1, more than 1,000: 1.25; not answered 0.8 |');
    expect([HORIZON_QUARTERS, PHASE_QUARTERS[1].last, PHASE_QUARTERS[2].last, EVALUATION_QUARTERS]).toEqual([20, 4, 12, 1]);
    expect(DOC).toContain('phase 1 is quarters 1–4 (0–12\nmonths), phase 2 quarters 5–12 (1–3 years), phase 3 quarters 13–20 (3–5 years)');
    for (const band of COST_BANDS) expect(DOC).toMatch(new RegExp(`^\\| ${band} \\| `, 'm'));
    expect(INCOME_COST_FACTOR).toEqual({ low: 0.7, 'lower-middle': 1, 'upper-middle': 1.4, high: 2 });
    for (const [group, factor] of Object.entries(INCOME_COST_FACTOR)) expect(DOC).toMatch(new RegExp(`^\\| ${group}( \\(the reference\\))? \\| ${factor} \\|$`, 'm'));
    expect(DOC).toContain('**cost = reference cost × (capital share + (1 − capital share) × income factor)**');
  });
});

describe('worked example (docs/methodology.md §11)', () => {
  it('uses the weights of the bundled questionnaire', () => {
    const items = indexItems(q);
    for (const [item, weight] of bodyOf('answers')) {
      const located = items.get(code(item!))!;
      expect(located.item.type === 'indicator' && located.item.weight).toBe(num(weight!));
    }
  });

  it('capacity from the profile', () => {
    expect(results.roadmap.capacity).toBeCloseTo(num(/capacity is .*?\*\*([\d.]+)\*\*/s.exec(DOC)![1]!), 12);
  });

  it('pillar score (a lower bound), its range, target, gap, completeness and confidence', () => {
    const [header, ...rows] = table('pillar');
    const section = results.sections.find((s) => s.id === header![0]!.toLowerCase())!;
    const printed = Object.fromEntries(rows.map((row) => [row[0]!, num(row[2]!)]));
    expect(Object.keys(printed)).toEqual(['Score', 'Range high', 'Target', 'Gap', 'Completeness', 'Confidence']);
    near(section.score, printed.Score!);
    near(section.range!.low, printed.Score!);
    near(section.range!.high, printed['Range high']!);
    expect(section.target).toBe(printed.Target);
    near(section.gap, printed.Gap!);
    near(section.completeness, printed.Completeness!);
    near(section.confidence, printed.Confidence!);
    expect(section).toMatchObject({ answered: 4, notApplicable: 1, unknown: 1, asked: q.sections.find((s) => s.id === 'compute')!.items.length });
    expect(results.summary.largestGap).toBe('compute');
  });

  it('lists the asked but unanswered indicators', () => {
    const sentence = DOC.slice(DOC.indexOf('The other five compute indicators'), DOC.indexOf('<!-- example:pillar -->'));
    const unanswered = q.sections
      .find((s) => s.id === 'compute')!
      .items.map((i) => i.id)
      .filter((id) => !(id in answers));
    expect(
      codes(sentence)
        .filter((id) => id !== 'compute.hpc-access')
        .sort(),
    ).toEqual(unanswered.sort());
  });

  it('"don\'t know" counts at stage 1: leaving it blank would score higher, as the text says', () => {
    const blank = { ...answers };
    delete blank['compute.cloud-policy'];
    const without = analyse(content, { ...example, answers: blank }).sections.find((s) => s.id === 'compute')!.score!;
    near(without, num(/higher score, 10\.5 ÷ 5 = ([\d.]+)/.exec(DOC)![1]!));
    expect(results.sections.find((s) => s.id === 'compute')!.score!).toBeLessThan(without);
  });

  it('risk priorities, bands and ranks; the unknown preparedness is estimated for the roadmap only', () => {
    for (const row of bodyOf('risks')) {
      const risk = results.risks.find((r) => r.id === code(row[0]!))!;
      if (row[6] === '—') {
        expect(risk).toMatchObject({ rank: null, status: 'incomplete', priority: null });
        expect(num(row[4]!)).toBeCloseTo((4 * 3 * 5) / 125, 12);
        continue;
      }
      near(risk.priority, num(row[4]!));
      expect(risk.band).toBe(row[5]);
      expect(risk.rank).toBe(num(row[6]!));
    }
  });

  it('the roadmap: numbers, roles, steps, why, urgency, prerequisites, start quarters and notes', () => {
    const rows = bodyOf('roadmap');
    const scheduled = results.roadmap.phases.flatMap((p) => p.actions);
    expect(scheduled.map((a) => a.id)).toEqual(rows.map((row) => code(row[1]!)));
    expect(results.roadmap.beyondHorizon).toEqual([]);
    expect(DOC).toContain('Nothing is left\nbeyond the horizon.');
    rows.forEach(([number, id, role, step, why, urgency, requires, start, note]) => {
      const action = scheduled.find((a) => a.id === code(id!))!;
      expect(action.number).toBe(number);
      expect(action.role).toBe(role);
      expect(action.step).toBe(step);
      expect(action.why).toEqual(codes(why!));
      expect(Math.abs(action.urgency - num(urgency!))).toBeLessThan(0.0005);
      expect(action.requires).toEqual(codes(requires!));
      expect(action.startQuarter).toBe(num(start!));
      expect(action.note).toBe(note === '—' ? null : note);
    });
    near(results.roadmap.load[0], num(/Quarter 1 carries ([\d.]+) of the/.exec(DOC)![1]!));
    expect(scheduled.find((a) => a.id === 'compute-national-shared-platform')!.gate).toBe('compute-shared-gpu-pilot');
  });

  it('the costs: totals by phase and overall, and the low-income reading of the GPU pilot', () => {
    const usd = (cell: string) => Number(cell.replace(/,/g, ''));
    const [phase1, phase2, phase3, all] = bodyOf('costs').map(([, low, high]) => ({ costLow: usd(low!), costHigh: usd(high!) }));
    const { totals } = results.roadmap;
    expect(totals.byPhase).toEqual([
      { phase: 1, ...phase1 },
      { phase: 2, ...phase2 },
      { phase: 3, ...phase3 },
    ]);
    expect(totals.firstYear).toEqual(phase1);
    expect({ costLow: totals.costLow, costHigh: totals.costHigh }).toEqual(all);
    const pilot = content.library.actions.find((a) => a.id === 'compute-shared-gpu-pilot')!;
    expect([pilot.costLow, pilot.costHigh, pilot.capitalShare]).toEqual([250_000, 600_000, 0.7]);
    expect(DOC).toContain('GPU pilot (USD 250,000–600,000, 70 % of it the server) would read USD 230,000–550,000');
    expect([scaleCost(pilot.costLow, pilot.capitalShare, 'low'), scaleCost(pilot.costHigh, pilot.capitalShare, 'low')]).toEqual([230_000, 550_000]);
  });
});
