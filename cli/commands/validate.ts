import { dirname, join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseAssessment } from '../../core/model/assessment-file';
import { parseActionLibrary, parseQuestionnaire, MAX_CONTENT_BYTES, type Content } from '../../core/model/content';
import { ACTION_LIBRARY_FORMAT, ActionLibrarySchema } from '../../core/model/schema/actions';
import { migrate } from '../../core/model/schema/migrate';
import { oneLine, parseJsonText, parseWith, type Problem } from '../../core/model/schema/parse';
import { checkAssessment } from '../../core/model/validate';
import type { Questionnaire } from '../../core/model/schema/questionnaire';
import { parseCommandArgs } from '../args';
import { CliError, ENCRYPTED_MESSAGE, loadBundled, readInput } from '../content';
import { isEncryptedEnvelope } from '../../core/model/crypto';
import type { Command } from './types';

const Args = z.object({ positionals: z.array(z.string()).min(1, 'name at least one file to validate') });

export const validate: Command = {
  name: 'validate',
  usage: 'validate <file…>   check questionnaire, action-library and assessment files',
  run(argv, out) {
    const { positionals } = parseCommandArgs(argv, {}, Args);
    const bundled = loadBundled();
    let failed = 0;
    for (const file of positionals) {
      let text: string;
      try {
        text = readInput(file);
      } catch (error) {
        // One unreadable file is one problem line; the other files are still checked.
        if (!(error instanceof CliError)) throw error;
        out.log(error.message);
        failed++;
        continue;
      }
      const { summary, problems } = validateFile(file, text, bundled);
      if (problems.length === 0) out.log(`${file}: ok (${summary})`);
      for (const p of problems.slice(0, MAX_PROBLEM_LINES)) out.log(`${file}: ${p.path}: ${p.message}`);
      if (problems.length > MAX_PROBLEM_LINES) out.log(`${file}: (and ${problems.length - MAX_PROBLEM_LINES} more problems)`);
      if (problems.length > 0) failed++;
    }
    return failed === 0 ? 0 : 1;
  },
};

/** A hostile file with thousands of faults still gets a readable answer. */
const MAX_PROBLEM_LINES = 50;

function validateFile(file: string, text: string, bundled: Map<string, Content>): { summary: string; problems: Problem[] } {
  if (isEncryptedEnvelope(text)) return { summary: '', problems: [{ path: '$', message: ENCRYPTED_MESSAGE }] };
  const json = parseJsonText(text, MAX_CONTENT_BYTES);
  if (!json.ok) return { summary: '', problems: json.problems };
  const doc = json.value as Record<string, unknown> | null;
  if (doc && typeof doc === 'object' && 'sections' in doc) {
    const q = parseQuestionnaire(text);
    return q.ok ? { summary: `questionnaire ${q.value.id} ${q.value.version}, ${itemCount(q.value)} items`, problems: [] } : { summary: '', problems: q.problems };
  }
  if (doc && typeof doc === 'object' && 'actions' in doc) {
    // Only a string can name a questionnaire; anything else is left for the schema to report.
    const id = typeof doc.questionnaire === 'string' ? doc.questionnaire : '';
    const questionnaire = questionnaireFor(id, file, bundled);
    if (!questionnaire) {
      if (typeof doc.questionnaire !== 'string') return { summary: '', problems: libraryShapeProblems(json.value) };
      return { summary: '', problems: [{ path: '$.questionnaire', message: `questionnaire ${JSON.stringify(oneLine(id, 100))} was not found beside the file or among the bundled ones` }] };
    }
    const library = parseActionLibrary(text, questionnaire);
    return library.ok ? { summary: `action library ${library.value.id} ${library.value.version}, ${library.value.actions.length} actions`, problems: [] } : { summary: '', problems: library.problems };
  }
  const assessment = parseAssessment(text);
  if (!assessment.ok) return { summary: '', problems: assessment.problems };
  const content = bundled.get(assessment.value.questionnaire.id);
  if (!content) return { summary: '', problems: [{ path: '$.questionnaire.id', message: `questionnaire "${assessment.value.questionnaire.id}" is not installed` }] };
  const problems = checkAssessment(assessment.value, content.questionnaire);
  return { summary: `assessment of ${oneLine(assessment.value.meta.institution, 100)}, ${Object.keys(assessment.value.answers).length} answers`, problems };
}

/** Schema problems of an action library that names no questionnaire (its "questionnaire" is not a string). */
function libraryShapeProblems(doc: unknown): Problem[] {
  const current = migrate(doc, ACTION_LIBRARY_FORMAT, [], 'action library');
  if (!current.ok) return current.problems;
  const parsed = parseWith(ActionLibrarySchema, current.value);
  return parsed.ok ? [{ path: '$.questionnaire', message: 'the library must name its questionnaire by id' }] : parsed.problems;
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
