// `npm run cli`: the command line, bundled into out/cli.js and run by node alone, so a command starts in
// Node's own start-up time. A fresh checkout, or one whose sources changed since, builds it first.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname } from 'node:path';
import process from 'node:process';
import { Script } from 'node:vm';
import { CLI_BUNDLE, buildCli, cliBundleStale } from './build-cli.mjs';

/** V8's compiled code for the bundle, kept beside it (Node 20 has no module.enableCompileCache). */
const CODE_CACHE = `${CLI_BUNDLE}.cache`;

if (cliBundleStale()) await buildCli();
// What the CLI keeps between runs to start faster is kept beside the bundle too (cli/cli-cache.ts).
process.env.CAPAMAP_CLI_CACHE ??= `${dirname(CLI_BUNDLE)}/cli-cache`;
runWithCodeCache(CLI_BUNDLE);

/**
 * Runs a CommonJS file as require would, compiled with the code V8 kept from
 * an earlier run: the 2 MB bundle is then neither parsed nor compiled again.
 * V8 checks the cache against the source and its own flags and refuses a
 * stale one (cachedDataRejected); the cache is then rewritten at exit, with
 * every function the command ran, so the next run compiles none of them.
 */
function runWithCodeCache(file) {
  let cachedData;
  try {
    cachedData = readFileSync(CODE_CACHE);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) {
    process.once('exit', () => {
      // Written aside and renamed: a command started meanwhile never reads half a cache.
      const temporary = `${CODE_CACHE}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, CODE_CACHE);
      } catch {
        // A read-only checkout runs without the cache.
      }
    });
  }
  const module = new Module(file);
  module.filename = file;
  module.paths = Module._nodeModulePaths(dirname(file));
  const require = Module.createRequire(file);
  script.runInThisContext().call(module.exports, module.exports, require, module, file, dirname(file));
}
