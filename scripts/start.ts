import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT, obtainElectronBinary } from './electron-runtime';

/**
 * `npm start`: build the app, then run it in Electron. Where Electron cannot be
 * obtained (offline, no binary), say so in one sentence and point to the
 * browser edition instead of printing a stack trace.
 */
const NO_RUNTIME = "CapaMap's desktop runtime (Electron) is not installed and cannot be downloaded here; run `npm run web` to use the browser edition at http://127.0.0.1:5173.";

function build(): void {
  const bin = join(PROJECT_ROOT, 'node_modules', '.bin', 'electron-vite');
  // On Windows .bin holds a .cmd shim that needs a shell; run the package's own script with Node instead.
  const [command, args] = process.platform === 'win32' ? [process.execPath, [join(PROJECT_ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build']] : [bin, ['build']];
  const result = spawnSync(command, args, { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (result.error) {
    process.stderr.write(`The build could not start: ${result.error.message}\n`);
    process.exit(1);
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function run(binary: string): void {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make Electron behave as plain Node
  const child = spawn(binary, ['.'], { cwd: PROJECT_ROOT, stdio: 'inherit', env });
  const forward = (signal: NodeJS.Signals) => () => {
    if (!child.killed) child.kill(signal);
  };
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('error', (error) => {
    process.stderr.write(`CapaMap could not start Electron: ${error.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

build();
const binary = obtainElectronBinary();
if (!binary) {
  process.stderr.write(`${NO_RUNTIME}\n`);
  process.exit(1);
}
run(binary);
