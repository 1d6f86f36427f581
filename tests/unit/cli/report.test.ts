import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/index';
import { REPORT_LANGUAGES } from '../../../core/report/language';

const example = join(__dirname, '../../../examples/demo-assessment.capamap.json');

async function run(argv: string[]) {
  const lines: string[] = [];
  const code = await runCli(argv, { log: (l) => lines.push(l), error: (l) => lines.push(l) });
  return { code, lines };
}

async function firstPageText(path: string): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false }).promise;
  const page = await doc.getPage(1);
  const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
  await doc.destroy();
  return text;
}

describe('cli report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'capamap-report-'));

  it('writes a PDF of the example assessment in the chosen language and paper, identical for the same date', async () => {
    const a = join(dir, 'a.pdf');
    const b = join(dir, 'b.pdf');
    const argv = ['report', example, '--lang', 'fr', '--paper', 'letter', '--date', '2026-02-01T10:00:00Z'];
    expect(await run([...argv, '-o', a])).toEqual({ code: 0, lines: [expect.stringMatching(/a\.pdf: report written \(fr, letter, \d+ KB\)/)] });
    await run([...argv, '-o', b]);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    expect(await firstPageText(a)).toContain('Ministry of Digital Economy and Innovation');
  });

  it('writes the Word copy with --format docx, identical for the same date', async () => {
    const a = join(dir, 'a.docx');
    const b = join(dir, 'b.docx');
    const argv = ['report', example, '--format', 'docx', '--lang', 'es', '--date', '2026-02-01T10:00:00Z'];
    expect(await run([...argv, '-o', a])).toEqual({ code: 0, lines: [expect.stringMatching(/a\.docx: report written \(es, a4, \d+ KB\)/)] });
    await run([...argv, '-o', b]);
    const bytes = readFileSync(a);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
    expect(bytes.equals(readFileSync(b))).toBe(true);
  });

  it.each([
    [['--lang', 'de'], `--lang: the language is one of ${REPORT_LANGUAGES.join(', ')}`],
    [['--paper', 'a3'], '--paper: the paper is a4 or letter'],
    [['--format', 'odt'], '--format: the format is pdf or docx'],
    [['--sections', 'cover,nothing'], '--sections: sections are among cover, summary, contents, context, profile, pillars, security, plan, roadmap, monitoring, appendix'],
  ])('refuses %j in one line', async (extra, message) => {
    expect(await run(['report', example, '-o', join(dir, 'x.pdf'), ...extra])).toEqual({ code: 1, lines: [message] });
  });

  it('names an unwritable path and a broken assessment in one line each', async () => {
    const unwritable = join(dir, 'missing-folder', 'r.pdf');
    expect(await run(['report', example, '-o', unwritable])).toEqual({ code: 1, lines: [`${unwritable}: cannot be written (ENOENT)`] });
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"format": 2,');
    expect(await run(['report', broken, '-o', join(dir, 'y.pdf')])).toEqual({
      code: 1,
      lines: [expect.stringMatching(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: this file is damaged: it is not valid JSON .*\\. Open an earlier copy of it`))],
    });
  });

  it('adds the progress section when given a baseline, and refuses a broken baseline in one line', async () => {
    const previous = join(dir, 'previous.json');
    await run(['demo', '--seed', '9', '--date', '2025-01-10T09:00:00Z', '-o', previous]);
    const out = join(dir, 'progress.pdf');
    expect((await run(['report', example, '--baseline', previous, '-o', out])).code).toBe(0);
    const doc = await getDocument({ data: new Uint8Array(readFileSync(out)) }).promise;
    // The decision brief, right after the cover, states the progress since the baseline.
    const { items } = await (await doc.getPage(2)).getTextContent();
    await doc.destroy();
    expect(items.map((i) => ('str' in i ? i.str : '')).join(' ')).toContain('Since 10 January 2025:');
    const broken = join(dir, 'broken-baseline.json');
    writeFileSync(broken, '[]');
    expect(await run(['report', example, '--baseline', broken, '-o', join(dir, 'z.pdf')])).toEqual({ code: 1, lines: [`${broken}: this is not a CapaMap assessment file`] });
  });
});
