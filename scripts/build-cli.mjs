// Bundles the command line (cli/main.ts and everything it imports) into one file, out/cli.js, run by plain
// node: no TypeScript compiler at start-up. Plain JavaScript, so that `npm run cli` needs nothing but node
// to find out whether the bundle is current. `node scripts/build-cli.mjs` builds it; scripts/cli.mjs builds
// it on demand.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_BUNDLE = join(ROOT, 'out', 'cli.js');
/** The files the bundle was made from, written beside it, to tell when it is out of date. */
const CLI_INPUTS = join(ROOT, 'out', 'cli.inputs.json');
/** Rewritten by every npm install or npm ci: installed packages keep their publish dates, so their own times tell nothing. */
const INSTALL_STAMP = join('node_modules', '.package-lock.json');

const modified = (path) => statSync(join(ROOT, path), { throwIfNoEntry: false })?.mtimeMs;

/** True when the bundle is missing, or a file it was made from (or the installed packages) changed since. */
export function cliBundleStale() {
  const built = modified(relative(ROOT, CLI_BUNDLE));
  if (built === undefined) return true;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(CLI_INPUTS, 'utf8'));
  } catch {
    return true;
  }
  return [...inputs, INSTALL_STAMP].some((path) => {
    const time = modified(path);
    return time === undefined || time > built;
  });
}

export async function buildCli() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(ROOT, 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // pdfmake (with pdfkit and fontkit) reads its own data files next to its code: it stays in node_modules.
    external: ['pdfmake'],
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    charset: 'utf8',
    metafile: true,
    write: false,
    logLevel: 'warning',
    absWorkingDir: ROOT,
  });
  mkdirSync(dirname(CLI_BUNDLE), { recursive: true });
  // Written aside and renamed: two commands started at once on a fresh checkout never run a half-written file.
  const temporary = `${CLI_BUNDLE}.${process.pid}.tmp`;
  writeFileSync(temporary, result.outputFiles[0].contents);
  writeFileSync(CLI_INPUTS, `${JSON.stringify(Object.keys(result.metafile.inputs))}\n`);
  renameSync(temporary, CLI_BUNDLE);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
