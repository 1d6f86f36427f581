import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { percentile, round } from './bench-page';

/**
 * cli_report_wall_ms: wall time of the real CLI process making the demo
 * report (examples/demo-assessment.capamap.json, English, A4), start-up
 * included. The process is the command `npm run cli` runs (package.json),
 * started as npm starts it (a shell, with node_modules/.bin on the PATH) but
 * without npm's own start-up. Median of CLI_RUNS, after one unmeasured run that
 * warms the disk cache (and builds the CLI if it is missing or stale).
 */
const CLI_RUNS = 5;
const ROOT = join(__dirname, '..');

export async function benchCli(): Promise<{ cli_report_wall_ms: number }> {
  const script = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.cli;
  if (!script) throw new Error('package.json has no cli script');
  const dir = mkdtempSync(join(tmpdir(), 'capamap-bench-cli-'));
  const env = { ...process.env, PATH: `${join(ROOT, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}` };
  const command = `${script} report examples/demo-assessment.capamap.json -o ${JSON.stringify(join(dir, 'demo.pdf'))}`;
  try {
    const times: number[] = [];
    for (let run = 0; run <= CLI_RUNS; run++) {
      const start = performance.now();
      const result = spawnSync('sh', ['-c', command], { cwd: ROOT, env, encoding: 'utf8' });
      const ms = performance.now() - start;
      if (result.status !== 0) throw new Error(`the CLI failed: ${result.stderr.trim()}`);
      if (run > 0) times.push(ms);
    }
    if (process.env.BENCH_VERBOSE) console.error('cli', times.map(round));
    return { cli_report_wall_ms: round(percentile(times, 50)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (typeof require !== 'undefined' && require.main === module) {
  benchCli()
    .then((result) => console.log(JSON.stringify(result)))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
