import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
type FsPromises = typeof fsp;
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../cli/index';

// The atomic writer's open() is wrapped so a test can make the disk "fill up" halfway through a temp file.
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<FsPromises>();
  return { ...real, open: vi.fn(real.open) };
});

const EXAMPLE = join(__dirname, '../../../examples/demo-assessment.capamap.json');
const RESPONSES = readdirSync(join(__dirname, '../../../examples/workshop')).map((f) => join(__dirname, '../../../examples/workshop', f));
const dir = mkdtempSync(join(tmpdir(), 'capamap-diskfull-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const lines: string[] = [];
  const code = await runCli(argv, { log: (l) => lines.push(l), error: (l) => lines.push(l) });
  return { code, lines };
}

/** The next temp file the writer opens takes half the data, then the disk is full. */
async function failNextWriteWithEnospc() {
  const real = await vi.importActual<FsPromises>('node:fs/promises');
  vi.mocked(fsp.open).mockImplementationOnce(async (path, flags, mode) => {
    const handle = await real.open(path, flags, mode);
    return new Proxy(handle, {
      get(target, key) {
        if (key === 'writeFile')
          return async (data: string | Uint8Array) => {
            const bytes = typeof data === 'string' ? Buffer.from(data) : data;
            await target.write(bytes.subarray(0, bytes.length >> 1));
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          };
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  });
}

const OLD = Buffer.from('the previous output, which must survive byte for byte\n');
const FULL_LINE = (path: string) => `${path}: cannot be written (ENOSPC: the disk is full; any earlier file is unchanged)`;

describe('a full disk during a CLI write leaves the old file byte-identical', () => {
  const cases: [string, (out: string) => string[]][] = [
    ['demo -o', (out) => ['demo', '-o', out]],
    ['report -o', (out) => ['report', EXAMPLE, '-o', out, '--date', '2026-02-01T10:00:00Z']],
    ['merge -o', (out) => ['merge', ...RESPONSES, '-o', out]],
    ['export --csv -o', (out) => ['export', EXAMPLE, '--csv', '-o', out]],
    ['export --json -o', (out) => ['export', EXAMPLE, '--json', '-o', out]],
  ];

  it.each(cases)('%s', async (name, argv) => {
    const folder = join(dir, name.replace(/\W+/g, '-'));
    mkdirSync(folder);
    const out = join(folder, 'out.file');
    writeFileSync(out, OLD);
    await failNextWriteWithEnospc();
    // The full disk is the one problem said; merge may first note response files answered on an older questionnaire version.
    const { code, lines } = await run(argv(out));
    expect(code).toBe(1);
    expect(lines.at(-1)).toBe(FULL_LINE(out));
    expect(lines.slice(0, -1).filter((line) => !/answered version [\d.]+ of the questionnaire/.test(line))).toEqual([]);
    expect(readFileSync(out).equals(OLD)).toBe(true);
    expect(readdirSync(folder)).toEqual(['out.file']);
    // And the same command writes normally once there is room again.
    expect((await run(argv(out))).code).toBe(0);
    expect(readFileSync(out).equals(OLD)).toBe(false);
  });

  it('demo --out-dir: the respondent file being written when the disk fills keeps its old content', async () => {
    const folder = join(dir, 'out-dir');
    await run(['demo', '--respondents', '2', '--out-dir', folder]);
    const [first] = readdirSync(folder).sort();
    writeFileSync(join(folder, first!), OLD);
    await failNextWriteWithEnospc();
    expect(await run(['demo', '--respondents', '2', '--out-dir', folder])).toEqual({ code: 1, lines: [FULL_LINE(join(folder, first!))] });
    expect(readFileSync(join(folder, first!)).equals(OLD)).toBe(true);
    expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  // A real full file system where this machine allows mounting one (CI runs as root).
  it('on a real, full 1 MB tmpfs', async (context) => {
    const mount = join(dir, 'tmpfs');
    mkdirSync(mount);
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mount], { stdio: 'ignore' });
    } catch {
      context.skip();
    }
    try {
      const out = join(mount, 'report.pdf');
      writeFileSync(out, OLD);
      // Fill every remaining block.
      const filler = join(mount, 'filler');
      try {
        for (const chunk = Buffer.alloc(64 * 1024, 1); ;) writeFileSync(filler, chunk, { flag: 'a' });
      } catch {
        // ENOSPC: the disk is full now
      }
      expect(await run(['report', EXAMPLE, '-o', out, '--date', '2026-02-01T10:00:00Z'])).toEqual({ code: 1, lines: [FULL_LINE(out)] });
      expect(readFileSync(out).equals(OLD)).toBe(true);
      expect(readdirSync(mount).sort()).toEqual(['filler', 'report.pdf']);
    } finally {
      execFileSync('umount', [mount]);
    }
  });
});
