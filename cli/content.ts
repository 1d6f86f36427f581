import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContent, type Content } from '../core/model/content';
import { parseAssessment } from '../core/model/assessment-file';
import { isEncryptedEnvelope } from '../core/model/crypto';
import { explainProblems } from '../core/model/explain';
import type { DocumentKind } from '../core/model/schema/migrate';
import type { Problem } from '../core/model/schema/parse';
import type { Assessment } from '../core/model/schema/assessment';
import { checkAssessment } from '../core/model/validate';
import { titlesIn, type Voice } from './i18n';

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
    const parsed = parseContent(readFileSync(q, 'utf8'), readFileSync(a, 'utf8'));
    if (!parsed.ok) throw problemsError(q, 'questionnaire', parsed.problems);
    bundles.set(parsed.value.questionnaire.id, parsed.value);
  }
  return bundles;
}

export function readInput(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(({ t }) => ({ line: t('cli:errors.cannotRead', { path, reason: code === 'ENOENT' ? t('cli:errors.noSuchFile') : (code ?? 'EIO') }) }));
  }
}

/** Writes an output file; a failure is one CliError line naming the path (the twin of readInput). */
export function writeOutput(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (error) {
    throw CliError.of('cli:errors.cannotWrite', { path, reason: (error as NodeJS.ErrnoException).code ?? 'EIO' });
  }
}

/** Reads an assessment file and finds its questionnaire; any problem is one CliError line. */
export function loadAssessmentWithContent(path: string): { assessment: Assessment; content: Content } {
  const text = readInput(path);
  if (isEncryptedEnvelope(text)) throw problemsError(path, 'assessment', [{ path: '$', code: 'crypto.needsApp', params: {} }]);
  const bundled = loadBundled();
  const parsed = parseAssessment(text);
  if (!parsed.ok) throw problemsError(path, 'assessment', parsed.problems, [...bundled.values()]);
  const content = bundled.get(parsed.value.questionnaire.id);
  if (!content) throw problemsError(path, 'assessment', [{ path: '$.questionnaire.id', code: 'assessment.notInstalled', params: { questionnaire: parsed.value.questionnaire.id } }]);
  const problems = checkAssessment(parsed.value, content.questionnaire);
  if (problems.length > 0) throw problemsError(path, 'assessment', problems, [content]);
  return { assessment: parsed.value, content };
}
