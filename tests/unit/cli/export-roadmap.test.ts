import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/index';
import { parseCsv } from '../../helpers/csv-reader';

const example = join(__dirname, '../../../examples/demo-assessment.capamap.json');
const dir = mkdtempSync(join(tmpdir(), 'capamap-export-roadmap-'));

async function run(argv: string[]) {
  const lines: string[] = [];
  const code = await runCli(argv, { log: (l) => lines.push(l), error: (l) => lines.push(l) });
  return { code, lines };
}

describe('cli export --roadmap --csv', () => {
  it('writes the costed roadmap, one row per action, in the language asked for', async () => {
    const file = join(dir, 'roadmap-zh.csv');
    const result = await run(['export', example, '--roadmap', '--csv', '--lang', 'zh', '-o', file]);
    expect(result.code).toBe(0);
    const [, scheduled, beyond] = /\((\d+) scheduled actions?, (\d+) beyond the horizon, zh\)$/.exec(result.lines[0]!) ?? [];
    const bytes = readFileSync(file);
    // The byte-order mark Excel needs to read UTF-8 (Chinese) correctly.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = parseCsv(bytes.toString('utf8'));
    if (!parsed.ok) throw new Error('unreadable CSV');
    const [header, ...rows] = parsed.value;
    expect(header).toHaveLength(22);
    expect(header![0]).toBe('编号');
    expect(rows).toHaveLength(Number(scheduled) + Number(beyond));
    expect(rows.every((r) => r.length === 22)).toBe(true);
  });

  it('keeps the answers export as it was, and refuses --roadmap without --csv in one line', async () => {
    const answers = join(dir, 'answers.csv');
    expect((await run(['export', example, '--csv', '-o', answers])).code).toBe(0);
    expect(readFileSync(answers, 'utf8').split('\r\n')[0]).toBe('\uFEFFrespondent_id,respondent_name,agency,item_id,section,kind,stage,likelihood,impact,preparedness,confidence,notes,evidence,value');
    expect(await run(['export', example, '--roadmap', '--json', '-o', join(dir, 'x.json')])).toEqual({ code: 1, lines: ['--roadmap: the roadmap is exported with --csv'] });
  });
});
