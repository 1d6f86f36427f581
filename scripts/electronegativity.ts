import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Runs Electronegativity on the built app and fails on any HIGH-severity finding. It is called
// through its programmatic API: the tool's CSV writer races its own header write and can garble
// the file. The Electron version is given so the tool does not need to look it up online.
interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
}
type Run = (options: Record<string, unknown>) => Promise<{ issues: Issue[]; errors: unknown[] }>;

const ROOT = join(__dirname, '..');
const ELECTRON_VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;

async function main(): Promise<number> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the package ships CommonJS without types
  const run = require('@doyensec/electronegativity') as Run;
  const { issues } = await run({
    input: join(ROOT, 'out'),
    customScan: [],
    excludeFromScan: [],
    isRelative: true,
    isVerbose: false,
    electronVersionOverride: ELECTRON_VERSION,
    parserPlugins: [],
  });
  for (const issue of issues) console.log(`  ${issue.severity.name} ${issue.confidence.name} ${issue.id} ${issue.file}:${issue.location.line}:${issue.location.column}`);
  const high = issues.filter((issue) => !['LOW', 'MEDIUM', 'INFORMATIONAL'].includes(issue.severity.name));
  console.log(`electronegativity: ${issues.length} findings, ${high.length} high`);
  return high.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`Electronegativity did not run: ${error.message}`);
    process.exit(1);
  },
);
