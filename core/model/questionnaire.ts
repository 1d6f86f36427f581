import { localize } from './localize';
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

/** The items of a section that are asked, given the answers (their rule values may be passed when already computed). */
export function relevantItems(section: Section, answers: Answers, values: Readonly<Record<string, RuleValue>> = ruleValues(answers)): Item[] {
  return section.items.filter((item) => isRelevant(item, values));
}

export const isIndicator = (item: Item): item is Indicator => item.type === 'indicator';
export const isRisk = (item: Item): item is Risk => item.type === 'risk';

/** The words that name an item: an indicator's or risk's statement, a profile question's label. */
export function itemTitle(item: Item, language: string): string {
  return localize('statement' in item ? item.statement : item.label, language);
}

/** Orders MAJOR.MINOR.PATCH versions: negative when a is older than b, 0 when equal, positive when newer. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split('.').map((p) => Number.parseInt(p, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** The two 1–5 scales a risk is rated on besides preparedness. */
export type RatingScaleName = 'likelihood' | 'impact';

/** A likelihood or impact level, 1–5, as the questionnaire defines it (label and plain meaning) in a language. */
export function scaleLevel(questionnaire: Pick<Questionnaire, 'scales'>, scale: RatingScaleName, value: number, language: string): { label: string; meaning: string } {
  const level = questionnaire.scales[scale].levels[value - 1];
  return { label: localize(level?.label, language), meaning: localize(level?.meaning, language) };
}
