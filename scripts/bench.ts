import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { benchCli } from './bench-cli';
import { benchMerge } from './bench-merge';
import { benchReport } from './bench-report';
import { benchUi } from './bench-ui';
import { benchWorkshop } from './bench-workshop';

/**
 * `npm run bench`: every performance figure the issues ask for, measured on
 * this machine. `npm run --silent bench -- --json` prints one JSON object whose
 * keys name each figure with its unit, for tracking over time.
 */
const GOALS: Record<string, number> = {
  report_en_ms: 250,
  report_zh_ms: 300,
  report_bytes: 300 * 1024,
  // Issue 16: an Arabic report within 1.5 times the English one, and at most 400 KB.
  ratio_ar_en: 1.5,
  report_ar_bytes: 400 * 1024,
  ratio_pdfmake_chromium: 0.5,
  merge_50_ms: 200,
  ui_cold_load_ms: 800,
  ui_cold_load_slow_ms: 2000,
  ui_report_ms: 1500,
  ui_report_slow_ms: 5000,
  ui_report_feedback_slow_ms: 100,
  cli_report_wall_ms: 800,
  // Half the 2,184,000 bytes the renderer fetched before its first section was painted, before it was split (issue 17).
  renderer_js_bytes: 1_092_000,
  ui_answer_p95_ms: 16,
  ui_section_switch_ms: 50,
  workshop_conflict_p95_ms: 16,
};

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  // The UI figures are measured on the built browser edition: build it first, quietly when printing JSON.
  const build = spawnSync(process.execPath, [join(__dirname, '..', 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { stdio: json ? 'ignore' : 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');
  const figures: Record<string, number> = { ...(await benchReport()), ...(await benchMerge()), ...(await benchUi()), ...(await benchWorkshop()), ...(await benchCli()) };
  if (json) {
    console.log(JSON.stringify(figures));
    return;
  }
  for (const [key, value] of Object.entries(figures)) {
    const goal = GOALS[key];
    const verdict = goal === undefined ? '' : value <= goal ? `  (goal ≤ ${goal}: met)` : `  (goal ≤ ${goal}: NOT met)`;
    console.log(`${key.padEnd(26)} ${String(Math.round(value * 100) / 100).padStart(10)}${verdict}`);
  }
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.message}`);
  process.exit(1);
});
