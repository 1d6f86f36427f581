import { COST_BANDS, type CostBand, type Phase } from '../model/schema/actions';
import type { Area } from '../model/schema/questionnaire';

/*
 * What actions cost where the institution is (docs/methodology.md §10). The
 * library prices each action for a lower-middle-income country; the staff
 * (recurrent) share follows local pay by income group, the capital share
 * (hardware, licences, buildings, bought on world markets) does not.
 */

/** Factor on the recurrent share by income group; an unanswered group keeps the reference. */
export const INCOME_COST_FACTOR: Record<string, number> = { low: 0.7, 'lower-middle': 1, 'upper-middle': 1.4, high: 2 };

/** Upper bound (USD, exclusive) of each band but the last, read at the middle of an action's reference range. */
const BAND_CEILINGS: readonly number[] = [100_000, 1_000_000, 10_000_000];

/** The indicative band of a reference cost range: the band its midpoint falls in. */
export function costBandOf(range: { costLow: number; costHigh: number }): CostBand {
  const middle = (range.costLow + range.costHigh) / 2;
  const index = BAND_CEILINGS.findIndex((ceiling) => middle < ceiling);
  return COST_BANDS[index < 0 ? COST_BANDS.length - 1 : index]!;
}

/** Two significant figures, to the nearest thousand at least: a range this rough claims no more. */
export function roundCost(usd: number): number {
  if (usd <= 0) return 0;
  const step = Math.max(1000, 10 ** (Math.floor(Math.log10(usd)) - 1));
  return Math.round(usd / step) * step;
}

/** A reference cost as it reads in the institution's income group. */
export function scaleCost(usd: number, capitalShare: number, incomeGroup: string | null): number {
  const factor = incomeGroup !== null && Object.hasOwn(INCOME_COST_FACTOR, incomeGroup) ? INCOME_COST_FACTOR[incomeGroup]! : 1;
  return roundCost(usd * (capitalShare + (1 - capitalShare) * factor));
}

export interface CostRange {
  costLow: number;
  costHigh: number;
}

export interface CostTotals extends CostRange {
  byPhase: ({ phase: Phase } & CostRange)[];
  /** Each area over the horizon, with its share starting in the first twelve months. */
  byArea: ({ area: Area; firstYear: CostRange } & CostRange)[];
  /** Actions starting in quarters 1–4. */
  firstYear: CostRange;
  /** Actions the user marked as funded. */
  funded: CostRange;
  /** The others: what is still to be funded. */
  unfunded: CostRange;
}

interface Costed {
  phase: Phase;
  area: Area;
  startQuarter: number | null;
  funded: boolean;
  costLow: number | null;
  costHigh: number | null;
}

const sum = (actions: readonly Costed[]): CostRange => ({
  costLow: actions.reduce((n, a) => n + (a.costLow ?? 0), 0),
  costHigh: actions.reduce((n, a) => n + (a.costHigh ?? 0), 0),
});

/** Sums over the scheduled actions given (an action the user added has no cost and adds nothing); areas in the order given. */
export function costTotals(scheduled: readonly Costed[], areas: readonly Area[]): CostTotals {
  const firstYear = (actions: readonly Costed[]) => sum(actions.filter((a) => a.startQuarter !== null && a.startQuarter <= 4));
  return {
    ...sum(scheduled),
    byPhase: ([1, 2, 3] as const).map((phase) => ({ phase, ...sum(scheduled.filter((a) => a.phase === phase)) })),
    byArea: areas
      .filter((area) => scheduled.some((a) => a.area === area))
      .map((area) => {
        const inArea = scheduled.filter((a) => a.area === area);
        return { area, ...sum(inArea), firstYear: firstYear(inArea) };
      }),
    firstYear: firstYear(scheduled),
    funded: sum(scheduled.filter((a) => a.funded)),
    unfunded: sum(scheduled.filter((a) => !a.funded)),
  };
}
