import type { Phase } from '../model/schema/actions';

/*
 * The roadmap's calendar: 20 quarters over five years, phase 1 = quarters
 * 1–4 (0–12 months), phase 2 = 5–12 (1–3 years), phase 3 = 13–20 (3–5 years).
 */

export const HORIZON_QUARTERS = 20;
export const PHASE_QUARTERS: Record<Phase, { first: number; last: number }> = { 1: { first: 1, last: 4 }, 2: { first: 5, last: 12 }, 3: { first: 13, last: 20 } };

export function phaseOfQuarter(quarter: number): Phase {
  return quarter <= PHASE_QUARTERS[1].last ? 1 : quarter <= PHASE_QUARTERS[2].last ? 2 : 3;
}

export function quartersOf(months: number): number {
  return Math.max(1, Math.ceil(months / 3));
}

/** The quarter of the roadmap a date falls in, counted from the assessment date (quarter 1 = its first three months). */
export function quarterOfDate(date: string, from: string): number {
  const [y1, m1] = from.split('-').map(Number) as [number, number];
  const [y2, m2] = date.split('-').map(Number) as [number, number];
  return Math.max(1, Math.floor(((y2 - y1) * 12 + (m2 - m1)) / 3) + 1);
}

/** Effort booked per quarter of the horizon against the institution's capacity. */
export class Calendar {
  private readonly load = new Array<number>(HORIZON_QUARTERS + 1).fill(0);
  private readonly starts: Record<Phase, number> = { 1: 0, 2: 0, 3: 0 };

  constructor(
    readonly capacity: number,
    /** Most actions that may start in one phase, when the team set a limit. */
    readonly phaseCap: number | null,
  ) {}

  /** Whether an action of this intensity, running these quarters, fits from `start` (quarters past the horizon are not booked). */
  fits(start: number, quarters: number, intensity: number): boolean {
    if (this.phaseCap !== null && this.starts[phaseOfQuarter(start)] >= this.phaseCap) return false;
    for (let q = start; q < start + quarters && q <= HORIZON_QUARTERS; q++) if (this.load[q]! + intensity > this.capacity + 1e-9) return false;
    return true;
  }

  /** The earliest start from `earliest` to the end of the horizon at which the action fits; null when none. */
  earliestFit(earliest: number, quarters: number, intensity: number): number | null {
    for (let q = Math.max(1, earliest); q <= HORIZON_QUARTERS; q++) if (this.fits(q, quarters, intensity)) return q;
    return null;
  }

  book(start: number, quarters: number, intensity: number): void {
    this.starts[phaseOfQuarter(start)]++;
    for (let q = start; q < start + quarters && q <= HORIZON_QUARTERS; q++) this.load[q]! += intensity;
  }

  /** Effort booked in each quarter (index 0 = quarter 1). */
  booked(): number[] {
    return this.load.slice(1);
  }
}
