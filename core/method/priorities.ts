import { activeSections, isRisk, relevantItems } from '../model/questionnaire';
import type { Assessment } from '../model/schema/assessment';
import type { Questionnaire } from '../model/schema/questionnaire';

export type PriorityBand = 'high' | 'medium' | 'low';

export interface RiskPriority {
  risk: string;
  section: string;
  likelihood: number;
  impact: number;
  preparedness: number;
  /** likelihood × impact × (6 − preparedness) / 125, from 0.008 to 1. */
  priority: number;
  band: PriorityBand;
  rank: number;
}

/** Highest possible likelihood × impact × unpreparedness, used to normalise to 0–1. */
const MAX_PRODUCT = 5 * 5 * 5;

export function riskPriority(likelihood: number, impact: number, preparedness: number): number {
  return (likelihood * impact * (6 - preparedness)) / MAX_PRODUCT;
}

/** Lowest priority of each band (docs/methodology.md): high from 0.4, medium from 0.15, low below. */
export const BAND_THRESHOLDS = { high: 0.4, medium: 0.15 } as const;

export function priorityBand(priority: number): PriorityBand {
  if (priority >= BAND_THRESHOLDS.high) return 'high';
  if (priority >= BAND_THRESHOLDS.medium) return 'medium';
  return 'low';
}

/** Plain code-point order of ids: the same on every machine, whatever its locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Fully answered risks (likelihood, impact and preparedness all given) of the
 * active sections that are asked, ranked: highest priority first, then the
 * higher impact, then the id.
 */
export function rankRisks(questionnaire: Questionnaire, assessment: Pick<Assessment, 'answers' | 'modules'>): RiskPriority[] {
  const rows: Omit<RiskPriority, 'rank'>[] = [];
  for (const section of activeSections(questionnaire, assessment.modules)) {
    for (const risk of relevantItems(section, assessment.answers).filter(isRisk)) {
      const answer = assessment.answers[risk.id];
      if (answer?.kind !== 'risk' || !answer.likelihood || !answer.impact || !answer.preparedness) continue;
      const priority = riskPriority(answer.likelihood, answer.impact, answer.preparedness);
      rows.push({ risk: risk.id, section: section.id, likelihood: answer.likelihood, impact: answer.impact, preparedness: answer.preparedness, priority, band: priorityBand(priority) });
    }
  }
  rows.sort((a, b) => b.priority - a.priority || b.impact - a.impact || compareIds(a.risk, b.risk));
  return rows.map((row, i) => ({ ...row, rank: i + 1 }));
}

/** 5×5 heat-map cells: grid[likelihood − 1][impact − 1] holds the risks with that likelihood and impact, in rank order. */
export function heatMap(risks: readonly RiskPriority[]): RiskPriority[][][] {
  const grid: RiskPriority[][][] = Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => []));
  for (const risk of risks) grid[risk.likelihood - 1]![risk.impact - 1]!.push(risk);
  return grid;
}
