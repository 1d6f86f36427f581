import type { Message } from '../model/message';
import type { CostBand, Channel, LeadActor, Phase } from '../model/schema/actions';
import type { Area, Section } from '../model/schema/questionnaire';
import type { LocalizedText } from '../model/schema/text';
import type { BaselineComparison } from '../workshop/baseline';
import type { PriorityBand } from './priorities';

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
  target: number;
  /** max(0, target − stage); null without a stage. */
  gap: number | null;
  confidence: 'low' | 'medium' | 'high' | null;
}

export interface SectionResult {
  id: string;
  kind: Section['kind'];
  /** Weighted mean stage of the asked indicators answered with a stage; null when none is. */
  score: number | null;
  /** The stage reached, by the one rule of docs/methodology.md (stageOfScore); null without a score. */
  stage: number | null;
  target: number;
  gap: number | null;
  /** Share of asked indicators (risks, for a priority) with data, 0–1. */
  completeness: number;
  /** Mean confidence of the stage answers, 0–1; null when none. */
  confidence: number | null;
  /** "Don't know" answers among the asked items. */
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

export interface ActionResult {
  id: string;
  /** "1.3": phase and position, the number every view prints. */
  number: string;
  area: Area;
  phase: Phase;
  title: LocalizedText;
  description: LocalizedText;
  lead: LeadActor;
  partners: LeadActor[];
  channels: Channel[];
  /** Prerequisites (action ids) that are in the roadmap too. */
  requires: string[];
  cost: CostBand | null;
  successIndicator: LocalizedText | null;
  /** Item ids whose answers triggered it. */
  why: string[];
  urgency: number;
  pilot: boolean;
  owner: string;
  due: string | null;
  edited: boolean;
  custom: boolean;
  note: 'pushed-by-capacity' | 'after-prerequisite' | 'kept-edited' | null;
}

export interface BeyondHorizonAction extends ActionResult {
  reason: 'capacity' | 'prerequisite' | 'kept-edited';
}

export interface RoadmapResult {
  phases: { phase: Phase; actions: ActionResult[] }[];
  beyondHorizon: BeyondHorizonAction[];
  /** Triggered library actions the user dropped. */
  dropped: string[];
  phaseCap: number;
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
