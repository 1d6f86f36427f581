import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encryptText } from '../../../core/model/crypto';
import { runCli } from '../../../cli/index';
import { bundledContent } from '../../content';

async function run(argv: string[]) {
  const lines: string[] = [];
  const code = await runCli(argv, { log: (l) => lines.push(l), error: (l) => lines.push(l) });
  return { code, lines };
}

describe('CLI on encrypted and flooded files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'capamap-cli-'));

  it('says an encrypted assessment needs the app and its passphrase, for validate and roadmap', async () => {
    const file = join(dir, 'secret.capamap.json');
    writeFileSync(file, await encryptText('{"format":2}', 'correct horse battery', globalThis.crypto, { iterations: 600_000 }));
    const validate = await run(['validate', file]);
    expect(validate.code).toBe(1);
    expect(validate.lines).toEqual([`${file}: $: the file is encrypted with a passphrase; open it in CapaMap to read it`]);
    const roadmap = await run(['roadmap', file]);
    expect(roadmap.code).toBe(1);
    expect(roadmap.lines).toEqual([`${file}: the file is encrypted with a passphrase; open it in CapaMap to read it`]);
  });

  it('prints at most 50 problem lines per file and counts the rest', async () => {
    const file = join(dir, 'flood.capamap.json');
    const answers = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`compute.unknown-${i}`, { kind: 'dont-know' }]));
    const now = '2026-01-01T00:00:00.000Z';
    writeFileSync(
      file,
      JSON.stringify({
        format: 2,
        id: 'flood-0001',
        // The installed version: an older one would be migrated, and answers to unknown items dropped with a note.
        questionnaire: { id: 'capamap-core', version: bundledContent().questionnaire.version },
        meta: { institution: 'X', country: 'Y', assessmentDate: '2026-01-01' },
        answers,
        createdAt: now,
        updatedAt: now,
      }),
    );
    const { code, lines } = await run(['validate', file]);
    expect(code).toBe(1);
    expect(lines).toHaveLength(51);
    expect(lines[50]).toBe(`${file}: (and 70 more problems)`);
  });

  it('keeps a problem about a huge unknown answer id to one short line (found by fuzzing)', async () => {
    const file = join(dir, 'long-id.capamap.json');
    const now = '2026-01-01T00:00:00.000Z';
    const answers = { [`compute.${'x'.repeat(5000)}`]: { kind: 'dont-know' } };
    writeFileSync(
      file,
      JSON.stringify({
        format: 2,
        id: 'longid-0001',
        // The installed version: an older one would be migrated, and answers to unknown items dropped with a note.
        questionnaire: { id: 'capamap-core', version: bundledContent().questionnaire.version },
        meta: { institution: 'X', country: 'Y', assessmentDate: '2026-01-01' },
        answers,
        createdAt: now,
        updatedAt: now,
      }),
    );
    const { code, lines } = await run(['validate', file]);
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.length).toBeLessThan(400);
    expect(lines[0]).toContain('ids are at most 160 characters');
  });
});
