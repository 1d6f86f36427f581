import type { Phase } from '../model/schema/actions';
import { ActionEditSchema, CustomActionSchema, MAX_CUSTOM_ACTIONS, type ActionEdit, type Assessment, type CustomAction } from '../model/schema/assessment';
import { IdSchema } from '../model/schema/text';

/*
 * The user's decisions on the generated roadmap, as pure functions from one
 * assessment to the next. They only write `assessment.roadmap` (buildRoadmap
 * reads it on every analysis, so the decisions survive answer changes). Each
 * returns the assessment unchanged when the change would not be valid in a
 * file (unknown custom action, bad date, text too long), so a caller can
 * never write an assessment that fails to open again.
 *
 * A library action's decisions live in `roadmap.edits[actionId]`; an action
 * the user added lives whole in `roadmap.custom`. Functions that apply to both
 * (move, owner, start, texts) find which one the id names.
 */

type WithRoadmap = Pick<Assessment, 'roadmap'>;

/** What the user gives when adding an action; the id is chosen here. */
export type CustomActionDraft = Omit<CustomAction, 'id' | 'description' | 'owner'> & Partial<Pick<CustomAction, 'description' | 'owner'>>;

/** Texts to change; an empty text on a library action means "the library's text again". */
export interface ActionTexts {
  title?: string;
  description?: string;
}

export const isCustomAction = (assessment: WithRoadmap, id: string): boolean => assessment.roadmap.custom.some((c) => c.id === id);

/** The user's edit of a library action (an empty object when none). */
export const editOf = (assessment: WithRoadmap, id: string): ActionEdit => (Object.hasOwn(assessment.roadmap.edits, id) ? assessment.roadmap.edits[id]! : {});

/** Keep the action in the roadmap even if the answers stop calling for it. */
export function acceptAction<A extends WithRoadmap>(assessment: A, id: string): A {
  return isCustomAction(assessment, id) ? assessment : changeEdit(assessment, id, (e) => ({ ...e, status: 'accepted' }));
}

/** Withdraw an acceptance: the answers alone decide again whether it is called for. */
export function unacceptAction<A extends WithRoadmap>(assessment: A, id: string): A {
  if (editOf(assessment, id).status !== 'accepted') return assessment;
  return changeEdit(assessment, id, (e) => ({ ...e, status: undefined }));
}

/** Take a library action out of the roadmap; its other edits are kept for a restore. */
export function dropAction<A extends WithRoadmap>(assessment: A, id: string): A {
  return isCustomAction(assessment, id) ? assessment : changeEdit(assessment, id, (e) => ({ ...e, status: 'dropped' }));
}

/** Undo a drop: the action comes back with the edits it had. */
export function restoreAction<A extends WithRoadmap>(assessment: A, id: string): A {
  if (editOf(assessment, id).status !== 'dropped') return assessment;
  return changeEdit(assessment, id, (e) => ({ ...e, status: undefined }));
}

/** Forget every decision on a library action: it is the library's suggestion again. */
export function resetAction<A extends WithRoadmap>(assessment: A, id: string): A {
  if (!Object.hasOwn(assessment.roadmap.edits, id)) return assessment;
  const { [id]: _removed, ...edits } = assessment.roadmap.edits;
  return { ...assessment, roadmap: { ...assessment.roadmap, edits } };
}

export function moveAction<A extends WithRoadmap>(assessment: A, id: string, phase: Phase): A {
  return isCustomAction(assessment, id) ? updateCustomAction(assessment, id, { phase }) : changeEdit(assessment, id, (e) => ({ ...e, phase }));
}

/** The person or unit answerable for the action; empty clears it. */
export function setOwner<A extends WithRoadmap>(assessment: A, id: string, owner: string): A {
  const trimmed = owner.trim();
  return isCustomAction(assessment, id) ? updateCustomAction(assessment, id, { owner: trimmed }) : changeEdit(assessment, id, (e) => ({ ...e, owner: trimmed }));
}

/** The planned start (ISO date, "2026-09-01"); empty clears it. */
export function setStart<A extends WithRoadmap>(assessment: A, id: string, start: string): A {
  const value = start.trim() || undefined;
  return isCustomAction(assessment, id) ? updateCustomAction(assessment, id, { start: value }) : changeEdit(assessment, id, (e) => ({ ...e, start: value }));
}

/** Marks the action funded (a budget line or a donor's commitment), or not: unfunded is the default and leaves no trace. */
export function setFunded<A extends WithRoadmap>(assessment: A, id: string, funded: boolean): A {
  const value = funded || undefined;
  return isCustomAction(assessment, id) ? updateCustomAction(assessment, id, { funded }) : changeEdit(assessment, id, (e) => ({ ...e, funded: value }));
}

/**
 * Rewords an action. On a library action an empty text returns to the
 * library's own (translated) text; an action the user added keeps a title.
 */
export function setTexts<A extends WithRoadmap>(assessment: A, id: string, texts: ActionTexts): A {
  const title = texts.title?.trim();
  const description = texts.description?.trim();
  if (isCustomAction(assessment, id)) {
    return updateCustomAction(assessment, id, { ...(title ? { title } : {}), ...(description !== undefined ? { description } : {}) });
  }
  return changeEdit(assessment, id, (e) => ({ ...e, ...(title !== undefined ? { title } : {}), ...(description !== undefined ? { description } : {}) }));
}

/** The id the next custom action gets: "custom-N", one above the highest N in use. */
export function nextCustomId(assessment: WithRoadmap): string {
  const numbers = assessment.roadmap.custom.map((c) => /^custom-(\d+)$/.exec(c.id)?.[1]).filter((n): n is string => n !== undefined);
  return `custom-${Math.max(0, ...numbers.map(Number)) + 1}`;
}

/** Adds an action of the user's own, with the id nextCustomId gives. */
export function addCustomAction<A extends WithRoadmap>(assessment: A, draft: CustomActionDraft): A {
  if (assessment.roadmap.custom.length >= MAX_CUSTOM_ACTIONS) return assessment;
  const parsed = CustomActionSchema.safeParse(tidyCustom({ description: '', owner: '', ...draft, id: nextCustomId(assessment) }));
  if (!parsed.success) return assessment;
  return { ...assessment, roadmap: { ...assessment.roadmap, custom: [...assessment.roadmap.custom, parsed.data] } };
}

export function updateCustomAction<A extends WithRoadmap>(assessment: A, id: string, patch: Partial<Omit<CustomAction, 'id'>>): A {
  const index = assessment.roadmap.custom.findIndex((c) => c.id === id);
  if (index < 0) return assessment;
  const parsed = CustomActionSchema.safeParse(tidyCustom({ ...assessment.roadmap.custom[index]!, ...patch }));
  if (!parsed.success) return assessment;
  const custom = assessment.roadmap.custom.with(index, parsed.data);
  return { ...assessment, roadmap: { ...assessment.roadmap, custom } };
}

export function removeCustomAction<A extends WithRoadmap>(assessment: A, id: string): A {
  if (!isCustomAction(assessment, id)) return assessment;
  return { ...assessment, roadmap: { ...assessment.roadmap, custom: assessment.roadmap.custom.filter((c) => c.id !== id) } };
}

/** Applies a change to a library action's edit; an edit left empty is removed, so the file holds decisions only. */
function changeEdit<A extends WithRoadmap>(assessment: A, id: string, change: (edit: ActionEdit) => ActionEdit): A {
  if (!IdSchema.safeParse(id).success) return assessment;
  const next = Object.fromEntries(Object.entries(change({ ...editOf(assessment, id) })).filter(([, v]) => v !== undefined && v !== '')) as ActionEdit;
  if (!ActionEditSchema.safeParse(next).success) return assessment;
  if (Object.keys(next).length === 0) return resetAction(assessment, id);
  return { ...assessment, roadmap: { ...assessment.roadmap, edits: { ...assessment.roadmap.edits, [id]: next } } };
}

/** Trimmed texts, and no `start` or `funded` key when there is no start date or it is not funded (the file format leaves them out). */
function tidyCustom<T extends Partial<CustomAction>>(action: T): T {
  const { start, funded, ...rest } = action;
  return {
    ...rest,
    ...(rest.title !== undefined ? { title: rest.title.trim() } : {}),
    ...(rest.description !== undefined ? { description: rest.description.trim() } : {}),
    ...(rest.owner !== undefined ? { owner: rest.owner.trim() } : {}),
    ...(start ? { start } : {}),
    ...(funded ? { funded } : {}),
  } as T;
}
