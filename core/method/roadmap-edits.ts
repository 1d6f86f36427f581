import type { ActionEdit, CustomAction, RoadmapEdits } from '../model/schema/assessment';
import type { LeadBody, Phase } from '../model/schema/actions';
import type { Area } from '../model/schema/questionnaire';

/*
 * The user's decisions on the roadmap, as small pure functions over the
 * edits stored with the assessment: each returns new edits and leaves its
 * input alone, so the app can keep the old value for undo. A library action's
 * decisions live in `edits` under its id; a custom action is its own record.
 * buildRoadmap applies them on every regeneration (docs/methodology.md §7.4).
 */

const isCustom = (id: string) => id.startsWith('custom-');

/** Sets fields of a library action's edit; a field set to undefined is removed, and an empty edit disappears. */
function patchEdit(roadmap: RoadmapEdits, id: string, patch: Partial<Record<keyof ActionEdit, ActionEdit[keyof ActionEdit] | undefined>>): RoadmapEdits {
  const next: Record<string, unknown> = { ...(Object.hasOwn(roadmap.edits, id) ? roadmap.edits[id] : {}), ...patch };
  for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
  const edits = { ...roadmap.edits };
  if (Object.keys(next).length === 0) delete edits[id];
  else edits[id] = next as ActionEdit;
  return { ...roadmap, edits };
}

function patchCustom(roadmap: RoadmapEdits, id: string, patch: Partial<CustomAction>): RoadmapEdits {
  return { ...roadmap, custom: roadmap.custom.map((a) => (a.id === id ? dropUndefined({ ...a, ...patch }) : a)) };
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Keeps the action whatever the answers say later (it stays, flagged, if its trigger disappears). */
export function acceptAction(roadmap: RoadmapEdits, id: string): RoadmapEdits {
  return isCustom(id) ? roadmap : patchEdit(roadmap, id, { status: 'accepted' });
}

/** Sets the action aside: a dropped library action can be restored; a custom one is removed. */
export function dropAction(roadmap: RoadmapEdits, id: string): RoadmapEdits {
  return isCustom(id) ? removeCustomAction(roadmap, id) : patchEdit(roadmap, id, { status: 'dropped' });
}

/** Brings a dropped action back, with its other edits. */
export function restoreAction(roadmap: RoadmapEdits, id: string): RoadmapEdits {
  return Object.hasOwn(roadmap.edits, id) && roadmap.edits[id]!.status === 'dropped' ? patchEdit(roadmap, id, { status: undefined }) : roadmap;
}

/** Asks for another phase; the roadmap still never puts it before a prerequisite. */
export function moveAction(roadmap: RoadmapEdits, id: string, phase: Phase): RoadmapEdits {
  return isCustom(id) ? patchCustom(roadmap, id, { phase }) : patchEdit(roadmap, id, { phase });
}

/** Names who in the institution answers for the action; blank clears it. */
export function setOwner(roadmap: RoadmapEdits, id: string, owner: string): RoadmapEdits {
  const value = owner.trim();
  return isCustom(id) ? patchCustom(roadmap, id, { owner: value }) : patchEdit(roadmap, id, { owner: value || undefined });
}

/** Sets the start date (an ISO date), or clears it with null: the action starts no earlier than that quarter. */
export function setStart(roadmap: RoadmapEdits, id: string, start: string | null): RoadmapEdits {
  return isCustom(id) ? patchCustom(roadmap, id, { start: start ?? undefined }) : patchEdit(roadmap, id, { start: start ?? undefined });
}

/** Sets the due date (an ISO date), or clears it with null. */
export function setDue(roadmap: RoadmapEdits, id: string, due: string | null): RoadmapEdits {
  return isCustom(id) ? patchCustom(roadmap, id, { due: due ?? undefined }) : patchEdit(roadmap, id, { due: due ?? undefined });
}

/** Rewords the title or the description; blank text goes back to the library's wording. */
export function editText(roadmap: RoadmapEdits, id: string, text: { title?: string; description?: string }): RoadmapEdits {
  const title = text.title?.trim();
  const description = text.description?.trim();
  if (isCustom(id)) return patchCustom(roadmap, id, { ...(title ? { title: title.slice(0, MAX_TITLE) } : {}), ...(text.description === undefined ? {} : { description: (description ?? '').slice(0, MAX_DESCRIPTION) }) });
  return patchEdit(roadmap, id, {
    ...(text.title === undefined ? {} : { title: title?.slice(0, MAX_TITLE) || undefined }),
    ...(text.description === undefined ? {} : { description: description?.slice(0, MAX_DESCRIPTION) || undefined }),
  });
}

/** Forgets every decision on a library action, under its id and any id it replaced. */
export function resetAction(roadmap: RoadmapEdits, id: string, formerIds: readonly string[] = []): RoadmapEdits {
  const edits = { ...roadmap.edits };
  for (const key of [id, ...formerIds]) delete edits[key];
  return { ...roadmap, edits };
}

export interface NewCustomAction {
  area: Area;
  title: string;
  phase: Phase;
  lead: LeadBody;
  description?: string;
  owner?: string;
}

/** Longest title and description the assessment file accepts (CustomActionSchema). */
const MAX_TITLE = 500;
const MAX_DESCRIPTION = 5000;

/** Adds an action of the user's own, with an id made from its title and unique in the assessment; null for a blank title. */
export function addCustomAction(roadmap: RoadmapEdits, init: NewCustomAction): { roadmap: RoadmapEdits; id: string } | null {
  const title = init.title.trim().slice(0, MAX_TITLE);
  if (!title) return null;
  const slug =
    title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'action';
  const taken = new Set(roadmap.custom.map((a) => a.id));
  let id = `custom-${slug}`;
  for (let n = 2; taken.has(id); n++) id = `custom-${slug}-${n}`;
  const action: CustomAction = { id, area: init.area, title, description: (init.description ?? '').trim().slice(0, MAX_DESCRIPTION), phase: init.phase, lead: init.lead, owner: (init.owner ?? '').trim().slice(0, 200) };
  return { roadmap: { ...roadmap, custom: [...roadmap.custom, action] }, id };
}

/** Changes the area or lead body of a custom action (phase, owner, dates and text have their own functions). */
export function updateCustomAction(roadmap: RoadmapEdits, id: string, patch: { area?: Area; lead?: LeadBody }): RoadmapEdits {
  return patchCustom(roadmap, id, patch);
}

export function removeCustomAction(roadmap: RoadmapEdits, id: string): RoadmapEdits {
  return { ...roadmap, custom: roadmap.custom.filter((a) => a.id !== id) };
}
