import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { runCli } from '../../../cli/index';
import { loadBundled } from '../../../cli/content';
import { parseAssessment } from '../../../core/model/assessment-file';
import { LEAD_ACTORS } from '../../../core/model/schema/actions';
import { AREAS } from '../../../core/model/schema/questionnaire';
import { checkAssessment } from '../../../core/model/validate';

const dir = mkdtempSync(join(tmpdir(), 'capamap-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { log: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out, err };
}

/** The stable `roadmap --json` shape (more keys may be added, none removed or renamed). */
const RoadmapJson = z.object({
  actions: z.array(
    z.object({
      id: z.string().min(1),
      area: z.enum(AREAS),
      phase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      lead: z.enum(LEAD_ACTORS),
      prerequisites: z.array(z.string()),
      why: z.array(z.string()),
    }),
  ),
});

describe('cli demo → validate → roadmap --json', () => {
  for (const seed of [1, 7, 2026]) {
    it(`seed ${seed}`, async () => {
      const file = join(dir, `demo-${seed}.capamap.json`);
      const demo = await cli('demo', '--seed', String(seed), '-o', file);
      expect(demo).toMatchObject({ code: 0, err: [] });
      expect(demo.out[0]).toContain(`seed ${seed}`);

      // The file validates: through the CLI and through core directly.
      const validate = await cli('validate', file);
      expect(validate).toMatchObject({ code: 0, err: [] });
      expect(validate.out[0]).toMatch(/: ok \(/);
      const parsed = parseAssessment(readFileSync(file, 'utf8'));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const content = loadBundled().get(parsed.value.questionnaire.id)!;
      expect(checkAssessment(parsed.value, content.questionnaire)).toEqual([]);

      const run = await cli('roadmap', file, '--json');
      expect(run.code).toBe(0);
      expect(run.err).toEqual([]);
      expect(run.out).toHaveLength(1);
      const json = RoadmapJson.parse(JSON.parse(run.out[0]!));
      expect(json.actions.length).toBeGreaterThan(0);
      const position = new Map(json.actions.map((a, i) => [a.id, i]));
      expect(position.size).toBe(json.actions.length);
      const libraryIds = new Set(content.library.actions.map((a) => a.id));
      json.actions.forEach((action, i) => {
        expect(libraryIds.has(action.id)).toBe(true);
        expect(action.why.length).toBeGreaterThan(0);
        for (const p of action.prerequisites) {
          expect(position.get(p)).toBeLessThan(i);
          expect(json.actions[position.get(p)!]!.phase).toBeLessThanOrEqual(action.phase);
        }
      });
      // Same file, same output.
      expect((await cli('roadmap', file, '--json')).out).toEqual(run.out);
      // The text form lists the same actions.
      const text = await cli('roadmap', file);
      expect(text.code).toBe(0);
      for (const action of json.actions) expect(text.out.some((line) => line.trim().startsWith(`${action.id} `))).toBe(true);
    });
  }

  it('reports a missing assessment in one line with exit code 1', async () => {
    const run = await cli('roadmap', join(dir, 'missing.json'), '--json');
    expect(run.code).toBe(1);
    expect(run.out).toEqual([]);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toContain('no such file');
  });
});
