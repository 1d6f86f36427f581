import { ActionLibrarySchema, ACTION_LIBRARY_FORMAT, type ActionLibrary } from './schema/actions';
import { migrate } from './schema/migrate';
import { parseJsonText, parseWith, type Parsed, type Problem } from './schema/parse';
import { QuestionnaireSchema, QUESTIONNAIRE_FORMAT, type Questionnaire } from './schema/questionnaire';
import { checkActionLibrary, checkQuestionnaire } from './validate';

/** A questionnaire with the action library that turns its answers into a roadmap. */
export interface Content {
  questionnaire: Questionnaire;
  library: ActionLibrary;
}

export const MAX_CONTENT_BYTES = 8 * 1024 * 1024;

/** Reads, migrates, validates and checks a questionnaire file. */
export function parseQuestionnaire(text: string): Parsed<Questionnaire> {
  const json = parseJsonText(text, MAX_CONTENT_BYTES);
  if (!json.ok) return json;
  const current = migrate(json.value, QUESTIONNAIRE_FORMAT, [], 'questionnaire');
  if (!current.ok) return current;
  const parsed = parseWith(QuestionnaireSchema, current.value);
  if (!parsed.ok) return parsed;
  return orProblems(parsed.value, checkQuestionnaire(parsed.value));
}

/** Reads and validates an action library, then checks it against its questionnaire. */
export function parseActionLibrary(text: string, questionnaire: Questionnaire): Parsed<ActionLibrary> {
  const json = parseJsonText(text, MAX_CONTENT_BYTES);
  if (!json.ok) return json;
  const current = migrate(json.value, ACTION_LIBRARY_FORMAT, [], 'action library');
  if (!current.ok) return current;
  const parsed = parseWith(ActionLibrarySchema, current.value);
  if (!parsed.ok) return parsed;
  return orProblems(parsed.value, checkActionLibrary(parsed.value, questionnaire));
}

export function parseContent(questionnaireText: string, actionsText: string): Parsed<Content> {
  const questionnaire = parseQuestionnaire(questionnaireText);
  if (!questionnaire.ok) return questionnaire;
  const library = parseActionLibrary(actionsText, questionnaire.value);
  if (!library.ok) return { ok: false, problems: library.problems.map((p) => ({ ...p, message: `action library: ${p.message}` })) };
  return { ok: true, value: { questionnaire: questionnaire.value, library: library.value } };
}

function orProblems<T>(value: T, problems: Problem[]): Parsed<T> {
  return problems.length === 0 ? { ok: true, value } : { ok: false, problems };
}

/** What a content file holds, judged by its shape rather than its name. */
export function contentKind(text: string): 'questionnaire' | 'actions' | null {
  const json = parseJsonText(text, MAX_CONTENT_BYTES);
  if (!json.ok || json.value === null || typeof json.value !== 'object' || Array.isArray(json.value)) return null;
  if ('sections' in json.value) return 'questionnaire';
  if ('actions' in json.value) return 'actions';
  return null;
}
