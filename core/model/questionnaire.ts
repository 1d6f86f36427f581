import { evaluateRule, type RuleValue } from './rules';
import type { Answers } from './schema/assessment';
import type { Indicator, Item, Questionnaire, Risk, Section } from './schema/questionnaire';

export interface LocatedItem {
  item: Item;
  section: Section;
}

/** Every item by id, with the section it belongs to. */
export function indexItems(questionnaire: Questionnaire): Map<string, LocatedItem> {
  const index = new Map<string, LocatedItem>();
  for (const section of questionnaire.sections) for (const item of section.items) index.set(item.id, { item, section });
  return index;
}

/** Sections the assessment uses: all required ones plus the optional modules it chose. */
export function activeSections(questionnaire: Questionnaire, modules: readonly string[]): Section[] {
  return questionnaire.sections.filter((s) => !s.optional || modules.includes(s.id));
}

/** What each answer contributes to skip-logic rules. */
export function ruleValues(answers: Answers): Record<string, RuleValue> {
  const values: Record<string, RuleValue> = {};
  for (const [id, answer] of Object.entries(answers)) {
    if (answer.kind === 'stage') values[id] = answer.stage;
    else if (answer.kind === 'risk') values[id] = answer.preparedness ?? null;
    else if (answer.kind === 'profile') values[id] = answer.value;
    else values[id] = null;
  }
  return values;
}

/** Whether an item is asked, given the answers so far (skip logic). */
export function isRelevant(item: Item, values: Readonly<Record<string, RuleValue>>): boolean {
  return item.relevant === undefined || Boolean(evaluateRule(item.relevant, values));
}

/** The items of a section that are asked, given the answers. */
export function relevantItems(section: Section, answers: Answers): Item[] {
  const values = ruleValues(answers);
  return section.items.filter((item) => isRelevant(item, values));
}

export const isIndicator = (item: Item): item is Indicator => item.type === 'indicator';
export const isRisk = (item: Item): item is Risk => item.type === 'risk';
