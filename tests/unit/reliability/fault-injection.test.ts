import { describe, expect, it } from 'vitest';
import { runFaultInjection, versionOf, versionText, type FaultReport } from '../../../scripts/fault-injection';

/**
 * Kills a process that is saving an assessment with SIGKILL, over and over,
 * and checks what a restarted CapaMap would find each time (see
 * scripts/fault-injection.ts; `npx tsx scripts/fault-injection.ts --trials 2000`
 * runs more).
 */
describe('SIGKILL during a save (fault injection)', () => {
  const TRIALS = 200;
  let report: FaultReport;

  it(`leaves a whole, valid assessment every time, over ${TRIALS} kills mid-save`, async () => {
    report = await runFaultInjection({ trials: TRIALS, maxDelayMs: 25, seed: 20261129 });
    // Figures for the log (docs/reliability.md quotes them).
    const { results: _results, problems, ...figures } = report;
    console.log(JSON.stringify(figures));
    expect(problems).toEqual([]);
    expect(report.trials).toBe(TRIALS);
    expect(report.failed).toBe(0);
    for (const r of report.results) {
      // Killed inside writeFileAtomic: a save had begun and not finished.
      expect(r.lastBegun).toBeGreaterThan(r.lastDone ?? r.from);
      expect(['previous', 'new']).toContain(r.outcome);
    }
  }, 240_000);

  it('hit every stage of the save: both outcomes, torn temp files, interrupted backup rotations', () => {
    // If these ever fail the kills are landing too late or too early to test anything.
    expect(report.outcomes.previous).toBeGreaterThan(0);
    expect(report.outcomes.new).toBeGreaterThan(0);
    expect(report.killsWithPartialTemp).toBeGreaterThan(0);
    expect(report.savesCompleted).toBeGreaterThan(0);
  });

  it('kept only known names: the file, .bak1–3 and uniquely named hidden temp files, never one taken for the file', () => {
    // Every trial already checked the folder listing; here: leftovers existed and the next save cleared the stale ones.
    expect(report.leftoverTempsAtEnd).toBeGreaterThan(0);
    expect(report.leftoverTempsAfterCleanup).toBe(0);
  });
});

describe('the fault-injection versions', () => {
  const base = {
    createdAt: '2026-01-15T09:00:00.000Z',
    updatedAt: '2026-01-15T09:00:00.000Z',
    answers: { 'a.one': { kind: 'stage' }, 'a.two': { kind: 'profile' } },
  };

  it('differ from one version to the next, in content and size, and say which they are', () => {
    const texts = [0, 1, 2, 3].map((k) => versionText(base, k));
    expect(new Set(texts).size).toBe(4);
    expect(texts[1]!.length).toBeGreaterThan(texts[0]!.length * 10);
    texts.forEach((t, k) => expect(versionOf(base, t)).toBe(k));
    expect(versionOf(base, texts[1]!.slice(0, 40))).toBeNull();
  });
});

describe('the script runs under tsx too (no bundle)', () => {
  it('survives a few kills with the child started by node --import tsx', async () => {
    const report = await runFaultInjection({ trials: 4, runner: 'tsx', seed: 3 });
    expect(report.problems).toEqual([]);
    expect(report.failed).toBe(0);
  }, 60_000);
});
