import type { Action, CostBand, FundingInstrument, LeadBody, Variant } from '../model/schema/actions';
import { costBandOf } from './costs';
import type { Answers } from '../model/schema/assessment';
import type { LocalizedText } from '../model/schema/text';

/*
 * How the institution profile tailors the roadmap (docs/methodology.md §9):
 * who the institution is decides its role in each action; its means decide
 * how much each phase can carry; its context changes some actions.
 */

/** The assessing institution's part in an action another body may lead. */
export type Role = 'lead' | 'contribute' | 'advocate';

/** Profile question ids of the bundled questionnaire; an adaptation without them gets the defaults. */
const PROFILE = {
  institutionType: 'profile.institution-type',
  sectors: 'profile.sector-focus',
  incomeGroup: 'profile.income-group',
  staff: 'profile.staff-size',
  strategy: 'profile.ai-strategy',
  strategyName: 'profile.strategy-name',
  languages: 'profile.working-languages',
  defenceMandate: 'profile.defence-mandate',
} as const;

/** Institution types that are one lead body. */
const BODY_OF_TYPE: Record<string, LeadBody> = {
  'ministry-ict': 'ministry-ict',
  'ministry-finance': 'ministry-finance',
  'ministry-health': 'ministry-health',
  'ministry-education': 'ministry-education',
  'ministry-foreign-affairs': 'ministry-foreign-affairs',
  'ministry-justice-interior': 'ministry-justice-interior',
  'ministry-defence': 'ministry-defence',
  'ministry-trade': 'ministry-trade',
  'ministry-energy': 'ministry-energy',
  regulator: 'sector-regulator',
  'data-protection-authority': 'data-protection-authority',
  'statistics-office': 'statistics-office',
  cert: 'cert',
  'public-service': 'public-service',
  'university-research': 'universities-research',
  'research-council': 'research-council',
};

/** For a ministry not named among the types: the portfolio its sectors point to (digital affairs when none does). */
const MINISTRY_OF_SECTOR: Record<string, LeadBody> = {
  'cross-government': 'ministry-ict',
  telecommunications: 'ministry-ict',
  health: 'ministry-health',
  finance: 'ministry-finance',
  education: 'ministry-education',
  energy: 'ministry-energy',
  'justice-security': 'ministry-justice-interior',
  defence: 'ministry-defence',
};

/** Effort points one quarter can carry, and what scales them (docs/methodology.md §8). */
export const CAPACITY = {
  base: 10,
  floor: 5,
  income: { low: 0.6, 'lower-middle': 0.8, 'upper-middle': 1, high: 1.2 } as Record<string, number>,
  staff: { 'under-50': 0.6, '50-250': 0.8, '250-1000': 1, 'over-1000': 1.25 } as Record<string, number>,
  /** Factor for an answer not given: between the middle groups. */
  unknown: 0.8,
  /** An adopted strategy with a budget brings staff and money to carry it out. */
  fundedStrategy: 1.2,
} as const;

/** Effort per quarter of an action the institution leads, by cost band. */
export const COST_WEIGHT: Record<CostBand, number> = { low: 1, medium: 2, high: 3, 'very-high': 4 };
/** Share of that effort the institution carries in each role. */
export const ROLE_SHARE: Record<Role, number> = { lead: 1, contribute: 0.5, advocate: 0.25 };

/** Low- and lower-middle-income countries can fund costly actions through these (IDA or IBRD, pooled funds). */
const CONCESSIONAL_FUNDING: readonly FundingInstrument[] = ['world-bank', 'pooled-fund'];
/** Most funding instruments an action names. */
const MAX_FUNDING = 4;
const CONCESSIONAL_INCOME = new Set(['low', 'lower-middle']);

export interface Tailoring {
  /** The lead bodies the institution is; null when its type is not answered (it is then taken to lead every action). */
  bodies: ReadonlySet<LeadBody> | null;
  defenceMandate: 'yes' | 'partly' | 'no' | null;
  incomeGroup: string | null;
  /** Effort points one quarter can carry. */
  capacity: number;
  answers: Answers;
}

function choice(answers: Answers, id: string): string | null {
  const answer = answers[id];
  return answer?.kind === 'profile' && typeof answer.value === 'string' && answer.value.trim() ? answer.value : null;
}

function choices(answers: Answers, id: string): string[] {
  const answer = answers[id];
  if (answer?.kind !== 'profile') return [];
  return Array.isArray(answer.value) ? answer.value : answer.value.trim() ? [answer.value] : [];
}

/** What the profile answers say about the institution, read once per roadmap. */
export function tailoring(answers: Answers): Tailoring {
  const type = choice(answers, PROFILE.institutionType);
  const mandate = choice(answers, PROFILE.defenceMandate);
  const defenceMandate = mandate === 'yes' || mandate === 'partly' || mandate === 'no' ? mandate : null;
  let bodies: Set<LeadBody> | null = null;
  if (type !== null) {
    bodies = new Set<LeadBody>();
    if (Object.hasOwn(BODY_OF_TYPE, type)) bodies.add(BODY_OF_TYPE[type]!);
    if (type === 'ministry') {
      for (const sector of choices(answers, PROFILE.sectors)) if (Object.hasOwn(MINISTRY_OF_SECTOR, sector)) bodies.add(MINISTRY_OF_SECTOR[sector]!);
      if (bodies.size === 0) bodies.add('ministry-ict');
    }
    if (defenceMandate === 'yes') bodies.add('ministry-defence');
  }
  const income = choice(answers, PROFILE.incomeGroup);
  const staff = choice(answers, PROFILE.staff);
  const factor = (table: Record<string, number>, value: string | null) => (value !== null && Object.hasOwn(table, value) ? table[value]! : CAPACITY.unknown);
  const strategy = choice(answers, PROFILE.strategy) === 'adopted-funded' ? CAPACITY.fundedStrategy : 1;
  const capacity = Math.max(CAPACITY.floor, CAPACITY.base * factor(CAPACITY.income, income) * factor(CAPACITY.staff, staff) * strategy);
  return { bodies, defenceMandate, incomeGroup: income, capacity, answers };
}

/**
 * The institution's role: it leads what its own body leads, contributes where
 * its body is a partner, and otherwise argues for the action (advocate).
 * It leads its own fact-finding. Without a defence mandate it never leads a
 * military action: it contributes where the mandate is partial, else advocates.
 * An institution whose type is not answered is taken to lead every action.
 */
export function roleOf(action: Pick<Action, 'area' | 'step' | 'lead' | 'partners'>, t: Tailoring): Role {
  let role: Role;
  if (t.bodies === null || action.step === 'find-out' || t.bodies.has(action.lead)) role = 'lead';
  else if (action.partners.some((p) => t.bodies!.has(p))) role = 'contribute';
  else role = 'advocate';
  if (action.area === 'military' && role === 'lead' && t.defenceMandate !== 'yes') return t.defenceMandate === 'partly' || action.step === 'find-out' ? 'contribute' : 'advocate';
  return role;
}

/** Effort per quarter the action asks of the institution. */
export function intensityOf(cost: CostBand | null, role: Role): number {
  return COST_WEIGHT[cost ?? 'low'] * ROLE_SHARE[role];
}

/**
 * The action as this institution's profile shapes it: every matching variant
 * in library order (a later one overrides an earlier one), the placeholders
 * filled from the answers, the institution's own body leading its
 * fact-finding, and concessional funding for costly actions in low- and
 * lower-middle-income countries (named first; the list keeps at most four).
 */
export function tailorAction(action: Action, t: Tailoring): Action {
  let out: Action = action;
  for (const variant of action.variants) {
    if (!matches(variant, t.answers)) continue;
    out = {
      ...out,
      ...(variant.title ? { title: fill(variant.title, t.answers) } : {}),
      ...(variant.description ? { description: fill(variant.description, t.answers) } : {}),
      ...(variant.lead ? { lead: variant.lead, partners: out.partners.filter((p) => p !== variant.lead) } : {}),
      ...(variant.cost ? { costLow: variant.cost.low, costHigh: variant.cost.high } : {}),
      ...(variant.months ? { months: variant.months } : {}),
      ...(variant.funding ? { funding: variant.funding } : {}),
    };
  }
  // The institution finds out its own "don't know" answers: its body leads, the body holding the facts joins.
  const own = t.bodies === null ? undefined : [...t.bodies][0];
  if (out.step === 'find-out' && own !== undefined && own !== out.lead && roleOf(out, t) === 'lead') {
    out = { ...out, lead: own, partners: [out.lead, ...out.partners.filter((p) => p !== own)] };
  }
  const band = costBandOf(out);
  if ((band === 'high' || band === 'very-high') && t.incomeGroup !== null && CONCESSIONAL_INCOME.has(t.incomeGroup)) {
    const missing = CONCESSIONAL_FUNDING.filter((f) => !out.funding.includes(f));
    if (missing.length > 0) out = { ...out, funding: [...missing, ...out.funding].slice(0, MAX_FUNDING) };
  }
  return out;
}

function matches(variant: Variant, answers: Answers): boolean {
  const given = choices(answers, variant.when.item);
  return variant.when.anyOf === undefined ? given.length > 0 : given.some((v) => variant.when.anyOf!.includes(v));
}

/** {languages} and {strategy} replaced by the answers, trimmed to one line. */
function fill(text: LocalizedText, answers: Answers): LocalizedText {
  const values: Record<string, string> = {
    '{languages}': oneLineAnswer(answers, PROFILE.languages),
    '{strategy}': oneLineAnswer(answers, PROFILE.strategyName),
  };
  return Object.fromEntries(Object.entries(text).map(([lang, value]) => [lang, value.replace(/\{languages\}|\{strategy\}/g, (p) => values[p]!)]));
}

function oneLineAnswer(answers: Answers, id: string): string {
  return choices(answers, id).join(', ').replace(/\s+/g, ' ').trim().slice(0, 200);
}
