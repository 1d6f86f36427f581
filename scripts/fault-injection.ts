/**
 * Fault injection for the atomic save (electron/main/file-store.ts).
 *
 * A child process saves an assessment over and over with writeFileAtomic
 * (3 backups), alternating versions that differ in content and size; the
 * driver kills it with SIGKILL at a random moment during a save, then checks
 * what a restarted CapaMap would find: the file parses and is exactly the
 * version saved before the kill or the one being saved; every backup parses
 * and is an earlier version, newest first; only known names are in the folder.
 *
 *   npx tsx scripts/fault-injection.ts [--trials 2000] [--max-delay-ms 30] [--seed 1] [--runner bundle|tsx] [--json]
 *
 * The child is this same file (`--child`). By default it is bundled once with
 * esbuild and started with plain node (~50 ms), the next child starting while
 * the current one writes; `--runner tsx` starts it with `node --import tsx`
 * (~200 ms) instead. Kills are real SIGKILLs of a process inside writeFileAtomic:
 * a trial whose child was between two saves is not counted.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { seededRandom } from '../core/random';
import { backupPath, writeFileAtomic } from '../electron/main/file-store';

export const TARGET_NAME = 'assessment.capamap.json';
export const BACKUPS = 3;
const BASE_NAME = 'base.json';

// ---------------------------------------------------------------------------
// Versions: deterministic texts, so the driver knows what every save wrote.
// ---------------------------------------------------------------------------

interface BaseDoc {
  createdAt: string;
  updatedAt: string;
  answers: Record<string, { kind: string; notes?: string }>;
  [key: string]: unknown;
}

const FILLER = 'Évaluation des capacités — 能力评估 — تقييم القدرات — confirmed in the workshop. ';

/**
 * Version k of the assessment: updatedAt is createdAt + k seconds (how a
 * file says which version it is), odd versions carry long notes (~300 KB),
 * even ones short notes (~20 KB), so a torn write cannot pass for either.
 */
export function versionText(base: BaseDoc, k: number): string {
  const doc = structuredClone(base);
  doc.updatedAt = new Date(Date.parse(base.createdAt) + k * 1000).toISOString();
  for (const [id, answer] of Object.entries(doc.answers)) {
    if (answer.kind !== 'stage') continue;
    answer.notes = k % 2 === 1 ? `Save ${k}, ${id}: ${FILLER.repeat(60)}`.slice(0, 4000) : `Save ${k}.`;
  }
  return `${JSON.stringify(doc, null, 1)}\n`;
}

/** The version a text claims to be (from updatedAt), or null. */
export function versionOf(base: BaseDoc, text: string): number | null {
  const match = /\n "updatedAt": "([^"]+)"/.exec(text);
  if (!match) return null;
  const k = (Date.parse(match[1]!) - Date.parse(base.createdAt)) / 1000;
  return Number.isInteger(k) && k >= 0 ? k : null;
}

// ---------------------------------------------------------------------------
// The child: saves versions from+1, from+2, … until killed.
// ---------------------------------------------------------------------------

async function runChild(dir: string, once: number | null): Promise<void> {
  const base = JSON.parse(readFileSync(join(dir, BASE_NAME), 'utf8')) as BaseDoc;
  const target = join(dir, TARGET_NAME);
  if (once !== null) {
    // A restarted CapaMap's first save, which clears stale temp files.
    await writeFileAtomic(target, versionText(base, once), BACKUPS);
    return;
  }
  // Synchronous writes to the pipe: every line written before the kill reaches the driver.
  writeSync(1, 'ready\n');
  const from = await new Promise<number>((resolve) => {
    let input = '';
    process.stdin.on('data', (chunk: Buffer) => {
      input += chunk.toString();
      const match = /^go (\d+)\n/.exec(input);
      if (match) resolve(Number(match[1]));
    });
  });
  for (let k = from + 1; ; k++) {
    const text = versionText(base, k);
    writeSync(1, `begin ${k}\n`);
    await writeFileAtomic(target, text, BACKUPS);
    writeSync(1, `done ${k}\n`);
  }
}

// ---------------------------------------------------------------------------
// The driver
// ---------------------------------------------------------------------------

export interface FaultOptions {
  trials: number;
  /** Longest wait between the child's first save starting and the kill. */
  maxDelayMs?: number;
  seed?: number;
  runner?: 'bundle' | 'tsx';
  /** Progress, one call per counted trial. */
  onTrial?: (trial: TrialResult, index: number) => void;
}

export interface TrialResult {
  /** Version on disk before the child started, the last save begun and the last save finished. */
  from: number;
  lastBegun: number;
  lastDone: number | null;
  /** What the file held after the kill: the previous version or the one being written. */
  outcome: 'previous' | 'new';
  saves: number;
  delayMs: number;
  backups: number[];
  /** Temp files found after the kill, and how many of them held a partly written version. */
  temps: number;
  partialTemps: number;
  problems: string[];
}

export interface FaultReport {
  trials: number;
  failed: number;
  outcomes: { previous: number; new: number };
  /** Child runs killed between two saves (not counted as trials). */
  betweenSaves: number;
  savesCompleted: number;
  killsWithTempLeft: number;
  killsWithPartialTemp: number;
  killsWithBackupGap: number;
  /** Temp files left by the kills at the end (the driver keeps at most 40, deleting the oldest). */
  leftoverTempsAtEnd: number;
  /** Stale temps left by the kills, removed by the next save once old enough. */
  leftoverTempsAfterCleanup: number;
  meanChildStartMs: number;
  durationMs: number;
  problems: string[];
  results: TrialResult[];
}

interface Child {
  process: ChildProcess;
  lines: string[];
  /** Milliseconds from spawn to "ready"; rejects if the child dies first. */
  readyMs: Promise<number>;
  /** Resolves when the first save begins; rejects if the child dies first. */
  firstBegin: Promise<void>;
  /** How the child ended, with what it wrote to stderr. */
  closed: Promise<{ signal: NodeJS.Signals | null; code: number | null; stderr: string }>;
}

function startChild(command: string[], dir: string): Child {
  const startedAt = performance.now();
  const proc = spawn(command[0]!, [...command.slice(1), '--child', dir], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let stderr = '';
  proc.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const closed = new Promise<{ signal: NodeJS.Signals | null; code: number | null; stderr: string }>((resolve) => {
    proc.on('close', (code, signal) => resolve({ code, signal, stderr: stderr.trim().slice(0, 2000) }));
    proc.on('error', (error) => resolve({ code: null, signal: null, stderr: error.message }));
  });
  const died = closed.then(({ code, signal, stderr: text }) => {
    throw new Error(`the child ended on its own (code ${code}, signal ${signal}): ${text}`);
  });
  const reader = createInterface({ input: proc.stdout! });
  let onReady: (ms: number) => void = () => undefined;
  let onBegin: () => void = () => undefined;
  const ready = new Promise<number>((resolve) => (onReady = resolve));
  const begin = new Promise<void>((resolve) => (onBegin = resolve));
  reader.on('line', (line) => {
    lines.push(line);
    if (line === 'ready') onReady(performance.now() - startedAt);
    else if (line.startsWith('begin ')) onBegin();
  });
  const readyMs = Promise.race([ready, died]);
  const firstBegin = Promise.race([begin, died]);
  // Handled where awaited; these keep an unawaited rejection from surfacing on its own.
  readyMs.catch(() => undefined);
  firstBegin.catch(() => undefined);
  return { process: proc, lines, readyMs, firstBegin, closed };
}

async function childCommand(runner: 'bundle' | 'tsx', workDir: string): Promise<string[]> {
  const self = join(__dirname, 'fault-injection.ts');
  if (runner === 'tsx') return [process.execPath, '--import', 'tsx', self];
  const { buildSync } = await import('esbuild');
  const outfile = join(workDir, 'fault-child.cjs');
  // The driver's own imports (core's model and demo, esbuild) stay out: the child needs only file-store
  // (and what it imports). Patterns no wider than that: zod's own "../core/…" files must be bundled.
  buildSync({ entryPoints: [self], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning', external: ['esbuild', '../core/model/*', '../core/demo/*'] });
  return [process.execPath, outfile];
}

/** Name patterns writeFileAtomic may leave: its temp files carry a random UUID. */
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TEMP_RE = new RegExp(`^\\.${escapeRe(TARGET_NAME)}\\.${UUID}\\.tmp$|^${escapeRe(TARGET_NAME)}\\.bak1\\.${UUID}\\.tmp$`);
const MAX_LEFTOVERS = 40;
const KNOWN = new Set([TARGET_NAME, BASE_NAME, 'fault-child.cjs', ...[1, 2, 3].map((n) => basename(backupPath(TARGET_NAME, n)))]);

export async function runFaultInjection(options: FaultOptions): Promise<FaultReport> {
  const { parseAssessment, serializeAssessment } = await import('../core/model/assessment-file');
  const { makeDemoAssessment } = await import('../core/demo/assessment');
  const { loadBundled } = await import('../cli/content');
  const started = performance.now();
  // Seeded, so a failing run can be replayed with --seed.
  const rand = seededRandom(options.seed ?? 1);
  const maxDelayMs = options.maxDelayMs ?? 30;
  const dir = mkdtempSync(join(tmpdir(), 'capamap-fault-'));
  const target = join(dir, TARGET_NAME);
  const results: TrialResult[] = [];
  const problems: string[] = [];
  let betweenSaves = 0;
  const startMs: number[] = [];
  let current: Child | null = null;
  // Children started ahead: each loads while earlier ones write, so node's start-up does not set the pace.
  const waiting: Child[] = [];

  try {
    // The base: a full demo assessment, normalised by a parse so every version is a valid file.
    const content = [...loadBundled().values()][0];
    if (!content) throw new Error('no bundled questionnaire to build the demo assessment from');
    const demo = parseAssessment(serializeAssessment(makeDemoAssessment(content.questionnaire, { seed: 7, now: '2026-01-15T09:00:00.000Z' })));
    if (!demo.ok) throw new Error(`the demo assessment does not parse: ${JSON.stringify(demo.problems[0])}`);
    const base = JSON.parse(serializeAssessment(demo.value)) as BaseDoc;
    for (const k of [0, 1, 2]) {
      const check = parseAssessment(versionText(base, k));
      if (!check.ok) throw new Error(`version ${k} does not parse: ${JSON.stringify(check.problems[0])}`);
    }
    await writeFileAtomic(join(dir, BASE_NAME), JSON.stringify(base));
    await writeFileAtomic(target, versionText(base, 0), BACKUPS);

    const command = await childCommand(options.runner ?? 'bundle', dir);
    const texts = new Map<number, string>();
    const textOf = (k: number) => {
      if (!texts.has(k)) texts.set(k, versionText(base, k));
      if (texts.size > 64) texts.delete(texts.keys().next().value!);
      return texts.get(k)!;
    };

    let onDisk = 0;
    const lookahead = 2;
    while (waiting.length < lookahead) waiting.push(startChild(command, dir));
    while (results.length < options.trials) {
      current = waiting.shift()!;
      waiting.push(startChild(command, dir));
      startMs.push(await current.readyMs);
      const from = onDisk;
      const tempsBefore = new Set(readdirSync(dir).filter((n) => TEMP_RE.test(n)));
      current.process.stdin!.write(`go ${from}\n`);
      await current.firstBegin;
      const delayMs = rand() * maxDelayMs;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      current.process.kill('SIGKILL');
      const ended = await current.closed;
      if (ended.signal !== 'SIGKILL') throw new Error(`the child was not killed but ended on its own (code ${ended.code}): ${ended.stderr}`);

      const begun = current.lines.filter((l) => l.startsWith('begin ')).map((l) => Number(l.slice(6)));
      const done = current.lines.filter((l) => l.startsWith('done ')).map((l) => Number(l.slice(5)));
      const lastBegun = begun.at(-1)!;
      const lastDone = done.at(-1) ?? null;
      const previous = lastDone ?? from;
      const trialProblems: string[] = [];

      // The real file: exactly the previous version or the new one, and a valid assessment.
      const text = readFileSync(target, 'utf8');
      const version = versionOf(base, text);
      let outcome: TrialResult['outcome'] = 'previous';
      if (version === previous && text === textOf(previous)) outcome = 'previous';
      else if (version === lastBegun && lastDone !== lastBegun && text === textOf(lastBegun)) outcome = 'new';
      else trialProblems.push(`the file is neither version ${previous} nor ${lastBegun} (claims ${version}, ${text.length} chars)`);
      const parsed = parseAssessment(text);
      if (!parsed.ok) trialProblems.push(`the file does not parse: ${JSON.stringify(parsed.problems[0])}`);

      // Backups: each a complete, valid earlier version, newest first.
      const backups: number[] = [];
      for (let n = 1; n <= BACKUPS; n++) {
        const path = backupPath(target, n);
        // A kill during the rotation may leave a gap (say .bak2 missing): allowed, the rest must hold.
        if (!existsSync(path)) continue;
        const backupText = readFileSync(path, 'utf8');
        const k = versionOf(base, backupText);
        if (k === null || backupText !== textOf(k)) trialProblems.push(`.bak${n} is not a complete version`);
        else if (!parseAssessment(backupText).ok) trialProblems.push(`.bak${n} does not parse`);
        else {
          if (k > (version ?? Infinity) || (backups.length > 0 && k > backups.at(-1)!)) trialProblems.push(`.bak${n} (version ${k}) is out of order`);
          backups.push(k);
        }
      }

      // The folder: only the file, its backups and temp files named so nothing mistakes them for the file.
      let temps = 0;
      let partialTemps = 0;
      for (const name of readdirSync(dir)) {
        if (KNOWN.has(name) || tempsBefore.has(name)) continue;
        if (!TEMP_RE.test(name)) {
          trialProblems.push(`unexpected file ${name}`);
          continue;
        }
        temps++;
        const tempText = readFileSync(join(dir, name), 'utf8');
        const k = versionOf(base, tempText);
        if (k === null || tempText !== textOf(k)) partialTemps++;
      }

      if (lastDone === lastBegun) {
        // Killed between two saves: not a mid-write kill, so not a trial; the checks above still had to hold.
        betweenSaves++;
        problems.push(...trialProblems.map((p) => `between saves: ${p}`));
      } else {
        const result: TrialResult = {
          from,
          lastBegun,
          lastDone,
          outcome,
          saves: done.length,
          delayMs,
          backups,
          temps,
          partialTemps,
          problems: trialProblems,
        };
        results.push(result);
        problems.push(...trialProblems.map((p) => `trial ${results.length}: ${p}`));
        options.onTrial?.(result, results.length - 1);
      }
      onDisk = version ?? previous;

      // Housekeeping: keep the leftovers to a realistic few dozen, or every first save would spend its time
      // scanning hundreds of them for staleness and the kills would cluster there.
      const leftovers = readdirSync(dir).filter((n) => TEMP_RE.test(n));
      if (leftovers.length > MAX_LEFTOVERS) {
        const byAge = leftovers.map((n) => ({ n, t: statSync(join(dir, n)).mtimeMs })).sort((a, b) => a.t - b.t);
        for (const { n } of byAge.slice(0, leftovers.length - MAX_LEFTOVERS)) rmSync(join(dir, n));
      }
    }

    // Stale temps: make them look old; the first save of a restarted CapaMap must clear them away.
    const leftoverTempsAtEnd = readdirSync(dir).filter((n) => TEMP_RE.test(n)).length;
    const { utimesSync } = await import('node:fs');
    const old = new Date(Date.now() - 3600_000);
    for (const name of readdirSync(dir).filter((n) => TEMP_RE.test(n))) utimesSync(join(dir, name), old, old);
    const restart = spawnSync(command[0]!, [...command.slice(1), '--child', dir, '--once', String(onDisk + 1)], { encoding: 'utf8' });
    if (restart.status !== 0) throw new Error(`the clean-up save failed: ${restart.stderr}`);
    if (readFileSync(target, 'utf8') !== textOf(onDisk + 1)) problems.push('the clean-up save did not land');
    const leftoverTempsAfterCleanup = readdirSync(dir).filter((n) => TEMP_RE.test(n)).length;

    return {
      trials: results.length,
      failed: results.filter((r) => r.problems.length > 0).length,
      outcomes: { previous: results.filter((r) => r.outcome === 'previous').length, new: results.filter((r) => r.outcome === 'new').length },
      betweenSaves,
      savesCompleted: results.reduce((n, r) => n + r.saves, 0),
      killsWithTempLeft: results.filter((r) => r.temps > 0).length,
      killsWithPartialTemp: results.filter((r) => r.partialTemps > 0).length,
      killsWithBackupGap: results.filter((r) => r.backups.length < BACKUPS).length,
      leftoverTempsAtEnd,
      leftoverTempsAfterCleanup,
      meanChildStartMs: startMs.reduce((a, b) => a + b, 0) / Math.max(1, startMs.length),
      durationMs: performance.now() - started,
      problems,
      results,
    };
  } finally {
    for (const child of [current, ...waiting]) {
      if (child && child.process.exitCode === null && child.process.signalCode === null) {
        child.process.kill('SIGKILL');
        await child.closed;
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------

async function main(argv: string[]): Promise<number> {
  const childAt = argv.indexOf('--child');
  if (childAt >= 0) {
    const onceAt = argv.indexOf('--once');
    await runChild(argv[childAt + 1]!, onceAt >= 0 ? Number(argv[onceAt + 1]) : null);
    return 0;
  }
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({
    args: argv,
    options: {
      trials: { type: 'string', default: '200' },
      'max-delay-ms': { type: 'string', default: '30' },
      seed: { type: 'string', default: String(Date.now() % 1e9) },
      runner: { type: 'string', default: 'bundle' },
      json: { type: 'boolean', default: false },
    },
  });
  const trials = Number(values.trials);
  const maxDelayMs = Number(values['max-delay-ms']);
  const seed = Number(values.seed);
  const runner = values.runner === 'tsx' ? 'tsx' : 'bundle';
  if (!Number.isInteger(trials) || trials < 1 || !(maxDelayMs >= 0) || !Number.isInteger(seed)) {
    console.error('Usage: npx tsx scripts/fault-injection.ts [--trials N] [--max-delay-ms MS] [--seed N] [--runner bundle|tsx] [--json]');
    return 2;
  }
  const report = await runFaultInjection({
    trials,
    maxDelayMs,
    seed,
    runner,
    onTrial: (r, i) => {
      if (!values.json && (i + 1) % 100 === 0) process.stderr.write(`  ${i + 1}/${trials} trials\n`);
      if (r.problems.length > 0) process.stderr.write(`  trial ${i + 1}: ${r.problems.join('; ')}\n`);
    },
  });
  const { results: _results, ...figures } = report;
  if (values.json) console.log(JSON.stringify({ seed, runner, maxDelayMs, ...figures }));
  else {
    console.log(`Fault injection: ${report.trials} SIGKILLs mid-save (seed ${seed}, runner ${runner}, kill within ${maxDelayMs} ms of the first save)`);
    console.log(`  failures: ${report.failed}`);
    console.log(`  file after the kill: previous version ${report.outcomes.previous}, new version ${report.outcomes.new}`);
    console.log(`  saves completed before the kills: ${report.savesCompleted}; kills between saves (not counted): ${report.betweenSaves}`);
    console.log(`  kills leaving a temp file: ${report.killsWithTempLeft} (a partly written one: ${report.killsWithPartialTemp}); with fewer than ${BACKUPS} backups: ${report.killsWithBackupGap}`);
    console.log(`  stale temp files: ${report.leftoverTempsAtEnd} before the clean-up save, ${report.leftoverTempsAfterCleanup} after`);
    console.log(`  child start ${report.meanChildStartMs.toFixed(0)} ms (two start ahead while one writes), total ${(report.durationMs / 1000).toFixed(1)} s`);
    for (const p of report.problems.slice(0, 20)) console.log(`  problem: ${p}`);
  }
  return report.failed === 0 && report.problems.length === 0 ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
