import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../electron/main/file-store';
import { MAX_CONTENT_BYTES } from '../core/model/content';
import { MAX_ENVELOPE_BYTES } from '../core/model/crypto';
import { compareVersions } from '../core/model/questionnaire';
import { MAX_ASSESSMENT_BYTES } from '../core/model/schema/assessment';
import { decodeFileBytes } from '../core/model/text-file';
import type { Output } from './commands/types';
import { parseContent, type Content } from '../core/model/content';
import { parseAssessment } from '../core/model/assessment-file';
import { isEncryptedEnvelope } from '../core/model/crypto';
import { explainProblems } from '../core/model/explain';
import type { DocumentKind } from '../core/model/schema/migrate';
import { oneLine, type Problem } from '../core/model/schema/parse';
import type { Assessment } from '../core/model/schema/assessment';
import { checkAssessment } from '../core/model/validate';
import { migrateAnswers, migrationMessages, type AnswerMigration } from '../core/model/answer-migration';
import { titlesIn, type Voice } from './i18n';
import { cacheFile, stamp, writeKept } from './cli-cache';

export const BUNDLED_DIR = join(__dirname, '..', 'questionnaires');

/** What an expected failure says: one line, and the technical lines `--verbose` prints under it. */
export interface Said {
  line: string;
  details?: readonly string[];
}

/**
 * An expected failure: printed as one line, exit code 1, no stack trace.
 * It holds how to say it, not a sentence: the CLI's voice words it in the
 * reader's language when it is printed.
 */
export class CliError extends Error {
  constructor(readonly say: (voice: Voice) => Said) {
    super('CliError');
  }

  /** A failure worded by one catalog key. */
  static of(key: string, params: Record<string, unknown> = {}): CliError {
    return new CliError(({ t }) => ({ line: t(key, params) }));
  }
}

/** A file refused for its problems: the plain line (file, what happened, what to do), the JSON paths as details. */
export function problemsError(file: string, kind: DocumentKind, problems: readonly Problem[], contents: Iterable<Content> = []): CliError {
  return new CliError(({ t, language }) => {
    const { summary, details } = explainProblems(t, problems, { file, kind, itemTitle: titlesIn(contents, language) });
    return { line: summary, details };
  });
}

/** Every bundled questionnaire folder (questionnaire.json + actions.json), parsed and checked. */
export function loadBundled(dir = BUNDLED_DIR): Map<string, Content> {
  const bundles = new Map<string, Content>();
  for (const folder of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const q = join(dir, folder.name, 'questionnaire.json');
    const a = join(dir, folder.name, 'actions.json');
    if (!existsSync(q) || !existsSync(a)) continue;
    const content = checkedContent(q, a);
    bundles.set(content.questionnaire.id, content);
  }
  return bundles;
}

const KeptContent = z.object({ key: z.string(), content: z.custom<Content>((value) => typeof value === 'object' && value !== null) });

/**
 * A bundled folder's content, parsed and checked, or as kept in the CLI's
 * cache folder (cli-cache.ts) after an earlier run checked the very same
 * files with the very same code (the key: both texts' hash and the running
 * file's stamp). Checking took a tenth of a `report` command; reading the
 * kept result back is JSON.parse alone.
 */
function checkedContent(questionnaireFile: string, actionsFile: string): Content {
  const [questionnaire, actions] = [readFileSync(questionnaireFile, 'utf8'), readFileSync(actionsFile, 'utf8')];
  const file = cacheFile('content', `${createHash('sha256').update(questionnaireFile).digest('hex').slice(0, 16)}.json`);
  const key = file ? `${createHash('sha256').update(questionnaire).update('\0').update(actions).digest('hex')} ${stamp(__filename)}` : '';
  if (file) {
    try {
      const kept = KeptContent.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (kept.success && kept.data.key === key) return kept.data.content;
    } catch {
      // Nothing kept yet, or not readable: check the files.
    }
  }
  const parsed = parseContent(questionnaire, actions);
  if (!parsed.ok) throw problemsError(questionnaireFile, 'questionnaire', parsed.problems);
  if (file) writeKept(file, JSON.stringify({ key, content: parsed.value }));
  return parsed.value;
}

/** One size cap for every file any command reads: the largest a CapaMap file may be (an encrypted assessment). */
export const MAX_INPUT_BYTES = Math.max(MAX_ASSESSMENT_BYTES, MAX_ENVELOPE_BYTES, MAX_CONTENT_BYTES);

const kb = (bytes: number) => Math.round(bytes / 1024);
const cannotRead = (path: string, reason: string) => new CliError(({ t }) => ({ line: t('cli:errors.cannotRead', { path, reason: reason.startsWith('cli:') ? t(reason) : reason }) }));

/**
 * Reads an input file the same way for every command: only a regular file
 * (a FIFO would block the CLI forever, a device never end), at most
 * MAX_INPUT_BYTES, and only well-formed UTF-8 (`kind` words the advice).
 */
export function readInput(path: string, kind: DocumentKind = 'assessment'): string {
  let fd: number;
  try {
    // Non-blocking, so opening a FIFO returns at once and fstat can refuse it.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw cannotRead(path, code === 'ENOENT' ? 'cli:errors.noSuchFile' : code === 'EISDIR' ? 'cli:errors.isFolder' : (code ?? 'EIO'));
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw cannotRead(path, info.isDirectory() ? 'cli:errors.isFolder' : 'cli:errors.notRegular');
    if (info.size > MAX_INPUT_BYTES) throw CliError.of('cli:errors.tooLarge', { path, size: kb(info.size), limit: kb(MAX_INPUT_BYTES) });
    // Never more than the cap + 1 bytes, even if the file grows while it is read.
    const buffer = Buffer.allocUnsafe(Math.min(info.size, MAX_INPUT_BYTES) + 1);
    let total = 0;
    for (let n; total < buffer.length && (n = readSync(fd, buffer, total, buffer.length - total, null)) > 0;) total += n;
    if (total > MAX_INPUT_BYTES) throw CliError.of('cli:errors.tooLarge', { path, size: kb(total), limit: kb(MAX_INPUT_BYTES) });
    const text = decodeFileBytes(buffer.subarray(0, total));
    if (!text.ok) throw problemsError(path, kind, text.problems);
    return text.value;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw cannotRead(path, (error as NodeJS.ErrnoException).code ?? 'EIO');
  } finally {
    closeSync(fd);
  }
}

export interface WriteOptions {
  /** The files this command read: the output may not be one of them. */
  inputs?: readonly string[];
  /** Replace an input, or write through a symbolic link to the file it points to. */
  force?: boolean;
}

/**
 * Writes an output file atomically (the desktop file store's writer: temp
 * file, fsync, rename), so a full disk or a crash leaves the old file byte
 * for byte. Refuses, unless forced, to replace one of the command's inputs
 * or to write through a symbolic link; a failure is one line naming the path.
 */
export async function writeOutput(path: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  checkOutput(path, options);
  try {
    await writeFileAtomic(path, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new CliError(({ t }) => ({ line: t('cli:errors.cannotWrite', { path, reason: code === 'ENOSPC' ? t('cli:errors.diskFull') : code }) }));
  }
}

/** The refusals of writeOutput, checked up front too so a command fails before doing its work. */
export function checkOutput(path: string, options: WriteOptions = {}): void {
  const existing = lstatIf(path);
  if (existing?.isSymbolicLink() && !options.force) throw CliError.of('cli:errors.outputIsLink', { path });
  const target = existing?.isSymbolicLink() ? statIf(path) : existing;
  if (target && !target.isFile()) throw new CliError(({ t }) => ({ line: t('cli:errors.cannotWrite', { path, reason: t(target.isDirectory() ? 'cli:errors.isFolder' : 'cli:errors.notRegular') }) }));
  if (target && !options.force) {
    const input = options.inputs?.find((file) => sameFile(statIf(file), target));
    if (input !== undefined) throw CliError.of('cli:errors.outputIsInput', { path, input });
  }
}

const lstatIf = (path: string) => lstatSync(path, { throwIfNoEntry: false });
const statIf = (path: string) => statSync(path, { throwIfNoEntry: false });
const sameFile = (a: ReturnType<typeof statIf>, b: NonNullable<ReturnType<typeof statIf>>) => a !== undefined && a.dev === b.dev && a.ino === b.ino;

/** What to say about an assessment made with another version of its questionnaire; null for the same version. */
export function versionNote(path: string, version: string, content: Content): { refuse: boolean; key: string; params: Record<string, string> } | null {
  const installed = content.questionnaire.version;
  if (version === installed) return null;
  const params = { path, version: oneLine(version, 40), questionnaire: content.questionnaire.id, installed };
  return compareVersions(version, installed) > 0 ? { refuse: true, key: 'cli:errors.newerVersion', params } : { refuse: false, key: 'cli:errors.olderVersion', params };
}

/**
 * Reads an assessment file and finds its questionnaire; any problem is one
 * CliError line. A file made with a newer questionnaire version than the one
 * installed is refused; an older one is read with a warning naming both.
 */
export function loadAssessmentWithContent(path: string, context?: { out: Output; t: Voice['t']; language?: string }): { assessment: Assessment; content: Content } {
  const text = readInput(path);
  if (isEncryptedEnvelope(text)) throw problemsError(path, 'assessment', [{ path: '$', code: 'crypto.needsApp', params: {} }]);
  const bundled = loadBundled();
  const parsed = parseAssessment(text);
  if (!parsed.ok) throw problemsError(path, 'assessment', parsed.problems, [...bundled.values()]);
  const content = bundled.get(parsed.value.questionnaire.id);
  if (!content) throw problemsError(path, 'assessment', [{ path: '$.questionnaire.id', code: 'assessment.notInstalled', params: { questionnaire: parsed.value.questionnaire.id } }]);
  const note = versionNote(path, parsed.value.questionnaire.version, content);
  if (note?.refuse) throw CliError.of(note.key, note.params);
  const { assessment, migration } = migrateAnswers(parsed.value, content.questionnaire);
  const problems = checkAssessment(assessment, content.questionnaire);
  if (problems.length > 0) throw problemsError(path, 'assessment', problems, [content]);
  if (context && migration) printMigration(path, migration, content, context);
  else if (note && context) context.out.error(context.t(note.key, note.params));
  return { assessment, content };
}

/** An assessment and, when a file is named, the baseline to compare it with: it must answer the same questionnaire. */
export function loadAssessmentWithBaseline(
  path: string,
  baselinePath: string | undefined,
  context: { out: Output; t: Voice['t']; language?: string },
): { assessment: Assessment; content: Content; baseline: Assessment | undefined } {
  const { assessment, content } = loadAssessmentWithContent(path, context);
  if (baselinePath === undefined) return { assessment, content, baseline: undefined };
  const baseline = loadAssessmentWithContent(baselinePath, context);
  if (baseline.content.questionnaire.id !== content.questionnaire.id)
    throw CliError.of('cli:report.otherBaseline', { file: baselinePath, questionnaire: baseline.content.questionnaire.id, expected: content.questionnaire.id });
  return { assessment, content, baseline: baseline.assessment };
}

/** What carrying the answers over to the installed version changed, on stderr: one line each, in the CLI's language. */
export function printMigration(path: string, migration: AnswerMigration, content: Content, context: { out: Output; t: Voice['t']; language?: string }): void {
  for (const m of migrationMessages(migration, content.questionnaire, context.language ?? 'en')) context.out.error(`${path}: ${context.t(`messages:${m.code}`, m.params)}`);
}
