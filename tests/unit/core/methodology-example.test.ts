import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContent, type Content } from '../../../core/model/content';
import { METHOD_VERSION } from '../../../core/method/version';
import { BAND_THRESHOLDS, rankRisks } from '../../../core/method/priorities';
import { indexItems } from '../../../core/model/questionnaire';
import { buildRoadmap, RISK_URGENCY_SCALE, triggeredActions } from '../../../core/method/roadmap';
import { CONFIDENCE_VALUE, scoreAssessment } from '../../../core/method/scoring';
import { DEFAULT_PHASE_CAP, type Answer, type Answers, type Assessment } from '../../../core/model/schema/assessment';
import { COST_BANDS } from '../../../core/model/schema/actions';

/**
 * docs/methodology.md states a worked example in tables marked <!-- example:NAME -->.
 * This test reads the inputs from those tables, recomputes everything with core/,
 * and checks every number the document prints.
 */
const ROOT = resolve(__dirname, '../../..');
const DOC = readFileSync(resolve(ROOT, 'docs/methodology.md'), 'utf8');
function load(dir: string): Content {
  const parsed = parseContent(readFileSync(resolve(ROOT, dir, 'questionnaire.json'), 'utf8'), readFileSync(resolve(ROOT, dir, 'actions.json'), 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}
const { questionnaire: q, library } = load('questionnaires/capamap-core');

/** Rows (header first) of the markdown table that follows `<!-- example:name -->`. */
function table(name: string): string[][] {
  const start = DOC.indexOf(`<!-- example:${name} -->`);
  if (start < 0) throw new Error(`docs/methodology.md has no table "${name}"`);
  const lines = DOC.slice(start).split('\n').slice(1);
  const rows: string[][] = [];
  for (const line of lines) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|').slice(1, -1).map((cell) => cell.trim()));
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

// The example's inputs, as the document states them.
const items = indexItems(q);
const answers: Answers = {};
for (const [item, , answer, confidence] of bodyOf('answers')) answers[code(item!)] = answerFrom(answer!, confidence!);
for (const [risk, likelihood, impact, preparedness] of bodyOf('risks')) answers[code(risk!)] = { kind: 'risk', likelihood: num(likelihood!), impact: num(impact!), preparedness: num(preparedness!) };
const phaseCap = Number(/phase cap to \*\*(\d+)\*\*/.exec(DOC)![1]);
type Input = Pick<Assessment, 'answers' | 'targets' | 'modules' | 'roadmap'>;
const example: Input = { answers, targets: {}, modules: [], roadmap: { edits: {}, custom: [], phaseCap } };

describe('docs/methodology.md', () => {
  it('states the current method version', () => {
    expect(/Method version: \*\*(.+?)\*\*/.exec(DOC)![1]).toBe(METHOD_VERSION);
  });

  it('states the constants the code uses', () => {
    expect(CONFIDENCE_VALUE).toEqual({ low: 1 / 3, medium: 2 / 3, high: 1 });
    expect(DOC).toContain('| low | 1/3 |');
    expect(DOC).toContain('| no mark | 2/3 (counted as medium) |');
    expect(BAND_THRESHOLDS).toEqual({ high: 0.4, medium: 0.15 });
    expect(DOC).toContain('| high | 0.40 or more');
    expect(DOC).toContain('| medium | 0.15 to under 0.40');
    expect(RISK_URGENCY_SCALE).toBe(5);
    expect(DOC).toContain('urgency = 5 × priority');
    expect(DOC).toContain(`${DEFAULT_PHASE_CAP} by default`);
    for (const band of COST_BANDS) expect(DOC).toMatch(new RegExp(`^\\| ${band} \\| `, 'm'));
  });
});

describe('worked example (docs/methodology.md §9)', () => {
  it('uses the weights of the bundled questionnaire', () => {
    for (const [item, weight] of bodyOf('answers')) {
      const located = items.get(code(item!))!;
      expect(located.item.type).toBe('indicator');
      expect(located.item.type === 'indicator' && located.item.weight).toBe(num(weight!));
    }
  });

  it('pillar score, target, gap, completeness and confidence', () => {
    const [header, ...rows] = table('pillar');
    const section = header![0]!.toLowerCase();
    const score = scoreAssessment(q, example).find((s) => s.section === section)!;
    const printed = Object.fromEntries(rows.map((row) => [row[0]!, num(row[2]!)]));
    expect(Object.keys(printed)).toEqual(['Score', 'Target', 'Gap', 'Completeness', 'Confidence']);
    near(score.score, printed.Score!);
    expect(score.target).toBe(printed.Target);
    near(score.gap, printed.Gap!);
    near(score.completeness, printed.Completeness!);
    near(score.confidence, printed.Confidence!);
    // "(4 stages + 1 not applicable) ÷ 9 asked"
    expect(score).toMatchObject({ answered: 4, notApplicable: 1, dontKnow: 1, asked: 9 });
  });

  it('lists the asked but unanswered indicators', () => {
    const sentence = DOC.slice(DOC.indexOf('The other three compute indicators'), DOC.indexOf('<!-- example:pillar -->'));
    const unanswered = q.sections.find((s) => s.id === 'compute')!.items.map((i) => i.id).filter((id) => !(id in answers));
    expect(codes(sentence).filter((id) => id !== 'compute.hpc-access').sort()).toEqual(unanswered.sort());
  });

  it('"don\'t know" and "not applicable" leave the score unchanged', () => {
    const blank = { ...answers };
    delete blank['compute.cloud-policy'];
    delete blank['compute.energy-sustainability'];
    expect(scoreAssessment(q, { ...example, answers: blank }).find((s) => s.section === 'compute')!.score).toBe(scoreAssessment(q, example).find((s) => s.section === 'compute')!.score);
  });

  it('risk priorities, bands and ranks', () => {
    const ranked = rankRisks(q, example);
    const rows = bodyOf('risks');
    expect(ranked.map((r) => r.risk)).toEqual(rows.map((row) => code(row[0]!)));
    rows.forEach((row, i) => {
      near(ranked[i]!.priority, num(row[4]!));
      expect(ranked[i]!.band).toBe(row[5]);
      expect(ranked[i]!.rank).toBe(num(row[6]!));
    });
  });

  it('triggered actions, urgency, phases, prerequisites and notes', () => {
    const rows = bodyOf('roadmap');
    const triggered = triggeredActions(q, library, example);
    expect(triggered.size).toBe(rows.length);
    expect(DOC).toContain('Eight\nactions are triggered');
    expect(rows.length).toBe(8);
    const roadmap = buildRoadmap(q, library, example);
    expect(roadmap.deferred).toEqual([]);
    expect(roadmap.actions.map((a) => a.id)).toEqual(rows.map((row) => code(row[0]!)));
    rows.forEach(([id, area, why, urgency, libraryPhase, prerequisites, phase, note]) => {
      const action = roadmap.actions.find((a) => a.id === code(id!))!;
      expect(action.area).toBe(area);
      expect(action.why).toEqual(codes(why!));
      expect(Math.abs(action.urgency - num(urgency!))).toBeLessThan(0.005);
      expect(library.actions.find((a) => a.id === action.id)!.phase).toBe(num(libraryPhase!));
      expect(action.prerequisites).toEqual(codes(prerequisites!));
      expect(action.phase).toBe(num(phase!));
      expect(action.note).toBe(note === '—' ? null : note);
    });
  });

  it('with the default phase cap the pilot stays in phase 1 and the platform in phase 2', () => {
    const roadmap = buildRoadmap(q, library, { ...example, roadmap: { ...example.roadmap, phaseCap: DEFAULT_PHASE_CAP } });
    expect(roadmap.actions.find((a) => a.id === 'compute-shared-gpu-pilot')!.phase).toBe(1);
    expect(roadmap.actions.find((a) => a.id === 'compute-national-shared-platform')!.phase).toBe(2);
  });

  it('the untriggered prerequisites the text names are indeed not triggered', () => {
    const triggered = triggeredActions(q, library, example);
    for (const id of ['compute-allocation-rules', 'compute-funding-line', 'cross-border-data-transfer-rules']) {
      expect(library.actions.some((a) => a.prerequisites.includes(id))).toBe(true);
      expect(triggered.has(id)).toBe(false);
    }
  });
});
