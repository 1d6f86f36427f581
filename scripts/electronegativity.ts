import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Runs Electronegativity on the built app and fails on any HIGH-severity finding.
// The Electron version is given so the tool does not need to look it up online.
const ELECTRON_VERSION = (JSON.parse(readFileSync(join(__dirname, '..', 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
const out = mkdtempSync(join(tmpdir(), 'electronegativity-'));
const report = join(out, 'findings.csv');
const bin = join(__dirname, '..', 'node_modules/@doyensec/electronegativity/dist/index.js');
const run = spawnSync(process.execPath, [bin, '-i', join(__dirname, '..', 'out'), '-e', ELECTRON_VERSION, '-o', report, '-v', 'false'], {
  encoding: 'utf8',
  timeout: 180_000,
});
if (run.status !== 0) {
  console.error(`Electronegativity did not run: ${run.error?.message ?? run.stderr.trim().split('\n').pop()}`);
  process.exit(1);
}
const rows = parseCsv(readFileSync(report, 'utf8')).slice(1);
rmSync(out, { recursive: true, force: true });
// Columns: issue, severity, confidence, filename, location, sample, description, url.
const high = rows.filter(([, severity]) => severity !== 'LOW' && severity !== 'MEDIUM' && severity !== 'INFORMATIONAL');
for (const [issue, severity, confidence, file, location] of rows) console.log(`  ${severity} ${confidence} ${issue} ${file}:${location}`);
console.log(`electronegativity: ${rows.length} findings, ${high.length} high`);
process.exit(high.length === 0 ? 0 : 1);

/** Minimal RFC 4180 reader: quoted fields may hold commas, quotes and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field.trim());
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) field += c;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    }
  }
  if (field || row.length) rows.push([...row, field.trim()]);
  return rows.filter((r) => r.some(Boolean));
}
