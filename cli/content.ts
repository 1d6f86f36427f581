import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContent, type Content } from '../core/model/content';
import { parseAssessment } from '../core/model/assessment-file';
import { isEncryptedEnvelope } from '../core/model/crypto';
import { describeProblems } from '../core/model/schema/parse';
import type { Assessment } from '../core/model/schema/assessment';
import { checkAssessment } from '../core/model/validate';

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

export function readInput(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`${path}: cannot be read (${code === 'ENOENT' ? 'no such file' : code ?? 'unknown error'})`);
  }
}

/** Writes an output file; a failure is one CliError line naming the path (the twin of readInput). */
export function writeOutput(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (error) {
    throw new CliError(`${path}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Reads an assessment file and finds its questionnaire; any problem is one CliError line. */
export function loadAssessmentWithContent(path: string): { assessment: Assessment; content: Content } {
  const text = readInput(path);
  if (isEncryptedEnvelope(text)) throw new CliError(`${path}: ${ENCRYPTED_MESSAGE}`);
  const parsed = parseAssessment(text);
  if (!parsed.ok) throw new CliError(describeProblems(path, parsed.problems));
  const content = loadBundled().get(parsed.value.questionnaire.id);
  if (!content) throw new CliError(`${path}: questionnaire "${parsed.value.questionnaire.id}" is not installed`);
  const problems = checkAssessment(parsed.value, content.questionnaire);
  if (problems.length > 0) throw new CliError(describeProblems(path, problems));
  return { assessment: parsed.value, content };
}
