import { LEAD_BODIES, type LeadBody } from '../model/schema/actions';
import { InstitutionsSchema, type Assessment, type Institutions } from '../model/schema/assessment';
import type { ActionResult, RoadmapResult } from './results';

/*
 * The institution directory: lead bodies of the taxonomy mapped once to the
 * real names of the country's institutions. analyse() resolves each action's
 * lead through it, so every view prints the same name.
 */

type WithInstitutions = Pick<Assessment, 'institutions'>;

/** The real name the user gave a lead body, or null (views then print the taxonomy's wording). */
export function institutionName(institutions: Institutions | undefined, body: LeadBody): string | null {
  return institutions?.[body] ?? null;
}

/**
 * Names a lead body; an empty name forgets it. Returns the assessment
 * unchanged for a name the file format would refuse, so the directory always
 * opens again; the key is left out while no body is named.
 */
export function setInstitutionName<A extends WithInstitutions>(assessment: A, body: LeadBody, name: string): A {
  const trimmed = name.trim();
  const current = assessment.institutions ?? {};
  if ((current[body] ?? '') === trimmed) return assessment;
  const { [body]: _previous, ...others } = current;
  const next: Institutions = trimmed ? { ...others, [body]: trimmed } : others;
  if (!InstitutionsSchema.safeParse(next).success) return assessment;
  const { institutions: _old, ...rest } = assessment;
  return (Object.keys(next).length === 0 ? rest : { ...rest, institutions: next }) as A;
}

type Involving = Pick<ActionResult, 'lead' | 'partners'>;

/** The bodies that lead or partner in any of the actions, in the taxonomy's order. */
function bodiesIn(actions: readonly Involving[]): LeadBody[] {
  const used = new Set<LeadBody>(actions.flatMap((a) => [a.lead, ...a.partners]));
  return LEAD_BODIES.filter((body) => used.has(body));
}

/** The directory's names for the bodies that lead or partner in these actions (a body without a name is left out): what a view needs to name a partner. */
export function namesInRoadmap(actions: readonly Involving[], institutions: Institutions | undefined): Institutions {
  return Object.fromEntries(bodiesIn(actions).flatMap((body) => (institutions?.[body] ? [[body, institutions[body]]] : [])));
}

/**
 * The bodies the directory lists, in the taxonomy's order: those that lead or
 * partner in an action of the roadmap (within the horizon or beyond), and any
 * already named (so a name stays visible, and can be cleared, after the
 * roadmap stops calling on its body).
 */
export function directoryBodies(roadmap: Pick<RoadmapResult, 'phases' | 'beyondHorizon'>, institutions: Institutions | undefined): LeadBody[] {
  const used = new Set([...bodiesIn([...roadmap.phases.flatMap((p) => p.actions), ...roadmap.beyondHorizon]), ...(Object.keys(institutions ?? {}) as LeadBody[])]);
  return LEAD_BODIES.filter((body) => used.has(body));
}
