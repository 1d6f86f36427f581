import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../electron/main/file-store';
import { MAX_CONTENT_BYTES, parseContent, type Content } from '../core/model/content';
import { parseAssessment } from '../core/model/assessment-file';
import { isEncryptedEnvelope, MAX_ENVELOPE_BYTES } from '../core/model/crypto';
import { compareVersions } from '../core/model/questionnaire';
import { describeProblems } from '../core/model/schema/parse';
import { MAX_ASSESSMENT_BYTES, type Assessment } from '../core/model/schema/assessment';
import { decodeFileBytes } from '../core/model/text-file';
import { checkAssessment } from '../core/model/validate';
import type { Output } from './commands/types';

export const BUNDLED_DIR = join(__dirname, '..', 'questionnaires');

/** Every bundled questionnaire folder (questionnaire.json + actions.json), parsed and checked. */
export function loadBundled(dir = BUNDLED_DIR): Map<string, Content> {
  const bundles = new Map<string, Content>();
  for (const folder of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const q = join(dir, folder.name, 'questionnaire.json');
    const a = join(dir, folder.name, 'actions.json');
    if (!existsSync(q) || !existsSync(a)) continue;
    const parsed = parseContent(readFileSync(q, 'utf8'), readFileSync(a, 'utf8'));
    if (!parsed.ok) throw new CliError(describeProblems(q, parsed.problems));
    bundles.set(parsed.value.questionnaire.id, parsed.value);
  }
  return bundles;
}

export const ENCRYPTED_MESSAGE = 'the file is encrypted with a passphrase; open it in CapaMap to read it';

/** An expected failure: printed as one line, exit code 1, no stack trace. */
export class CliError extends Error {}

/** One size cap for every file any command reads: the largest a CapaMap file may be (an encrypted assessment). */
export const MAX_INPUT_BYTES = Math.max(MAX_ASSESSMENT_BYTES, MAX_ENVELOPE_BYTES, MAX_CONTENT_BYTES);

const kb = (bytes: number) => Math.round(bytes / 1024);

/**
 * Reads an input file the same way for every command: only a regular file
 * (a FIFO would block the CLI forever, a device never end), at most
 * MAX_INPUT_BYTES, and only well-formed UTF-8.
 */
export function readInput(path: string): string {
  let fd: number;
  try {
    // Non-blocking, so opening a FIFO returns at once and fstat can refuse it.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`${path}: cannot be read (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code ?? 'unknown error'})`);
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new CliError(`${path}: cannot be read (${info.isDirectory() ? 'it is a folder' : 'not a regular file: a pipe, socket or device'})`);
    if (info.size > MAX_INPUT_BYTES) throw new CliError(tooLarge(path, info.size));
    // Never more than the cap + 1 bytes, even if the file grows while it is read.
    const buffer = Buffer.allocUnsafe(Math.min(info.size, MAX_INPUT_BYTES) + 1);
    let total = 0;
    for (let n; total < buffer.length && (n = readSync(fd, buffer, total, buffer.length - total, null)) > 0; ) total += n;
    if (total > MAX_INPUT_BYTES) throw new CliError(tooLarge(path, total));
    const text = decodeFileBytes(buffer.subarray(0, total));
    if (!text.ok) throw new CliError(describeProblems(path, text.problems));
    return text.value;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  } finally {
    closeSync(fd);
  }
}

const tooLarge = (path: string, bytes: number) => `${path}: the file is too large (${kb(bytes)} KB; the limit is ${kb(MAX_INPUT_BYTES)} KB)`;

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
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new CliError(`${path}: cannot be written (${code === 'ENOSPC' ? 'ENOSPC: the disk is full; any earlier file is unchanged' : code})`);
  }
}

/** The refusals of writeOutput, checked up front too so a command fails before doing its work. */
export function checkOutput(path: string, options: WriteOptions = {}): void {
  const existing = lstatIf(path);
  if (existing?.isSymbolicLink() && !options.force) throw new CliError(`${path}: is a symbolic link; CapaMap does not write through links (add --force to replace the file it points to)`);
  const target = existing?.isSymbolicLink() ? statIf(path) : existing;
  if (target && !target.isFile()) throw new CliError(`${path}: cannot be written (${target.isDirectory() ? 'it is a folder' : 'not a regular file'})`);
  if (target && !options.force) {
    const input = options.inputs?.find((file) => sameFile(statIf(file), target));
    if (input !== undefined) throw new CliError(`${path}: is also an input of this command (${input}); choose another output file, or add --force to replace it`);
  }
}

const lstatIf = (path: string) => lstatSync(path, { throwIfNoEntry: false });
const statIf = (path: string) => statSync(path, { throwIfNoEntry: false });
const sameFile = (a: ReturnType<typeof statIf>, b: NonNullable<ReturnType<typeof statIf>>) => a !== undefined && a.dev === b.dev && a.ino === b.ino;

/**
 * Reads an assessment file and finds its questionnaire; any problem is one
 * CliError line. A file made with a newer questionnaire version than the one
 * installed is refused; an older one is read with a warning naming both.
 */
export function loadAssessmentWithContent(path: string, out: Output): { assessment: Assessment; content: Content } {
  const text = readInput(path);
  if (isEncryptedEnvelope(text)) throw new CliError(`${path}: ${ENCRYPTED_MESSAGE}`);
  const parsed = parseAssessment(text);
  if (!parsed.ok) throw new CliError(describeProblems(path, parsed.problems));
  const content = loadBundled().get(parsed.value.questionnaire.id);
  if (!content) throw new CliError(`${path}: questionnaire "${parsed.value.questionnaire.id}" is not installed`);
  const note = versionNote(parsed.value.questionnaire.version, content);
  if (note?.refuse) throw new CliError(`${path}: ${note.text}`);
  const problems = checkAssessment(parsed.value, content.questionnaire);
  if (problems.length > 0) throw new CliError(describeProblems(path, problems));
  if (note) out.error(`${path}: ${note.text}`);
  return { assessment: parsed.value, content };
}

/** What to say about an assessment made with another version of its questionnaire; null for the same version. */
export function versionNote(version: string, content: Content): { refuse: boolean; text: string } | null {
  const installed = content.questionnaire.version;
  if (version === installed) return null;
  const id = content.questionnaire.id;
  return compareVersions(version, installed) > 0
    ? { refuse: true, text: `made with version ${version} of questionnaire "${id}", but this CapaMap has only version ${installed}; update CapaMap to read it` }
    : { refuse: false, text: `warning: made with version ${version} of questionnaire "${id}"; read with version ${installed}, the one installed` };
}
