import { activeSections, isRisk, relevantItems } from './questionnaire';
import type { Assessment } from './schema/assessment';
import type { Questionnaire } from './schema/questionnaire';

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

export function priorityBand(priority: number): PriorityBand {
  if (priority >= 0.4) return 'high';
  if (priority >= 0.15) return 'medium';
  return 'low';
}

/** Fully answered risks, ranked from the most to the least pressing. */
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
  rows.sort((a, b) => b.priority - a.priority || b.impact - a.impact || a.risk.localeCompare(b.risk));
  return rows.map((row, i) => ({ ...row, rank: i + 1 }));
}

/** 5×5 heat-map cells: the risks at each likelihood (row) and impact (column). */
export function heatMap(risks: readonly RiskPriority[]): RiskPriority[][][] {
  const grid: RiskPriority[][][] = Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => []));
  for (const risk of risks) grid[risk.likelihood - 1]![risk.impact - 1]!.push(risk);
  return grid;
}
