import { execFileSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/index';
import { MAX_INPUT_BYTES } from '../../../cli/content';
import { parseAssessment, serializeAssessment } from '../../../core/model/assessment-file';
import { encryptText } from '../../../core/model/crypto';
import { hasUnsafeChars } from '../../../core/model/sanitize';
import { serializeResponse } from '../../../core/workshop/response-file';
import type { Assessment } from '../../../core/model/schema/assessment';

const EXAMPLE = join(__dirname, '../../../examples/demo-assessment.capamap.json');
/** The bundled questionnaire's version: the one this build has. */
const INSTALLED = (JSON.parse(readFileSync(join(__dirname, '../../../questionnaires/capamap-core/questionnaire.json'), 'utf8')) as { version: string }).version;
const RESPONSE = join(__dirname, '../../../examples/workshop/Chen-Wei-National-Statistics-Office-2026-01-15.capamap-response.json');
const dir = mkdtempSync(join(tmpdir(), 'capamap-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const lines: string[] = [];
  const code = await runCli(argv, { log: (l) => lines.push(l), error: (l) => lines.push(l) });
  return { code, lines };
}

const example = (): Assessment => {
  const parsed = parseAssessment(readFileSync(EXAMPLE, 'utf8'));
  if (!parsed.ok) throw new Error('example');
  return parsed.value;
};
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
/** Every command that reads an assessment, with its output where it writes one. */
const readers = (input: string) => [
  ['validate', input],
  ['roadmap', input],
  ['report', input, '-o', join(dir, 'r.pdf')],
  ['export', input, '--json', '-o', join(dir, 'e.json')],
  ['merge', input, RESPONSE, '-o', join(dir, 'm.json')],
];

describe('-o never destroys an input, nor writes through a link, unless asked', () => {
  it('merge -o onto one of its inputs is refused and the file stays byte-identical; --force replaces it with the merge', async () => {
    const ws = file('ws.capamap.json', readFileSync(EXAMPLE));
    const before = readFileSync(ws);
    expect(await run('merge', ws, RESPONSE, '-o', ws)).toEqual({ code: 1, lines: [`${ws}: is also an input of this command (${ws}); choose another output file, or add --force to replace it`] });
    expect(readFileSync(ws).equals(before)).toBe(true);
    expect((await run('merge', ws, RESPONSE, '-o', ws, '--force')).code).toBe(0);
    const merged = parseAssessment(readFileSync(ws, 'utf8'));
    expect(merged.ok && Object.keys(merged.value.responses)).toContain('chen-wei-nso');
  });

  it('report a.json -o a.json is refused (also through another path to the same file)', async () => {
    const a = file('a.capamap.json', readFileSync(EXAMPLE));
    const other = join(dir, '.', 'a.capamap.json');
    expect((await run('report', a, '-o', other)).lines).toEqual([`${other}: is also an input of this command (${a}); choose another output file, or add --force to replace it`]);
    expect(readFileSync(a).equals(readFileSync(EXAMPLE))).toBe(true);
    const baseline = file('b.capamap.json', readFileSync(EXAMPLE));
    expect((await run('report', a, '--baseline', baseline, '-o', baseline)).code).toBe(1);
  });

  it('-o onto a symbolic link is refused; with --force the file it points to is written and the link stays a link', async () => {
    const target = file('target.json', 'old');
    const link = join(dir, 'link.json');
    symlinkSync(target, link);
    expect(await run('export', EXAMPLE, '--json', '-o', link)).toEqual({ code: 1, lines: [`${link}: is a symbolic link; CapaMap does not write through links (add --force to replace the file it points to)`] });
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect((await run('export', EXAMPLE, '--json', '-o', link, '--force')).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe(readFileSync(EXAMPLE, 'utf8'));
  });

  it('a new output file is private to its owner (0600)', async () => {
    const out = join(dir, 'private.capamap.json');
    await run('demo', '-o', out);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });
});

describe('inputs are read the same way by every command', () => {
  it('a FIFO is refused at once instead of hanging, and so is a device', async () => {
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    for (const input of [fifo, '/dev/zero']) {
      for (const argv of readers(input)) {
        const result = await run(...argv);
        expect(result.code, argv.join(' ')).toBe(1);
        expect(result.lines, argv.join(' ')).toEqual([`${input}: cannot be read (not a regular file: a pipe, socket or device)`]);
      }
    }
  });

  it('validate and the other commands agree on size: an 8.2 MB assessment is read by all, one over the cap refused by all in the same words', async () => {
    const text = serializeAssessment(example());
    const padded = file('big.capamap.json', text.replace(/\n$/, `${' '.repeat(8.2 * 1024 * 1024 - text.length)}\n`));
    for (const argv of readers(padded)) expect((await run(...argv)).code, argv[0]).toBe(0);
    const huge = file('huge.capamap.json', Buffer.alloc(MAX_INPUT_BYTES + 1, 0x20));
    for (const argv of readers(huge)) {
      expect((await run(...argv)).lines, argv[0]).toEqual([`${huge}: the file is too large (${Math.round((MAX_INPUT_BYTES + 1) / 1024)} KB; the limit is ${Math.round(MAX_INPUT_BYTES / 1024)} KB)`]);
    }
  });

  it('invalid UTF-8 is refused by every command with the byte and line, never turned into U+FFFD', async () => {
    const text = Buffer.from(readFileSync(EXAMPLE, 'utf8').replace('Ministry of Digital Economy', 'Ministry of Digital \u00e9conomy'));
    const at = text.indexOf(0xc3);
    text[at + 1] = 0x28; // a lead byte without its continuation
    const bad = file('latin.capamap.json', text);
    const line = text.subarray(0, at).toString('latin1').split('\n').length;
    for (const argv of readers(bad)) {
      const result = await run(...argv);
      expect(result.code).toBe(1);
      expect(result.lines.at(-1)).toContain(`not valid UTF-8 text: byte ${at + 1} (line ${line})`);
    }
  });

  it('duplicate keys are refused by every command, naming the key, where and the line', async () => {
    const text = readFileSync(EXAMPLE, 'utf8').replace('"institution":', '"institution": "Decoy",\n  "institution":');
    const dup = file('dup.capamap.json', text);
    for (const argv of readers(dup)) {
      const result = await run(...argv);
      expect(result.code).toBe(1);
      expect(result.lines.at(-1)).toMatch(/the key "institution" appears twice in the same place \(line \d+\)/);
    }
  });

  it('an encrypted file is named as such by every command, the response side of merge included', async () => {
    const secret = file('secret.capamap.json', await encryptText(readFileSync(EXAMPLE, 'utf8'), 'correct horse battery', globalThis.crypto, { iterations: 600_000 }));
    for (const argv of readers(secret)) expect((await run(...argv)).lines).toEqual([`${secret}: ${argv[0] === 'validate' ? '$: ' : ''}the file is encrypted with a passphrase; open it in CapaMap to read it`]);
    expect((await run('merge', EXAMPLE, secret, '-o', join(dir, 'x.json'))).lines).toEqual([`${secret}: the file is encrypted with a passphrase; open it in CapaMap to read it`]);
  });

  it('an assessment made with a questionnaire version this build lacks: newer is refused naming both, older is read with a warning naming both', async () => {
    const newer = file('newer.capamap.json', serializeAssessment({ ...example(), questionnaire: { id: 'capamap-core', version: '9999.0.0' } }));
    for (const argv of readers(newer)) {
      const result = await run(...argv);
      expect(result.code).toBe(1);
      // validate quotes the id typographically, the other commands plainly.
      expect(result.lines.at(-1)).toMatch(/made with version 9999\.0\.0 of questionnaire .capamap-core., but this CapaMap has only version (\S+);/);
      expect(/only version (\S+);/.exec(result.lines.at(-1)!)?.[1]).toBe(INSTALLED);
    }
    const older = file('older.capamap.json', serializeAssessment({ ...example(), questionnaire: { id: 'capamap-core', version: '0.9.0' } }));
    const roadmap = await run('roadmap', older, '--json');
    expect(roadmap.code).toBe(0);
    // An older version is migrated: the first line names both versions and says the answers were carried over.
    expect(roadmap.lines[0]!.startsWith(`${older}: `)).toBe(true);
    for (const version of ['0.9.0', INSTALLED]) expect(roadmap.lines[0]).toContain(version);
    expect(roadmap.lines[0]).toContain('carried over');
    expect((await run('validate', older)).lines.join('\n')).toContain('0.9.0');
  });
});

describe('nothing from a file reaches the terminal raw', () => {
  it('escape codes, line breaks and bidi overrides in names, ids and versions are printed escaped, one line each', async () => {
    const evil = 'Eve\u001b[2J\u001b]0;owned\u0007\r\nFAKE: ok\u202egnp.exe';
    const response = JSON.parse(readFileSync(RESPONSE, 'utf8')) as { respondent: { name: string; agency: string }; assessmentId?: string };
    response.respondent.name = evil;
    response.respondent.agency = evil;
    const hostile = file('evil.capamap-response.json', serializeResponse(response as never));
    const assessment = file('evil.capamap.json', serializeAssessment({ ...example(), meta: { ...example().meta, institution: evil } }));
    const outputs = [
      await run('validate', assessment),
      await run('merge', EXAMPLE, hostile, '-o', join(dir, 'evil-merged.json')),
      await run('export', join(dir, 'evil-merged.json'), '--json', '--respondent', 'chen-wei-nso', '-o', join(dir, 'evil-one.json')),
      await run('roadmap', assessment, '--json'),
    ];
    for (const { lines } of outputs) for (const line of lines) expect(hasUnsafeChars(line), line).toBe(false);
    expect(outputs[2]!.lines[0]).toContain('Eve\\u001b[2J');
    // JSON output stays JSON with the same data.
    expect(() => JSON.parse(outputs[3]!.lines.at(-1)!) as unknown).not.toThrow();
  });
});
