import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/index';
import { REPORT_LANGUAGES } from '../../../core/report/language';
import { kitTranslator } from '../../../locales';

async function run(argv: string[], env: Record<string, string> = { CAPAMAP_LANG: 'en' }) {
  const lines: string[] = [];
  const code = await runCli(argv, { log: (l) => lines.push(l), error: (l) => lines.push(l) }, env);
  return { code, lines };
}

/** The text of every page, spaces squeezed (pdf.js splits lines into pieces). */
async function pagesText(path: string): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    pages.push(squash((await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ')));
  }
  await doc.destroy();
  return pages;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').replace(/\u00a0/g, ' ');

describe('cli kit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'capamap-kit-'));

  it.each([
    ['en', '1'],
    ['fr', '2'],
  ] as const)('writes the %s kit with the %s-day agenda: agenda, roles, sign-in sheet and consent note, each starting a page', async (language, days) => {
    const out = join(dir, `kit-${language}.pdf`);
    const result = await run(['kit', '--lang', language, '--days', days, '--institution', 'Ministry of Digital Economy', '--date', '2026-02-01T10:00:00Z', '-o', out]);
    expect(result).toEqual({ code: 0, lines: [expect.stringMatching(new RegExp(`kit-${language}\\.pdf: facilitator’s kit written \\(${language}, ${days}-day agenda, \\d+ KB\\)`))] });
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const t = await kitTranslator(language);
    const pages = await pagesText(out);
    // A part starts a page: its heading comes first (but for the running header).
    const running = `${t('title')} · Ministry of Digital Economy`;
    const pageWith = (heading: string) => pages.findIndex((page) => page.replace(squash(running), '').trim().startsWith(squash(heading)));
    expect(pages[0]).toContain(squash(t(days === '1' ? 'agenda.oneDay' : 'agenda.twoDays')));
    const order = [t('roles.title'), t('split.title'), t('signIn.title'), t('consent.title')].map(pageWith);
    expect(
      order.every((page) => page >= 0),
      order.join(),
    ).toBe(true);
    expect(
      [...order].sort((a, b) => a - b),
      order.join(),
    ).toEqual(order);
    expect(new Set(order).size).toBe(order.length);
    // The sign-in sheet's header repeats on its second page.
    const signIn = order[2]!;
    expect(pages[signIn + 1]).toContain(squash(t('signIn.columns.signature')));
    expect(pages[0]).toContain('Ministry of Digital Economy');
    expect(pages.at(-1)).toContain(squash(t('pageOf', { page: pages.length, total: pages.length })));
  });

  it('writes the same file for the same date', async () => {
    const argv = ['kit', '--lang', 'es', '--date', '2026-02-01T10:00:00Z'];
    await run([...argv, '-o', join(dir, 'a.pdf')]);
    await run([...argv, '-o', join(dir, 'b.pdf')]);
    expect(readFileSync(join(dir, 'a.pdf')).equals(readFileSync(join(dir, 'b.pdf')))).toBe(true);
  });

  it.each([
    [['--days', '3'], '--days: the number of days is 1 or 2'],
    [['--lang', 'de'], `--lang: the language is one of ${REPORT_LANGUAGES.join(', ')}`],
    [['--paper', 'a3'], '--paper: the paper is a4 or letter'],
    [['stray.json'], 'arguments: kit takes no file names; name the PDF with -o'],
    [['--institution', 'x'.repeat(201)], '--institution: the institution’s name is at most 200 characters'],
    [['--colour'], '--colour: there is no such option'],
  ])('refuses %j in one plain line and writes nothing', async (extra, message) => {
    const out = join(dir, 'refused.pdf');
    const result = await run(['kit', '-o', out, ...extra]);
    expect(result.code).not.toBe(0);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toContain(message);
    expect(() => readFileSync(out)).toThrow();
  });

  it('asks for the output file, and refuses a folder as one', async () => {
    expect(await run(['kit'])).toEqual({ code: 1, lines: ['--out: name the output PDF with -o'] });
    expect(await run(['kit', '-o', dir])).toEqual({ code: 1, lines: [expect.stringContaining(`${dir}: cannot be written`)] });
  });

  it('speaks the CLI’s language in its messages, whatever the kit’s language', async () => {
    const out = join(dir, 'kit-es.pdf');
    const result = await run(['kit', '--lang', 'es', '--date', '2026-02-01T10:00:00Z', '-o', out], { CAPAMAP_LANG: 'fr' });
    expect(result.code).toBe(0);
    expect(result.lines[0]).toMatch(/kit-es\.pdf\u00a0: kit de l’animateur écrit \(es, programme sur 1\u00a0jour\(s\)/);
  });
});
