import { ActionLibrarySchema, ACTION_LIBRARY_FORMAT, LEAD_BODY_OF_V1, MONTHS_OF_V1_COST, type ActionLibrary } from './schema/actions';
import { migrate, type Migration } from './schema/migrate';
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

/**
 * Action library format 1 → 2. Lead actors become lead bodies ("ministry" →
 * ministry of ICT/digital, "regulator" → sector regulator, …); the pilot flag
 * becomes the step (pilot, or build); an action addresses the items its
 * triggers read; its duration follows its cost band (low 6 months, medium 12,
 * high 24, very high 36). A format-1 library knew no scale-up gates, find-out
 * steps or variants, so it gets none. Anything unexpected is left for the
 * schema to refuse with a located message.
 */
const LIBRARY_FROM_1: Migration = {
  from: 1,
  up(doc) {
    return Array.isArray(doc.actions) ? { ...doc, actions: doc.actions.map(actionFromV1) } : doc;
  },
};

/** Steps that lift an older action library to the current format. */
export const ACTION_LIBRARY_MIGRATIONS: readonly Migration[] = [LIBRARY_FROM_1];

function actionFromV1(action: unknown): unknown {
  if (action === null || typeof action !== 'object' || Array.isArray(action)) return action;
  const { pilot, ...rest } = action as Record<string, unknown>;
  const body = (actor: unknown) => (typeof actor === 'string' && Object.hasOwn(LEAD_BODY_OF_V1, actor) ? LEAD_BODY_OF_V1[actor as keyof typeof LEAD_BODY_OF_V1] : actor);
  const items = Array.isArray(rest.triggers) ? rest.triggers.map((t: unknown) => (t !== null && typeof t === 'object' ? (t as { item?: unknown }).item : undefined)) : [];
  return {
    ...rest,
    lead: body(rest.lead),
    partners: Array.isArray(rest.partners) ? rest.partners.map(body) : rest.partners,
    step: pilot === true ? 'pilot' : 'build',
    addresses: [...new Set(items.filter((i): i is string => typeof i === 'string'))],
    months: typeof rest.cost === 'string' && Object.hasOwn(MONTHS_OF_V1_COST, rest.cost) ? MONTHS_OF_V1_COST[rest.cost as keyof typeof MONTHS_OF_V1_COST] : 12,
  };
}

/** Reads and validates an action library, then checks it against its questionnaire. */
export function parseActionLibrary(text: string, questionnaire: Questionnaire): Parsed<ActionLibrary> {
  const json = parseJsonText(text, MAX_CONTENT_BYTES);
  if (!json.ok) return json;
  const current = migrate(json.value, ACTION_LIBRARY_FORMAT, ACTION_LIBRARY_MIGRATIONS, 'actions');
  if (!current.ok) return current;
  const parsed = parseWith(ActionLibrarySchema, current.value);
  if (!parsed.ok) return parsed;
  return orProblems(parsed.value, checkActionLibrary(parsed.value, questionnaire));
}

export function parseContent(questionnaireText: string, actionsText: string): Parsed<Content> {
  const questionnaire = parseQuestionnaire(questionnaireText);
  if (!questionnaire.ok) return questionnaire;
  const library = parseActionLibrary(actionsText, questionnaire.value);
  if (!library.ok) return { ok: false, problems: library.problems.map((p) => ({ ...p, document: 'actions' as const })) };
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
