import type { Message } from '../model/message';
import type { Phase } from '../model/schema/actions';
import type { CostTotals } from './costs';
import type { Institutions } from '../model/schema/assessment';
import type { Section } from '../model/schema/questionnaire';
import type { BaselineComparison } from '../workshop/baseline';
import type { PriorityBand } from './priorities';
import type { BeyondReason, RoadmapAction } from './roadmap';

export type { CostRange, CostTotals } from './costs';
export type { ActionKpi } from './roadmap';

/*
 * Results: everything any view shows, computed once by analyse() (analyse.ts).
 * Plain JSON (no Map, no function, no Date) so it crosses IPC and the report
 * worker as it is. Keys are a stable interface: docs/results-format.md.
 */

export type AnswerState = 'stage' | 'dont-know' | 'not-applicable' | 'unanswered';

export interface IndicatorResult {
  id: string;
  answer: AnswerState;
  /** The stage answered (1–5); null for any other answer. */
  stage: number | null;
  /** The team's target for this indicator, else its section's. */
  target: number;
  /** max(0, target − stage); null without a stage. */
  gap: number | null;
  confidence: 'low' | 'medium' | 'high' | null;
}

export interface SectionResult {
  id: string;
  kind: Section['kind'];
  /**
   * Weighted mean stage of the asked indicators answered with a stage or
   * "don't know", each "don't know" at stage 1: a lower bound. Null when none is.
   */
  score: number | null;
  /** The score with every "don't know" at stage 1 (low) and at stage 5 (high); null without a score. */
  range: { low: number; high: number } | null;
  /** The stage reached, by the one rule of docs/methodology.md (stageOfScore); null without a score. */
  stage: number | null;
  target: number;
  gap: number | null;
  /** Share of asked indicators (risks, for a priority) with data, 0–1. */
  completeness: number;
  /** Mean confidence of the stage answers, 0–1; null when none. */
  confidence: number | null;
  /** "Don't know" answers among the asked items (for a priority: risks with any rating unknown). */
  unknown: number;
  asked: number;
  answered: number;
  notApplicable: number;
  indicators: IndicatorResult[];
}

export type RiskStatus = 'assessed' | 'contested' | 'incomplete';

export interface RiskResult {
  id: string;
  section: string;
  likelihood: number | null;
  impact: number | null;
  preparedness: number | null;
  /** likelihood × impact × (6 − preparedness) / 125; null unless all three are rated. */
  priority: number | null;
  band: PriorityBand | null;
  /** 1 = most pressing among assessed risks; null for the others. */
  rank: number | null;
  status: RiskStatus;
}

/** A risk rated on all three scales and agreed: every rating, its priority and its rank are known. */
export type AssessedRisk = RiskResult & { likelihood: number; impact: number; preparedness: number; priority: number; band: PriorityBand; rank: number };

export const isAssessed = (risk: RiskResult): risk is AssessedRisk => risk.rank !== null;

/** The assessed risks, most pressing first (Results lists them first, in rank order). */
export const assessedRisks = (results: Pick<Results, 'risks'>): AssessedRisk[] => results.risks.filter(isAssessed);

/**
 * A scheduled action as every view shows it: the roadmap's action (roadmap.ts, where each field is
 * described), numbered, with the prerequisites that are in the roadmap as `requires` and the name the
 * user gave its lead body.
 */
export type ActionResult = Omit<RoadmapAction, 'prerequisites'> & {
  /** "1.3": phase and position, the number every view prints. */
  number: string;
  /** The real name the user gave the lead body in the institution directory, or null: views print it instead of the body's generic name. */
  leadName: string | null;
  /** Prerequisites (action ids) that are in the roadmap too. */
  requires: string[];
};

export interface BeyondHorizonAction extends ActionResult {
  /** capacity: no room within five years; prerequisite: `after` comes too late; user-start: the user's start date is beyond it. */
  reason: BeyondReason;
}

export interface RoadmapResult {
  phases: { phase: Phase; actions: ActionResult[] }[];
  beyondHorizon: BeyondHorizonAction[];
  /** Triggered library actions the user dropped. */
  dropped: string[];
  /** The team's limit on actions per phase; null when capacity alone decides. */
  phaseCap: number | null;
  /** Effort points one quarter can carry, from the profile (docs/methodology.md §8). */
  capacity: number;
  /** Effort booked in each of the 20 quarters. */
  load: number[];
  /** Cost sums over the scheduled actions (not those beyond the horizon): all, by phase, by area, first year, funded. */
  totals: CostTotals;
  /** The institution directory's real names for the bodies that lead or partner here (unnamed bodies left out): views print them for partners too. */
  institutions: Institutions;
}

export interface WorkshopResult {
  /** Respondents who gave at least one answer. */
  respondents: number;
  /** Questions on which respondents disagree and no decision is recorded yet. */
  undecided: number;
  /** True while any disagreement is undecided: every view marks the results provisional. */
  provisional: boolean;
  /** Item ids still contested, most contested first. */
  contested: string[];
}

export interface Summary {
  /** Section ids (pillars only); null when no pillar has a score. */
  strongest: string | null;
  weakest: string | null;
  largestGap: string | null;
  /** Top-ranked assessed risk. */
  topRisk: string | null;
  /** Asked indicators across scored sections, and those with data (a stage or "not applicable"). */
  asked: number;
  withData: number;
  /** withData / asked: the one completeness figure. */
  completeness: number;
  /** Questions worth a second look: unanswered, "don't know", low confidence. */
  toReview: number;
  keyMessages: Message[];
}

export interface Results {
  method: string;
  questionnaire: { id: string; version: string };
  /** Every active section but the profile: pillars, modules and priorities, in questionnaire order. */
  sections: SectionResult[];
  /** The radar's axes (section ids), the same on screen, on slides and in print. */
  radar: string[];
  risks: RiskResult[];
  roadmap: RoadmapResult;
  workshop: WorkshopResult | null;
  baseline: BaselineComparison | null;
  summary: Summary;
}
