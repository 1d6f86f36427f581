// `npm run cli`: the command line, bundled into out/cli.js and run by node alone, so a command starts in
// Node's own start-up time. A fresh checkout, or one whose sources changed since, builds it first.
import { createRequire } from 'node:module';
import { CLI_BUNDLE, buildCli, cliBundleStale } from './build-cli.mjs';

if (cliBundleStale()) await buildCli();
createRequire(import.meta.url)(CLI_BUNDLE);
