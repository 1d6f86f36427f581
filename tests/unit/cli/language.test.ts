import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/index';
import { cliLanguage } from '../../../cli/i18n';

const REPO = join(__dirname, '..', '..', '..');
const EXAMPLE = join(REPO, 'examples', 'demo-assessment.capamap.json');
const dir = mkdtempSync(join(tmpdir(), 'capamap-cli-lang-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(env: Record<string, string>, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { log: (l) => out.push(l), error: (l) => err.push(l) }, env);
  return { code, out, err };
}

/** An assessment whose first stage answer is 7: damaged the way a hand edit damages a file. */
function damagedAssessment(): string {
  const doc = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { answers: Record<string, { kind: string; stage?: number }> };
  const id = Object.keys(doc.answers).find((k) => doc.answers[k]!.kind === 'stage')!;
  doc.answers[id]!.stage = 7;
  const file = join(dir, 'damaged.capamap.json');
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

describe('the language the CLI speaks', () => {
  it.each([
    [{}, 'en'],
    [{ LANG: 'fr_FR.UTF-8' }, 'fr'],
    [{ LANG: 'es_MX' }, 'es'],
    [{ LANG: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'de_DE.UTF-8' }, 'en'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{ LANG: 'POSIX' }, 'en'],
    [{ LC_MESSAGES: 'es_ES.UTF-8', LANG: 'fr_FR.UTF-8' }, 'es'],
    [{ LC_ALL: 'zh_CN.UTF-8', LC_MESSAGES: 'es_ES.UTF-8', LANG: 'fr_FR.UTF-8' }, 'zh'],
    [{ CAPAMAP_LANG: 'fr', LC_ALL: 'zh_CN.UTF-8' }, 'fr'],
    [{ CAPAMAP_LANG: '', LANG: 'es_ES' }, 'es'],
    [{ CAPAMAP_LANG: 'FR' }, 'fr'],
  ])('%j → %s', (env, language) => {
    expect(cliLanguage(env)).toBe(language);
  });

  it('words a damaged file in French from the environment: one line naming the file, the question by its title, and what to do', async () => {
    const file = damagedAssessment();
    const english = await cli({ CAPAMAP_LANG: 'en' }, 'roadmap', file);
    expect(english.code).toBe(1);
    expect(english.err).toHaveLength(1);
    expect(english.err[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: this file is damaged: the answer to “[^”]+” is 7, but it should be a whole number from 1 to 5\\. Open an earlier copy`));
    expect(english.err[0]).not.toMatch(/\$\./);

    const french = await cli({ LANG: 'fr_FR.UTF-8' }, 'roadmap', file);
    expect(french.code).toBe(1);
    expect(french.err).toHaveLength(1);
    expect(french.err[0]).toMatch(/\u00a0: ce fichier est endommagé\u00a0: la réponse à «\u00a0[^»]+\u00a0» vaut 7, alors qu’elle devrait être un nombre entier de 1 à 5\. Ouvrez-en une copie antérieure/);
    // The question is named in French, as the questionnaire words it.
    expect(french.err[0]).not.toBe(english.err[0]);
  });

  it('prints the JSON path under the line with --verbose, in any position', async () => {
    const file = damagedAssessment();
    const plain = await cli({}, 'validate', '--verbose', file);
    expect(plain.code).toBe(1);
    const verbose = await cli({}, 'roadmap', file, '--verbose');
    expect(verbose.err).toHaveLength(2);
    expect(verbose.err[1]).toMatch(/^ {2}\$\.answers\.[a-z.-]+\.stage: is 7, but it should be a whole number from 1 to 5$/);
  });

  it("speaks the help, the outputs and the argument errors in the environment's language", async () => {
    const help = await cli({ LANG: 'es_ES.UTF-8' }, 'help');
    expect(help.out[0]).toMatch(/^Uso: npm run --silent cli -- <orden> \[opciones\]/);
    expect(help.out[0]).toContain('validate <file…>   comprueba archivos de cuestionario');
    const unknown = await cli({ LANG: 'fr_FR.UTF-8' }, 'validate', '--strict', EXAMPLE);
    expect(unknown.err).toEqual(['--strict\u00a0: cette option n’existe pas']);
    const missing = await cli({ LANG: 'zh_CN.UTF-8' }, 'merge', EXAMPLE);
    expect(missing.err).toEqual(['--out: 请用 -o 指定合并后的文件']);
    const ok = await cli({ LANG: 'fr_FR.UTF-8' }, 'validate', EXAMPLE);
    expect(ok.out).toEqual([expect.stringMatching(/\u00a0: correct \(évaluation de .*, \d+ réponses\)$/)]);
  });

  it('keeps --lang for the report only: the messages follow the environment', async () => {
    const result = await cli({ LANG: 'es_ES.UTF-8' }, 'report', EXAMPLE, '-o', join(dir, 'r.pdf'), '--lang', 'fr', '--date', '2026-01-15T09:00:00Z');
    expect(result.code).toBe(0);
    expect(result.out).toEqual([expect.stringMatching(/r\.pdf: informe escrito \(fr, a4, \d+ KB\)$/)]);
  });
});
