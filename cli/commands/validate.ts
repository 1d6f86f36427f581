import { dirname, join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseAssessment } from '../../core/model/assessment-file';
import { actionLibraryMigrations, parseActionLibrary, parseQuestionnaire, type Content } from '../../core/model/content';
import { ACTION_LIBRARY_FORMAT, ActionLibrarySchema } from '../../core/model/schema/actions';
import { migrate } from '../../core/model/schema/migrate';
import { detailOf } from '../../core/model/explain';
import { oneLine, parseJsonText, parseWith, quote, type Problem } from '../../core/model/schema/parse';
import { checkAssessment } from '../../core/model/validate';
import type { Questionnaire } from '../../core/model/schema/questionnaire';
import { parseCommandArgs } from '../args';
import { CliError, loadBundled, readInput, MAX_INPUT_BYTES, versionNote } from '../content';
import { isEncryptedEnvelope } from '../../core/model/crypto';
import type { Command, CommandContext } from './types';
import { migrateAnswers } from '../../core/model/answer-migration';

const Args = z.object({ positionals: z.array(z.string()).min(1, 'args.validateFiles') });

export const validate: Command = {
  name: 'validate',
  synopsis: 'validate <file…>',
  run(argv, context) {
    const { out, t } = context;
    const { positionals } = parseCommandArgs(argv, Args);
    const bundled = loadBundled();
    let failed = 0;
    for (const file of positionals) {
      let text: string;
      try {
        text = readInput(file);
      } catch (error) {
        // One unreadable file is one problem line; the other files are still checked.
        if (!(error instanceof CliError)) throw error;
        out.log(error.say(context).line);
        failed++;
        continue;
      }
      const { summary, problems } = validateFile(file, text, bundled, context);
      if (problems.length === 0) out.log(t('cli:validate.ok', { file, summary }));
      // An author's tool: every problem with its JSON path, one line each.
      for (const p of problems.slice(0, MAX_PROBLEM_LINES)) out.log(`${file}: ${detailOf(t, p)}`);
      if (problems.length > MAX_PROBLEM_LINES) out.log(t('cli:validate.more', { file, count: problems.length - MAX_PROBLEM_LINES }));
      if (problems.length > 0) failed++;
    }
    return failed === 0 ? 0 : 1;
  },
};

/** A hostile file with thousands of faults still gets a readable answer. */
const MAX_PROBLEM_LINES = 50;

function validateFile(file: string, text: string, bundled: Map<string, Content>, { t }: CommandContext): { summary: string; problems: Problem[] } {
  if (isEncryptedEnvelope(text)) return { summary: '', problems: [{ path: '$', code: 'crypto.needsApp', params: {} }] };
  // Told apart first; then each kind is parsed with its own limit, exactly as the other commands and the app parse it.
  const json = parseJsonText(text, MAX_INPUT_BYTES);
  if (!json.ok) return { summary: '', problems: json.problems };
  const doc = json.value as Record<string, unknown> | null;
  if (doc && typeof doc === 'object' && 'sections' in doc) {
    const q = parseQuestionnaire(text);
    return q.ok ? { summary: t('cli:validate.questionnaire', { id: q.value.id, version: q.value.version, count: itemCount(q.value) }), problems: [] } : { summary: '', problems: q.problems };
  }
  if (doc && typeof doc === 'object' && 'actions' in doc) {
    // Only a string can name a questionnaire; anything else is left for the schema to report.
    const id = typeof doc.questionnaire === 'string' ? doc.questionnaire : '';
    const questionnaire = questionnaireFor(id, file, bundled);
    if (!questionnaire) {
      if (typeof doc.questionnaire !== 'string') return { summary: '', problems: libraryShapeProblems(json.value) };
      return { summary: '', problems: [{ path: '$.questionnaire', code: 'content.questionnaireNotFound', params: { id: quote(id) } }] };
    }
    const library = parseActionLibrary(text, questionnaire);
    return library.ok ? { summary: t('cli:validate.library', { id: library.value.id, version: library.value.version, count: library.value.actions.length }), problems: [] } : { summary: '', problems: library.problems };
  }
  const assessment = parseAssessment(text);
  if (!assessment.ok) return { summary: '', problems: assessment.problems };
  const content = bundled.get(assessment.value.questionnaire.id);
  if (!content) return { summary: '', problems: [{ path: '$.questionnaire.id', code: 'assessment.notInstalled', params: { questionnaire: assessment.value.questionnaire.id } }] };
  const note = versionNote(file, assessment.value.questionnaire.version, content);
  if (note?.refuse) return { summary: '', problems: [{ path: '$.questionnaire.version', code: 'assessment.newerQuestionnaire', params: note.params }] };
  // Answers made with an earlier major version are checked as they are carried over to the installed one.
  const problems = checkAssessment(migrateAnswers(assessment.value, content.questionnaire).assessment, content.questionnaire);
  const summary = t('cli:validate.assessment', { institution: oneLine(assessment.value.meta.institution, 100), count: Object.keys(assessment.value.answers).length });
  return { summary: note ? `${summary}; ${t('cli:validate.otherVersion', note.params)}` : summary, problems };
}

/** Schema problems of an action library that names no questionnaire (its "questionnaire" is not a string). */
function libraryShapeProblems(doc: unknown): Problem[] {
  const current = migrate(doc, ACTION_LIBRARY_FORMAT, actionLibraryMigrations(), 'actions');
  if (!current.ok) return current.problems;
  const parsed = parseWith(ActionLibrarySchema, current.value);
  return parsed.ok ? [{ path: '$.questionnaire', code: 'content.libraryNeedsQuestionnaire', params: {} }] : parsed.problems;
}

/** The questionnaire an action library serves: a sibling questionnaire.json first, then the bundled ones. */
function questionnaireFor(id: string, file: string, bundled: Map<string, Content>): Questionnaire | null {
  const sibling = join(dirname(file), 'questionnaire.json');
  if (existsSync(sibling)) {
    let text = '';
    try {
      text = readFileSync(sibling, 'utf8');
    } catch {
      // an unreadable sibling is no questionnaire; fall back to the bundled ones
    }
    const q = parseQuestionnaire(text);
    if (q.ok && q.value.id === id) return q.value;
  }
  return bundled.get(id)?.questionnaire ?? null;
}

const itemCount = (q: Questionnaire) => q.sections.reduce((n, s) => n + s.items.length, 0);
