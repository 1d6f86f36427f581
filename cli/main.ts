import { runCli } from './index';

// The command line's entry point: bundled by scripts/build-cli.mjs into out/cli.js, which `npm run cli` runs with node.
void runCli(process.argv.slice(2), { log: (l) => console.log(l), error: (l) => console.error(l) }).then((code) => {
  process.exitCode = code;
});
