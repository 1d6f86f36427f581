import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/index';
import { localize } from '../../../core/model/localize';
import { reportContent } from './helpers';

const example = join(__dirname, '../../../examples/demo-assessment.capamap.json');
const q = reportContent().questionnaire;

async function run(argv: string[]) {
  const lines: string[] = [];
  const code = await runCli(argv, { log: (l) => lines.push(l), error: (l) => lines.push(l) });
  return { code, lines };
}

/** The whole text of a PDF, without white space (lines wrap anywhere), and its page count. */
async function pdfText(path: string): Promise<{ text: string; pages: number }> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) text += (await (await doc.getPage(n)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
  const pages = doc.numPages;
  await doc.destroy();
  return { text: text.replace(/\s+/g, ''), pages };
}

describe('cli report --blank', () => {
  const dir = mkdtempSync(join(tmpdir(), 'capamap-blank-'));

  it.each(['en', 'fr'] as const)("writes the blank questionnaire in %s with every item's question and stage descriptors", async (language) => {
    const out = join(dir, `blank-${language}.pdf`);
    const result = await run(['report', '--blank', '--lang', language, '--date', '2026-02-01T10:00:00Z', '-o', out]);
    expect(result).toEqual({ code: 0, lines: [expect.stringMatching(/blank-(en|fr)\.pdf\u00a0?: (blank questionnaire written|questionnaire vierge écrit) \((en|fr), a4, \d+ K[Bo]\)/)] });
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text, pages } = await pdfText(out);
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    const items = q.sections.flatMap((s) => s.items);
    const missing = items.filter((item) => !text.includes(squeeze(localize('statement' in item ? item.statement : item.label, language)))).map((i) => i.id);
    expect(missing).toEqual([]);
    const stages = items.flatMap((item) => (item.type === 'indicator' ? item.stages : item.type === 'risk' ? item.preparedness : []));
    expect(stages.filter((stage) => !text.includes(squeeze(localize(stage, language))))).toEqual([]);
    // One part per section at least, after the front page.
    expect(pages).toBeGreaterThan(q.sections.length);
  });

  it('keeps printing the report of an assessment, and refuses a file or Word with --blank in one line', async () => {
    expect((await run(['report', example, '-o', join(dir, 'report.pdf')])).code).toBe(0);
    expect(await run(['report', '-o', join(dir, 'none.pdf')])).toEqual({ code: 1, lines: ['arguments: name exactly one assessment file'] });
    expect(await run(['report', '--blank', example, '-o', join(dir, 'x.pdf')])).toEqual({ code: 1, lines: ['arguments: --blank prints the questionnaire without answers: give no assessment file'] });
    expect(await run(['report', '--blank', '--format', 'docx', '-o', join(dir, 'x.docx')])).toEqual({ code: 1, lines: ['--format: --blank prints a PDF only'] });
    expect(await run(['report', '--blank', '--questionnaire', 'nothing', '-o', join(dir, 'x.pdf')])).toEqual({ code: 1, lines: ['--questionnaire: "nothing" is not installed'] });
  });
});
