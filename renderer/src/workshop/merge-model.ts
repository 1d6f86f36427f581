import { mergeView, type MergeItem, type MergeStatus, type MergeView, type SectionDisagreement } from '../../../core/workshop/merge';
import type { Answer, Answers, Assessment, Resolution } from '../../../core/model/schema/assessment';
import type { Questionnaire } from '../../../core/model/schema/questionnaire';

/*
 * mergeView, kept cheap for the facilitator's screen. What respondents
 * answered (entries, spread, agreement, suggestion) changes only on import or
 * removal; a decision changes one item's status, consensus and resolution.
 * So the respondents' side is computed by core's mergeView once per set of
 * responses, and the decisions are laid over it item by item. An item whose
 * consensus and decision did not change keeps its object, so a memoised row
 * does not render again. The result equals mergeView(q, assessment).
 */

export interface WorkshopMerge extends MergeView {
  /** Changes only when the respondents' side was computed again (an import, a removal, undo of one). */
  base: MergeView;
}

interface BaseKey {
  q: Questionnaire;
  modules: readonly string[];
  respondents: string;
  /** The list the text was made from: a decision keeps it, so it need not be written out again. */
  respondentList: Assessment['respondents'];
  responses: Readonly<Record<string, Answers>>;
}

/** Same respondents and, for each, the same answer objects (the merge functions copy the maps but keep the answers). */
function sameResponses(a: Readonly<Record<string, Answers>>, b: Readonly<Record<string, Answers>>): boolean {
  if (a === b) return true;
  const ids = Object.keys(a);
  if (ids.length !== Object.keys(b).length) return false;
  for (const id of ids) {
    const x = a[id];
    const y = b[id];
    if (x === y) continue;
    if (!x || !y) return false;
    const keys = Object.keys(x);
    if (keys.length !== Object.keys(y).length) return false;
    for (const k of keys) if (x[k] !== y[k]) return false;
  }
  return true;
}

const sameList = (a: readonly string[], b: readonly string[]) => a === b || (a.length === b.length && a.every((x, i) => x === b[i]));

function sameJson(a: Answer | Resolution | null, b: Answer | Resolution | null): boolean {
  return a === b || (a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b));
}

export type MergeModel = (q: Questionnaire, assessment: Assessment) => WorkshopMerge;

/** A merge view function with its own memory of the last result (one per screen, or one shared). */
export function createMergeModel(): MergeModel {
  let key: BaseKey | null = null;
  let base: MergeView | null = null;
  /** The last overlaid items by id, with the base item each was made from. */
  let shown = new Map<string, { from: MergeItem; item: MergeItem }>();
  let last: { assessment: Assessment; q: Questionnaire; result: WorkshopMerge } | null = null;

  return (q, assessment) => {
    if (last && last.assessment === assessment && last.q === q) return last.result;
    const respondents = key?.respondentList === assessment.respondents ? key.respondents : JSON.stringify(assessment.respondents);
    if (!key || !base || key.q !== q || !sameList(key.modules, assessment.modules) || key.respondents !== respondents || !sameResponses(key.responses, assessment.responses)) {
      base = mergeView(q, { ...assessment, resolutions: {} });
    }
    key = { q, modules: assessment.modules, respondents, respondentList: assessment.respondents, responses: assessment.responses };
    const next = new Map<string, { from: MergeItem; item: MergeItem }>();
    const items = base.items.map((from) => {
      const resolution = assessment.resolutions[from.itemId] ?? null;
      const consensus = assessment.answers[from.itemId] ?? null;
      const status: MergeStatus = resolution ? 'resolved' : from.status;
      const held = shown.get(from.itemId);
      const item =
        held && held.from === from && held.item.status === status && sameJson(held.item.consensus, consensus) && sameJson(held.item.resolution, resolution) ? held.item : { ...from, status, consensus, resolution };
      next.set(from.itemId, { from, item });
      return item;
    });
    shown = next;
    const count = (s: MergeStatus, list: readonly MergeItem[]) => list.filter((i) => i.status === s).length;
    const sections = base.sections.map((s): SectionDisagreement => {
      const own = items.filter((i) => i.section === s.section);
      return { ...s, agreed: count('agreed', own), conflicts: count('conflict', own), resolved: count('resolved', own) };
    });
    const result: WorkshopMerge = {
      respondents: base.respondents,
      items,
      totals: { ...base.totals, agreed: count('agreed', items), conflicts: count('conflict', items), resolved: count('resolved', items), unanswered: count('unanswered', items) },
      sections,
      contested: base.contested.map((c) => next.get(c.itemId)!.item),
      base,
    };
    last = { assessment, q, result };
    return result;
  };
}

/** The one the screens share: the merge screen, the disagreement panel and the presentation see the same objects. */
export const workshopMerge: MergeModel = createMergeModel();
