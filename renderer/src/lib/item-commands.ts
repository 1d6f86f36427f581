import type { Answer } from '../../../core/model/schema/assessment';
import type { Item } from '../../../core/model/schema/questionnaire';

export type RiskScale = 'likelihood' | 'impact' | 'preparedness';
export const RISK_SCALES: readonly RiskScale[] = ['likelihood', 'impact', 'preparedness'];

export type ItemCommand = { type: 'choose'; value: number } | { type: 'dont-know' } | { type: 'not-applicable' };

/** What an answer command did, so it can be announced. */
export type Effect = { kind: 'stage'; stage: number } | { kind: 'dont-know' | 'not-applicable' } | { kind: 'risk'; scale: RiskScale; value: number } | { kind: 'option'; label: string; checked: boolean };

export interface Applied {
  answer: Answer | undefined;
  effect: Effect;
}

type Extras = Pick<Extract<Answer, { kind: 'stage' }>, 'confidence' | 'notes' | 'evidence'>;

function extrasOf(answer: Answer | undefined): Extras {
  if (!answer || answer.kind === 'profile') return {};
  const { confidence, notes, evidence } = answer;
  return { ...(confidence ? { confidence } : {}), ...(notes ? { notes } : {}), ...(evidence ? { evidence } : {}) };
}

/**
 * The answer a key gives an item: 1–5 a stage, D "don't know", N "not
 * applicable" on an indicator; on a risk 1–5 rate the scale that has focus,
 * else the first one still empty (likelihood, impact, preparedness), else
 * preparedness; on a choice 1–9 pick that option, on a multiple choice
 * toggle it. Null when the key means nothing for this item. Confidence,
 * notes and evidence are kept.
 */
export function applyItemCommand(item: Item, answer: Answer | undefined, command: ItemCommand, focusedScale?: RiskScale): Applied | null {
  switch (item.type) {
    case 'indicator': {
      const extras = extrasOf(answer);
      if (command.type === 'choose') {
        if (command.value < 1 || command.value > 5) return null;
        return { answer: { ...extras, kind: 'stage', stage: command.value }, effect: { kind: 'stage', stage: command.value } };
      }
      return { answer: { ...extras, kind: command.type }, effect: { kind: command.type } };
    }
    case 'risk': {
      if (command.type !== 'choose' || command.value < 1 || command.value > 5) return null;
      const current = answer?.kind === 'risk' ? answer : { kind: 'risk' as const, ...extrasOf(answer) };
      const scale = focusedScale ?? RISK_SCALES.find((s) => current[s] === undefined) ?? 'preparedness';
      return { answer: { ...current, [scale]: command.value }, effect: { kind: 'risk', scale, value: command.value } };
    }
    case 'choice': {
      const option = command.type === 'choose' ? item.options?.[command.value - 1] : undefined;
      if (!option) return null;
      return { answer: { kind: 'profile', value: option.value }, effect: { kind: 'option', label: option.value, checked: true } };
    }
    case 'multi': {
      const option = command.type === 'choose' ? item.options?.[command.value - 1] : undefined;
      if (!option) return null;
      const chosen = answer?.kind === 'profile' && Array.isArray(answer.value) ? answer.value : [];
      const checked = !chosen.includes(option.value);
      const value = checked ? [...chosen, option.value] : chosen.filter((v) => v !== option.value);
      return { answer: value.length > 0 ? { kind: 'profile', value } : undefined, effect: { kind: 'option', label: option.value, checked } };
    }
    default:
      return null;
  }
}
